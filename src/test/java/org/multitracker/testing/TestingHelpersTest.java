package org.multitracker.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class TestingHelpersTest {
  @Test
  void eventuallyReturnsOnceTheConditionHolds() throws InterruptedException {
    AtomicInteger polls = new AtomicInteger();
    eventuallyHolds(() -> polls.incrementAndGet() >= 3);
    assertThat(polls).hasValue(3);
  }

  private static void eventuallyHolds(BooleanSupplier c) throws InterruptedException {
    assertThat(Eventually.eventually(Duration.ofSeconds(5), c)).isLessThan(5000);
  }

  @Test
  void eventuallyFailsAfterItsTimeout() {
    assertThatThrownBy(() -> Eventually.eventually(Duration.ofMillis(250), () -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PT0.25S");
  }

  @Test
  void aMissingToolSkipsLocallyAndFailsOnCi() {
    Prerequisites.require(true, "present");
    Class<? extends Throwable> expected =
        Prerequisites.onCi() ? AssertionFailedError.class : TestAbortedException.class;
    assertThatThrownBy(() -> Prerequisites.require(false, "no such tool"))
        .isInstanceOf(expected)
        .hasMessageContaining("no such tool");
    assertThatThrownBy(() -> Prerequisites.command("no-such-tool-on-any-path"))
        .isInstanceOf(expected)
        .hasMessageContaining("no-such-tool-on-any-path");
  }

  @Test
  void findsAToolOnThePath() {
    assertThat(Prerequisites.command("no-such-tool-on-any-path", "sh").getFileName())
        .hasToString("sh");
  }
}
