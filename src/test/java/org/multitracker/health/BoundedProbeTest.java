package org.multitracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final BoundedProbe probe = new BoundedProbe(pool, Duration.ofMillis(300));

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void passesWhenTheProbePasses() {
    assertThat(probe.run(Optional::empty)).isEmpty();
  }

  @Test
  void reportsTheInnermostCauseOfAFailure() {
    Optional<String> problem =
        probe.run(
            () -> {
              throw new SQLException(
                  "IJ031084: Unable to create connection",
                  new ConnectException("Connection refused"));
            });
    assertThat(problem).contains("ConnectException: Connection refused");
  }

  @Test
  void givesUpOnAHangingProbeAtTheTimeout() {
    long start = System.nanoTime();
    Optional<String> problem =
        probe.run(
            () -> {
              Thread.sleep(10_000);
              return Optional.empty();
            });
    assertThat(problem).contains("no answer within 300 ms");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
  }

  @Test
  void waitsOnTheProbeStillRunningInsteadOfStartingAnother() throws Exception {
    AtomicInteger started = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 3; i++) {
      probe.run(
          () -> {
            started.incrementAndGet();
            release.await();
            return Optional.empty();
          });
    }
    assertThat(started).hasValue(1);
    release.countDown();
    Thread.sleep(100);
    assertThat(probe.run(Optional::empty)).as("a fresh probe once the old one ended").isEmpty();
  }

  @Test
  void shortensLongReasons() {
    assertThat(BoundedProbe.describe(new IllegalStateException("x".repeat(1000)))).hasSize(203);
  }
}
