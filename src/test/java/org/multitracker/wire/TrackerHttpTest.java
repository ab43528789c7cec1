package org.multitracker.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class TrackerHttpTest {
  @Test
  void gzipOutputIsReadableByTheJdk() throws IOException {
    for (int len : new int[] {0, 1, 300, 70_000}) {
      byte[] data = new byte[len];
      new Random(len).nextBytes(data);
      Gzip gz = Gzip.compress(data, len);
      byte[] copy = Arrays.copyOf(gz.bytes(), gz.size());
      assertThat(new GZIPInputStream(new ByteArrayInputStream(copy)).readAllBytes())
          .isEqualTo(data);
    }
  }

  @Test
  void readsAcceptEncoding() {
    assertThat(TrackerHttp.acceptsGzip("gzip")).isTrue();
    assertThat(TrackerHttp.acceptsGzip("deflate, GZIP;q=0.5")).isTrue();
    assertThat(TrackerHttp.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(TrackerHttp.acceptsGzip("identity")).isFalse();
    assertThat(TrackerHttp.acceptsGzip(null)).isFalse();
  }
}
