package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnnounceEventTest {

  @Test
  void absentOrEmptyEventIsNone() {
    assertThat(AnnounceEvent.parse(null)).isEqualTo(AnnounceEvent.NONE);
    assertThat(AnnounceEvent.parse(new byte[0])).isEqualTo(AnnounceEvent.NONE);
  }

  @ParameterizedTest
  @CsvSource({"started,STARTED", "completed,COMPLETED", "stopped,STOPPED", "snooped,NONE"})
  void parsesKnownEvents(String value, AnnounceEvent expected) {
    assertThat(AnnounceEvent.parse(value.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"paused", "STARTED", "start", "started ", "none", "0"})
  void rejectsUnknownEvents(String value) {
    assertThatThrownBy(() -> AnnounceEvent.parse(value.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(GarbageRequestException.class)
        .hasMessage("invalid event");
  }
}
