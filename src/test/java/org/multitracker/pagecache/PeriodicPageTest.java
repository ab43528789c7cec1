package org.multitracker.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PeriodicPageTest {
  private final AtomicLong now = new AtomicLong(1_000_000);
  private final AtomicInteger builds = new AtomicInteger();

  private byte[] page() {
    return ("build " + builds.incrementAndGet()).getBytes(StandardCharsets.US_ASCII);
  }

  private static String text(CachedPage p) {
    return new String(p.body(), StandardCharsets.US_ASCII);
  }

  @Test
  void buildsAtMostOncePerPeriod() {
    PeriodicPage p = new PeriodicPage(this::page, 600_000, 1000, now::get);
    assertThat(text(p.get())).isEqualTo("build 1");
    now.addAndGet(599_999);
    assertThat(text(p.get())).isEqualTo("build 1");
    now.addAndGet(1);
    assertThat(text(p.get())).isEqualTo("build 2");
    assertThat(builds).hasValue(2);
  }

  @Test
  void withAZeroPeriodBuildsForEachRequest() {
    PeriodicPage p = new PeriodicPage(this::page, 0, 1000, now::get);
    p.get();
    p.get();
    assertThat(builds).hasValue(2);
  }

  @Test
  void runsOneBuildAtOnceAndServesThePreviousCopyMeanwhile() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger slow = new AtomicInteger();
    PeriodicPage p =
        new PeriodicPage(
            () -> {
              if (slow.incrementAndGet() == 2) {
                started.countDown();
                await(release);
              }
              return page();
            },
            1000,
            1000,
            now::get);
    p.get(); // build 1
    now.addAndGet(5000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Future<CachedPage> builder = pool.submit(p::get);
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      List<Future<CachedPage>> others = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        others.add(pool.submit(p::get));
      }
      for (Future<CachedPage> f : others) {
        assertThat(text(f.get(5, TimeUnit.SECONDS))).isEqualTo("build 1");
      }
      release.countDown();
      assertThat(text(builder.get(5, TimeUnit.SECONDS))).isEqualTo("build 2");
      assertThat(builds).hasValue(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void beforeTheFirstCopyOthersWaitForItOrGetNothing() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PeriodicPage p =
        new PeriodicPage(
            () -> {
              started.countDown();
              await(release);
              return page();
            },
            1000,
            200,
            now::get);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<CachedPage> builder = pool.submit(p::get);
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(pool.submit(p::get).get(5, TimeUnit.SECONDS)).as("after the wait").isNull();
      Future<CachedPage> waiter = pool.submit(p::get);
      Thread.sleep(50);
      release.countDown();
      assertThat(text(waiter.get(5, TimeUnit.SECONDS))).isEqualTo("build 1");
      assertThat(text(builder.get(5, TimeUnit.SECONDS))).isEqualTo("build 1");
      assertThat(builds).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedBuildLetsTheNextRequestTryAgain() {
    AtomicInteger calls = new AtomicInteger();
    PeriodicPage p =
        new PeriodicPage(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
              }
              return page();
            },
            1000,
            10,
            now::get);
    try {
      p.get();
    } catch (IllegalStateException expected) {
      // the builder's own request fails
    }
    assertThat(text(p.get())).isEqualTo("build 1");
  }

  @Test
  void keepsAGzipOfLargePagesOnly() throws IOException {
    assertThat(CachedPage.of(new byte[100], 0).gzip()).isNull();
    byte[] big = "abc".repeat(1000).getBytes(StandardCharsets.US_ASCII);
    CachedPage c = CachedPage.of(big, 0);
    assertThat(c.gzip().length).isLessThan(big.length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(c.gzip()))) {
      assertThat(in.readAllBytes()).isEqualTo(big);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
