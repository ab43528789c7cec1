package org.multitracker.garbage;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Says whether a refusal of each kind may be logged now: at most once a minute per kind, so a flood
 * of garbage writes a few lines, not one per request.
 */
final class OncePerMinute {
  static final long INTERVAL_MILLIS = 60_000;

  private final AtomicLongArray lastLogged = new AtomicLongArray(Refusal.values().length);
  private final LongSupplier clock;

  OncePerMinute(LongSupplier clock) {
    this.clock = clock;
    for (int i = 0; i < lastLogged.length(); i++) {
      lastLogged.set(i, Long.MIN_VALUE);
    }
  }

  boolean shouldLog(Refusal refusal) {
    long now = clock.getAsLong();
    int i = refusal.ordinal();
    long last = lastLogged.get(i);
    return (last == Long.MIN_VALUE || now - last >= INTERVAL_MILLIS)
        && lastLogged.compareAndSet(i, last, now);
  }
}
