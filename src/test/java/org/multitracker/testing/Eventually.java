package org.multitracker.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for what a server does in the background, instead of sleeping a guessed time. */
public final class Eventually {
  static final long POLL_MILLIS = 100;

  private Eventually() {}

  /**
   * Returns once {@code condition} holds, polling it every {@value #POLL_MILLIS} ms, with the
   * milliseconds it took; fails the test when it does not hold within {@code timeout}.
   */
  public static long eventually(Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long start = System.nanoTime();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - start > timeout.toNanos()) {
        throw new AssertionError("the condition did not hold within " + timeout);
      }
      Thread.sleep(POLL_MILLIS);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
