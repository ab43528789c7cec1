package org.multitracker.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multitracker.bencode.BDict;
import org.multitracker.testing.Query;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;
import org.multitracker.testing.TrackerClient.Reply;
import org.multitracker.testing.TrackerDeployment;

/**
 * With the default min_time_between_cache_refreshes (600 s) the info page and the full scrape are
 * served from one build, gzipped or not; specific scrapes stay live. A burst gets the copy or,
 * beyond the bound on large sends at once ({@link SendBound}), 503 with Retry-After. One test,
 * because every request of this deployment shares the cached copies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CachedPagesIT {
  private final TrackerClient client = TrackerClient.ipv4();

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(Map.of());
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** Torrents enough for a full scrape over SendBound.LARGE_BYTES (about 70 bytes each). */
  private static final int FILLERS = 1_200;

  @Test
  void servesOneBuildPerPeriodToEveryoneAndKeepsSpecificScrapesLive() throws Exception {
    for (int i = 0; i < FILLERS; i++) {
      client.get(
          "/announce?"
              + new TestPeer(TestPeer.randomHash(), "-F-", 3000 + i % 1000).announce(5, "started"));
    }
    byte[] first = TestPeer.randomHash();
    byte[] second = TestPeer.randomHash();
    // Two peers: among the busiest, which the info page lists (the fillers have one each).
    client.get("/announce?" + new TestPeer(first, "-A-", 2001).announce(5, "started"));
    client.get("/announce?" + new TestPeer(first, "-A2-", 2003).announce(5, "started"));
    Reply page = client.get("/");
    Reply scrape = client.get("/scrape");
    assertThat(page.text()).contains(HexFormat.of().formatHex(first));
    assertThat(scrape.dict().dict("files").orElseThrow().entries()).containsKey(latin1(first));
    assertThat(scrape.body().length).as("a large answer").isGreaterThan(SendBound.LARGE_BYTES);

    client.get("/announce?" + new TestPeer(second, "-B-", 2002).announce(5, "started"));
    assertThat(client.get("/").body()).as("the cached page").isEqualTo(page.body());
    assertThat(client.get("/scrape").body()).as("the cached full scrape").isEqualTo(scrape.body());
    BDict live = client.get("/scrape?" + Query.of().add("info_hash", second)).dict();
    assertThat(live.dict("files").orElseThrow().dict(latin1(second)))
        .as("specific: live")
        .isPresent();

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Reply>> burst = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String path = i % 2 == 0 ? "/" : "/scrape";
        String encoding = i % 4 < 2 ? "gzip" : "identity";
        burst.add(pool.submit(() -> client.get(path, "Accept-Encoding", encoding)));
      }
      int served = 0;
      for (int i = 0; i < burst.size(); i++) {
        Reply r = burst.get(i).get(60, TimeUnit.SECONDS);
        assertThat(r.status()).as("the copy, or a refusal to retry").isIn(200, 503);
        if (r.status() == 503) {
          assertThat(r.retryAfter()).isEqualTo(Integer.toString(SendBound.RETRY_AFTER_SECONDS));
          if (i % 2 == 1) {
            assertThat(r.dict().containsKey("failure reason")).as("a bencoded refusal").isTrue();
          }
          continue;
        }
        served++;
        byte[] body = r.contentEncoding().equals("gzip") ? gunzip(r.body()) : r.body();
        assertThat(body).isEqualTo(i % 2 == 0 ? page.body() : scrape.body());
      }
      assertThat(served).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] gunzip(byte[] gz) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
