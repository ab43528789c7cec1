package org.multitracker.garbage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OncePerMinuteTest {
  private final AtomicLong now = new AtomicLong(0);
  private final OncePerMinute gate = new OncePerMinute(now::get);

  @Test
  void logsEachCauseOnceAMinute() {
    assertThat(gate.shouldLog(Refusal.TOO_MANY_COOKIES)).isTrue();
    assertThat(gate.shouldLog(Refusal.TOO_MANY_COOKIES)).isFalse();
    assertThat(gate.shouldLog(Refusal.TOO_MANY_PARAMETERS)).as("another cause").isTrue();
    now.addAndGet(59_999);
    assertThat(gate.shouldLog(Refusal.TOO_MANY_COOKIES)).isFalse();
    now.addAndGet(1);
    assertThat(gate.shouldLog(Refusal.TOO_MANY_COOKIES)).isTrue();
  }
}
