package org.multitracker.dfile;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.multitracker.bencode.BDict;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;

/**
 * A tracker started from a large or unusable dfile, in its own server with standalone.conf's
 * default heap (port offset 285): it deploys, answers announces, and says on its health endpoints
 * what became of the file; without its WAR, liveness is DOWN.
 */
class StateRecoveryIT {
  static final String DEFAULT_HEAP = "-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=false";
  static final int OFFSET = 285;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static ServerProcess tracker(String name, Path dfile) throws Exception {
    return new ServerProcess(name, OFFSET, Map.of("dfile", dfile.toString()))
        .withJavaOpts(DEFAULT_HEAP)
        .start();
  }

  private static HttpResponse<String> management(ServerProcess server, String path)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.managementPort() + path))
            .timeout(Duration.ofSeconds(10))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until /health/ready answers 200, i.e. the restore has ended. */
  private static String awaitReady(ServerProcess server, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> ready = management(server, "/health/ready");
    while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      ready = management(server, "/health/ready");
    }
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    return ready.body();
  }

  private static double sum(String prometheus, String metric, String label) {
    Matcher m =
        Pattern.compile("(?m)^" + metric + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} (\\S+)$")
            .matcher(prometheus);
    double total = 0;
    while (m.find()) {
      total += Double.parseDouble(m.group(1));
    }
    return total;
  }

  private static Path workDir(String name) throws Exception {
    Path target = Path.of(System.getProperty("jboss.home")).getParent();
    Path dir = target.resolve("state-it").resolve(name);
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    return dir;
  }

  @Test
  void restoresAMillionPeersWithTheDefaultHeap() throws Exception {
    Path dfile = workDir("million").resolve("tracker.dfile");
    StateFiles.writeLarge(dfile, 10_000, 100, System.currentTimeMillis());
    ServerProcess server = tracker("state-million", dfile);
    try {
      server.awaitReady(Duration.ofSeconds(120));
      String ready = awaitReady(server, Duration.ofSeconds(120));
      assertThat(ready).contains("\"phase\":\"restored\"", "\"peers\":1000000");
      long deadline = System.nanoTime() + 5_000_000_000L;
      String metrics = management(server, "/prometheus").body();
      while (sum(metrics, "multitracker_peers", "kind=") != 1_000_000
          && System.nanoTime() < deadline) {
        Thread.sleep(500); // the gauges are a census taken at most once a second
        metrics = management(server, "/prometheus").body();
      }
      assertThat(sum(metrics, "multitracker_peers", "kind=")).isEqualTo(1_000_000);
      System.out.printf(
          "1,000,000 peers restored: heap used %.0f MiB of %.0f MiB%n",
          sum(metrics, "jvm_memory_used_bytes", "area=\"heap\"") / 1048576,
          sum(metrics, "jvm_memory_max_bytes", "area=\"heap\"") / 1048576);
      TrackerClient client = new TrackerClient("127.0.0.1", server.port());
      TestPeer asker = new TestPeer(StateFiles.hash(42).bytes(), "-ASK-", 6000);
      BDict answer = client.get("/announce?" + asker.announce(100, "started")).dict();
      assertThat(
              answer.integer("complete").orElseThrow() + answer.integer("incomplete").orElseThrow())
          .isEqualTo(101);
      assertThat(answer.string("peers").orElseThrow().bytes()).hasSize(50 * 6);
    } finally {
      server.stop();
    }
  }

  @Test
  void startsEmptyFromADamagedDfileAndServesAnnounces() throws Exception {
    Path dir = workDir("damaged");
    Path dfile = dir.resolve("tracker.dfile");
    StateFiles.writeLarge(dfile, 50, 100, System.currentTimeMillis());
    byte[] bytes = Files.readAllBytes(dfile);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(dfile, bytes);
    ServerProcess server = tracker("state-damaged", dfile);
    try {
      server.awaitReady(Duration.ofSeconds(120));
      assertThat(awaitReady(server, Duration.ofSeconds(60))).contains("\"phase\":\"discarded\"");
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .singleElement()
            .asString()
            .startsWith("tracker.dfile.unusable-");
      }
      assertThat(server.logText()).containsOnlyOnce("is unusable (");
      TrackerClient client = new TrackerClient("127.0.0.1", server.port());
      byte[] hash = StateFiles.hash(7).bytes();
      client.get("/announce?" + new TestPeer(hash, "-ONE-", 6001).announce(0, "started"));
      BDict answer =
          client.get("/announce?" + new TestPeer(hash, "-TWO-", 6002).announce(9, null)).dict();
      assertThat(answer.integer("complete").orElseThrow()).as("nothing restored").isEqualTo(1);
      assertThat(answer.string("peers").orElseThrow().bytes()).hasSize(6);
      HttpResponse<String> live = management(server, "/health/live");
      assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
      assertThat(live.body()).contains("\"name\":\"serving\",\"status\":\"UP\"");

      // Without its WAR the server serves nothing: liveness must not say UP.
      Files.delete(server.baseDir().resolve("deployments/ROOT.war"));
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (management(server, "/health/live").statusCode() == 200
          && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      live = management(server, "/health/live");
      assertThat(live.statusCode()).as(live.body()).isEqualTo(503);
      assertThat(live.body()).contains("empty-liveness-checks");
    } finally {
      server.stop();
    }
  }
}
