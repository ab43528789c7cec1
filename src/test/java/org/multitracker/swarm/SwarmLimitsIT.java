package org.multitracker.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A random-hash flood against an open tracker with a small max_torrents: new torrents are refused
 * with a failure reason (never a 5xx), a busy swarm keeps answering, and the trim makes room again
 * for new torrents once the flood is over.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SwarmLimitsIT {
  static final int MAX_TORRENTS = 40;
  static final String FULL = "tracker is full: no new torrents accepted right now, try later";
  private final TrackerClient client = TrackerClient.ipv4();

  @Deployment(testable = false)
  static WebArchive tracker() {
    return TrackerDeployment.withOptions(
        Map.of(
            "max_torrents", String.valueOf(MAX_TORRENTS),
            "max_peers_per_torrent", "3",
            "min_time_between_cache_refreshes", "0"));
  }

  private Reply announce(TestPeer p) {
    return client.get("/announce?" + p.announce(5, "started"));
  }

  private long incomplete(byte[] hash) {
    BDict files =
        client
            .get("/scrape?" + Query.of().add("info_hash", hash))
            .dict()
            .dict("files")
            .orElseThrow();
    String key = new String(hash, StandardCharsets.ISO_8859_1);
    return files.dict(key).map(f -> f.integer("incomplete").orElseThrow()).orElse(-1L);
  }

  @Test
  void refusesNewTorrentsAtTheLimitKeepsBusySwarmsAndRecovers() throws Exception {
    byte[] busy = TestPeer.randomHash();
    for (int i = 0; i < 3; i++) {
      assertThat(announce(new TestPeer(busy, "-B" + i + "-", 2000 + i)).status()).isEqualTo(200);
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Reply>> flood = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      flood.add(pool.submit(() -> announce(new TestPeer(TestPeer.randomHash(), "-F-", 3000))));
    }
    int refused = 0;
    for (Future<Reply> f : flood) {
      Reply r = f.get(60, TimeUnit.SECONDS);
      assertThat(r.status()).as("never a 5xx, never garbage").isEqualTo(200);
      if (r.dict().utf8("failure reason").isPresent()) {
        assertThat(r.dict().utf8("failure reason")).contains(FULL);
        refused++;
      }
    }
    pool.shutdown();
    assertThat(refused).as("most of 400 new torrents over a limit of 40").isGreaterThan(300);

    Reply fourth = announce(new TestPeer(busy, "-B3-", 2003));
    assertThat(fourth.status()).isEqualTo(200);
    assertThat(fourth.dict().utf8("failure reason")).isEmpty();
    assertThat(fourth.dict().string("peers").orElseThrow().length())
        .as("it still gets the three peers")
        .isEqualTo(18);
    assertThat(incomplete(busy)).as("but is not stored: max_peers_per_torrent 3").isEqualTo(3);

    byte[] late = TestPeer.randomHash();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    Reply lateReply = announce(new TestPeer(late, "-L-", 4000));
    while (lateReply.dict().utf8("failure reason").isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      lateReply = announce(new TestPeer(late, "-L-", 4000));
    }
    assertThat(lateReply.dict().utf8("failure reason")).as("room again after the trim").isEmpty();
    assertThat(incomplete(busy)).as("the busy swarm was not evicted").isEqualTo(3);

    String metrics = prometheus();
    assertThat(sample(metrics, "multitracker_torrents_max")).isEqualTo(MAX_TORRENTS);
    assertThat(sample(metrics, "multitracker_peers_per_torrent_max")).isEqualTo(3);
    assertThat(sample(metrics, "multitracker_torrents_refused_total"))
        .isGreaterThanOrEqualTo(refused);
    assertThat(sample(metrics, "multitracker_torrents_evicted_total")).isPositive();
    assertThat(sample(metrics, "multitracker_peers_unstored_total")).isGreaterThanOrEqualTo(1);
  }

  /** The management interface of the Arquillian server (port offset 100). */
  private static String prometheus() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:10090/prometheus"))
            .timeout(Duration.ofSeconds(10))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static double sample(String text, String metric) {
    Matcher m = Pattern.compile("(?m)^" + metric + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
    assertThat(m.find()).as(metric + " in\n" + text).isTrue();
    return Double.parseDouble(m.group(2));
  }
}
