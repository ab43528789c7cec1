package org.multitracker.garbage;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.server.RequestTooBigException;
import io.undertow.util.ParameterLimitException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LimitRefusalsTest {
  @Test
  void recognisesTheContainersLimitsAnywhereInTheCauses() {
    assertThat(
            LimitRefusals.classify(new RuntimeException(new ParameterLimitException("UT000047"))))
        .isEqualTo(Refusal.TOO_MANY_PARAMETERS);
    assertThat(LimitRefusals.classify(new IOException(new RequestTooBigException())))
        .isEqualTo(Refusal.BODY_TOO_LARGE);
    assertThat(
            LimitRefusals.classify(
                new IllegalStateException(
                    "UT000046: The number of cookies sent exceeded the maximum of 200")))
        .isEqualTo(Refusal.TOO_MANY_COOKIES);
  }

  @Test
  void leavesOtherExceptionsToTheContainer() {
    assertThat(LimitRefusals.classify(new IllegalStateException("something else"))).isNull();
    assertThat(LimitRefusals.classify(new NullPointerException())).isNull();
  }

  @Test
  void answersLimitsWith4xx() {
    for (Refusal r : Refusal.values()) {
      assertThat(r.status).isBetween(400, 499);
    }
  }
}
