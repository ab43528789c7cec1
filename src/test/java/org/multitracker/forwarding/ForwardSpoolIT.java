package org.multitracker.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;

/**
 * Issue 12, finding 8: a member (port offset 345) whose aggregator (offset 340, H2) is down.
 * Stopped gracefully, it spools its queue, and after both restart every announce it acknowledged is
 * recorded. Killed instead, it says at its next start about how many it lost.
 */
class ForwardSpoolIT {
  static final String PASSWORD = "spool-secret";
  static ServerProcess aggregator;
  static ServerProcess member;

  @BeforeAll
  static void start() throws Exception {
    aggregator = new ServerProcess("spool-aggregator", 340, Map.of("aggregator", PASSWORD));
    member =
        new ServerProcess(
            "spool-member",
            345,
            Map.of(
                "aggregate_forward",
                "http://127.0.0.1:8420/announce," + PASSWORD,
                "aggregate_forward_queue",
                "1000",
                "http_timeout",
                "2"));
    member.start().awaitReady(Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (member != null) {
      member.stop();
    }
    if (aggregator != null) {
      aggregator.stop();
    }
  }

  /** Announces n new peers of a new torrent to the member; returns their hex peer ids. */
  static Set<String> announce(byte[] hash, int n) {
    TrackerClient client = new TrackerClient("127.0.0.1", member.port());
    Set<String> acknowledged = new HashSet<>();
    for (int i = 0; i < n; i++) {
      TestPeer p = new TestPeer(hash, "-SP-", 6881);
      TrackerClient.Reply r = client.get("/announce?" + p.announce(1, "started"));
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.dict().containsKey("peers")).as("the member answers as a tracker").isTrue();
      acknowledged.add(HexFormat.of().formatHex(p.peerId));
    }
    return acknowledged;
  }

  static Set<String> recorded(byte[] hash) {
    String file = aggregator.baseDir().resolve("data/multitracker/aggregate").toString();
    Set<String> ids = new HashSet<>();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                "sa",
                "sa");
        PreparedStatement s =
            c.prepareStatement("SELECT peer_id FROM report_announces WHERE info_hash = ?")) {
      s.setString(1, HexFormat.of().formatHex(hash));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException notYet) {
      // not migrated yet
    }
    return ids;
  }

  @Test
  void aGracefulRestartWhileTheAggregatorIsDownLosesNothing() throws Exception {
    aggregator.stop();
    byte[] hash = TestPeer.randomHash();
    Set<String> acknowledged = announce(hash, 150);

    member.stopGracefully(Duration.ofSeconds(60));
    assertThat(member.logText()).contains("Spooled 150 forwarded announces to ");

    aggregator.start();
    member.start();
    aggregator.awaitReady(Duration.ofSeconds(120));
    member.awaitReady(Duration.ofSeconds(120));
    assertThat(member.logText()).contains("Reloaded 150 forwarded announces from ");
    eventually(Duration.ofSeconds(90), () -> recorded(hash).containsAll(acknowledged));
    assertThat(recorded(hash)).hasSize(150);
  }

  @Test
  void aKilledMemberCountsAtItsNextStartWhatItsQueueHeld() throws Exception {
    aggregator.stop();
    announce(TestPeer.randomHash(), 40);
    // Killed only once the checkpoint holds all 40 (written every INTERVAL_MILLIS).
    Path checkpoint = member.baseDir().resolve("data/multitracker/forward-spool.checkpoint");
    eventually(
        Duration.ofMillis(ForwardCheckpointTimer.INTERVAL_MILLIS + 30_000),
        () -> read(checkpoint).startsWith("multitracker-checkpoint 1 40 "));

    member.stop(); // kill -9
    member.start().awaitReady(Duration.ofSeconds(120));
    assertThat(member.logText())
        .contains(
            "it lost about 40 forwarded announces waiting for the aggregator at its last"
                + " checkpoint");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return ""; // not written yet
    }
  }
}
