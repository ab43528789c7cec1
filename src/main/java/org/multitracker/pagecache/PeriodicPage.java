package org.multitracker.pagecache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One page rebuilt at most once per {@code maxAgeMillis}, with at most one build running: the
 * request that finds the copy stale builds it on its own thread, while the others are served the
 * previous copy. Before the first copy exists, the others wait for it, at most {@code waitMillis}.
 * No lock is held while building or sending.
 */
public final class PeriodicPage {
  private final Supplier<byte[]> builder;
  private final long maxAgeMillis;
  private final long waitMillis;
  private final LongSupplier clock;
  private final AtomicBoolean building = new AtomicBoolean();
  private final CompletableFuture<CachedPage> first = new CompletableFuture<>();
  private volatile CachedPage current;

  /** How long requests wait for the very first build before they are told to retry. */
  static final long FIRST_BUILD_WAIT_MILLIS = 5_000;

  /** A page rebuilt at most every {@code seconds} (min_time_between_cache_refreshes). */
  public static PeriodicPage refreshedEvery(double seconds, Supplier<byte[]> builder) {
    return new PeriodicPage(
        builder, (long) (seconds * 1000), FIRST_BUILD_WAIT_MILLIS, System::currentTimeMillis);
  }

  public PeriodicPage(
      Supplier<byte[]> builder, long maxAgeMillis, long waitMillis, LongSupplier clock) {
    this.builder = builder;
    this.maxAgeMillis = maxAgeMillis;
    this.waitMillis = waitMillis;
    this.clock = clock;
  }

  /**
   * A copy at most {@code maxAgeMillis} old, or the previous one while another request builds; null
   * when there is none yet and the first build did not finish within the wait.
   */
  public CachedPage get() {
    CachedPage c = current;
    if (c != null && clock.getAsLong() - c.builtAt() < maxAgeMillis) {
      return c;
    }
    if (building.compareAndSet(false, true)) {
      try {
        CachedPage fresh = CachedPage.of(builder.get(), clock.getAsLong());
        current = fresh;
        first.complete(fresh);
        return fresh;
      } finally {
        building.set(false);
      }
    }
    return c != null ? c : waitForFirst();
  }

  private CachedPage waitForFirst() {
    try {
      return first.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
