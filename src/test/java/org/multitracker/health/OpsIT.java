package org.multitracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multitracker.metainfo.MetainfoParser;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.Torrents;
import org.multitracker.testing.TrackerClient;

/**
 * The operations endpoints of WildFly's management interface, as an orchestrator and Prometheus see
 * them: /health/ready, /health/live and /prometheus of a tracker with an allowed_dir (port offset
 * 270), and /health/ready of an aggregator whose PostgreSQL is unreachable (offset 275).
 */
class OpsIT {
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  static Path allowedDir;
  static byte[] infoHash;
  static ServerProcess tracker;
  static ServerProcess aggregator;

  @BeforeAll
  static void start() throws Exception {
    Path target = Path.of(System.getProperty("jboss.home")).getParent();
    allowedDir = target.resolve("ops-it/allowed");
    Files.createDirectories(allowedDir);
    Path content =
        Files.writeString(allowedDir.getParent().resolve("content.bin"), "ops".repeat(1000));
    byte[] torrent = Torrents.fromFile(content, "http://127.0.0.1:8350/announce", 16384);
    Files.write(allowedDir.resolve("ops.torrent"), torrent);
    infoHash = MetainfoParser.parse(torrent).infoHash().bytes();
    tracker = new ServerProcess("ops-tracker", 270, Map.of("allowed_dir", allowedDir.toString()));
    // Port 1 on loopback: refused at once, like a database that is down.
    aggregator =
        new ServerProcess("ops-aggregator", 275, Map.of("aggregator", "ops-secret"), "it-base-pg")
            .withArg("-Dpg.url=jdbc:postgresql://127.0.0.1:1/nowhere");
    tracker.start();
    aggregator.start();
    tracker.awaitReady(Duration.ofSeconds(120));
    aggregator.awaitReady(Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (tracker != null) {
      tracker.stop();
    }
    if (aggregator != null) {
      aggregator.stop();
    }
  }

  static HttpResponse<String> management(ServerProcess server, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.managementPort() + path))
            .timeout(Duration.ofSeconds(10))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The value of one sample of the Prometheus text, e.g. announces with outcome="ok". */
  static double sample(String metric, String label) throws Exception {
    String text = management(tracker, "/prometheus").body();
    Matcher m =
        Pattern.compile("(?m)^" + metric + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} (\\S+)$")
            .matcher(text);
    assertThat(m.find()).as(metric + "{" + label + "} in\n" + text).isTrue();
    return Double.parseDouble(m.group(1));
  }

  static void awaitSample(String metric, String label, double expected) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (sample(metric, label) != expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(sample(metric, label)).as(metric + "{" + label + "}").isEqualTo(expected);
  }

  static String check(String name, String status) {
    return "{\"name\":\"" + name + "\",\"status\":\"" + status + "\"";
  }

  @Test
  void aTrackerIsReadyAndLive() throws Exception {
    HttpResponse<String> ready = management(tracker, "/health/ready");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains(check("allowed-dir", "UP"), check("database", "UP"));
    HttpResponse<String> live = management(tracker, "/health/live");
    assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
    assertThat(live.body()).contains(check("timers", "UP"));
  }

  @Test
  void countsAnnouncesByOutcomeInPrometheusText() throws Exception {
    TrackerClient client = new TrackerClient("127.0.0.1", tracker.port());
    double garbageBefore = sample("multitracker_announces_total", "outcome=\"bad_request\"");
    for (int i = 0; i < 3; i++) {
      TestPeer peer = new TestPeer(infoHash, "-OPS" + i + "-", 7000 + i);
      assertThat(client.get("/announce?" + peer.announce(100, "started")).status()).isEqualTo(200);
    }
    client.get("/announce?" + new TestPeer(TestPeer.randomHash(), "-NO-", 7100).announce(1, null));
    client.get("/announce?info_hash=short&peer_id=x&port=1");
    client.get("/scrape");

    assertThat(sample("multitracker_announces_total", "outcome=\"ok\"")).isEqualTo(3);
    assertThat(sample("multitracker_announces_total", "outcome=\"refused\"")).isEqualTo(1);
    assertThat(sample("multitracker_announces_total", "outcome=\"bad_request\""))
        .as("our garbage announce, besides the start-up probes")
        .isEqualTo(garbageBefore + 1);
    assertThat(sample("multitracker_scrapes_total", "outcome=\"ok\"")).isEqualTo(1);
    // The swarm gauges are a census taken at most once a second: wait for a fresh one.
    awaitSample("multitracker_torrents", "", 1);
    awaitSample("multitracker_peers", "kind=\"leecher\"", 3);
    assertThat(sample("multitracker_t2t_polls_total", "outcome=\"ok\"")).isZero();
    assertThat(sample("multitracker_forward_queue_depth", "")).isZero();
  }

  @Test
  void aTrackerIsNotReadyWhileItsAllowedDirCannotBeRead() throws Exception {
    Path away = allowedDir.resolveSibling("allowed-away");
    Files.move(allowedDir, away);
    try {
      HttpResponse<String> ready = management(tracker, "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains(check("allowed-dir", "DOWN"), "no such directory");
      assertThat(management(tracker, "/health/live").statusCode()).as("still alive").isEqualTo(200);
    } finally {
      Files.move(away, allowedDir);
    }
    assertThat(management(tracker, "/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void anAggregatorIsNotReadyWhileItsDatabaseIsUnreachable() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> ready = management(aggregator, "/health/ready");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
    assertThat(ready.body()).contains(check("database", "DOWN"), "refused");
    HttpResponse<String> live = management(aggregator, "/health/live");
    assertThat(live.statusCode()).as("a restart would not bring the database back").isEqualTo(200);
  }
}
