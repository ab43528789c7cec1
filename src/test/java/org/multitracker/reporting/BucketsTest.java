package org.multitracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BucketsTest {

  @Test
  void lastBucketHoldsNowAndStartsAlign() {
    Buckets b = Buckets.ending(Instant.parse("2026-11-27T10:30:20Z"), 3600, 24);
    long[] t = b.starts();
    assertThat(t).hasSize(24);
    assertThat(t[23]).isEqualTo(Instant.parse("2026-11-27T10:00:00Z").getEpochSecond());
    assertThat(t[0]).isEqualTo(Instant.parse("2026-11-26T11:00:00Z").getEpochSecond());
    assertThat(b.start()).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
  }

  @Test
  void indexOfIgnoresRowsOutsideTheAxis() {
    Buckets b = Buckets.ending(Instant.ofEpochSecond(600), 60, 5);
    assertThat(b.indexOf(360)).isEqualTo(0);
    assertThat(b.indexOf(600)).isEqualTo(4);
    assertThat(b.indexOf(300)).isEqualTo(-1);
    assertThat(b.indexOf(660)).isEqualTo(-1);
  }
}
