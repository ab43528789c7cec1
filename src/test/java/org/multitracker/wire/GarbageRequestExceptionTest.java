package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GarbageRequestExceptionTest {

  @Test
  void showsTheReasonToTheClientInBitTornadoWording() {
    GarbageRequestException e = new GarbageRequestException("invalid port");

    assertThat(e.reason()).isEqualTo("invalid port");
    assertThat(e.clientMessage()).isEqualTo("you sent me garbage - invalid port");
  }

  @Test
  void carriesNoStackTrace() {
    assertThat(new GarbageRequestException("x").getStackTrace()).isEmpty();
  }
}
