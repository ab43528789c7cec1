package org.multitracker.metrics;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.multitracker.swarm.SwarmStats;

/**
 * Torrents, seeds and leechers summed over every swarm. Summing walks every swarm, so one sum
 * serves all the gauges of a Prometheus scrape (they read it within the same second).
 */
final class SwarmCensus {
  static final long MAX_AGE_MILLIS = 1000;

  record Counts(int torrents, long seeds, long leechers) {}

  private final Supplier<List<SwarmStats>> swarms;
  private final LongSupplier clock;
  private Counts last;
  private long takenAt;

  SwarmCensus(Supplier<List<SwarmStats>> swarms, LongSupplier clock) {
    this.swarms = swarms;
    this.clock = clock;
  }

  synchronized Counts counts() {
    long now = clock.getAsLong();
    if (last == null || now - takenAt >= MAX_AGE_MILLIS) {
      last = sum(swarms.get());
      takenAt = now;
    }
    return last;
  }

  private static Counts sum(List<SwarmStats> all) {
    long seeds = 0;
    long leechers = 0;
    for (SwarmStats s : all) {
      seeds += s.complete();
      leechers += s.incomplete();
    }
    return new Counts(all.size(), seeds, leechers);
  }
}
