package org.multitracker.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.multitracker.metainfo.InfoHash;
import org.multitracker.swarm.SwarmStats;

class SwarmCensusTest {
  private long now;
  private final AtomicInteger walks = new AtomicInteger();
  private List<SwarmStats> swarms =
      List.of(new SwarmStats(hash(1), 2, 5, 9), new SwarmStats(hash(2), 1, 0, 0));
  private final SwarmCensus census =
      new SwarmCensus(
          () -> {
            walks.incrementAndGet();
            return swarms;
          },
          () -> now);

  private static InfoHash hash(int b) {
    byte[] h = new byte[20];
    h[0] = (byte) b;
    return new InfoHash(h);
  }

  @Test
  void sumsSeedsAndLeechersOverEverySwarm() {
    assertThat(census.counts()).isEqualTo(new SwarmCensus.Counts(2, 3, 5));
  }

  @Test
  void walksTheSwarmsOnceForAllTheGaugesOfOneScrape() {
    census.counts();
    swarms = List.of();
    now += SwarmCensus.MAX_AGE_MILLIS - 1;
    assertThat(census.counts().torrents()).isEqualTo(2);
    assertThat(walks).hasValue(1);
    now += 1;
    assertThat(census.counts()).isEqualTo(new SwarmCensus.Counts(0, 0, 0));
    assertThat(walks).hasValue(2);
  }
}
