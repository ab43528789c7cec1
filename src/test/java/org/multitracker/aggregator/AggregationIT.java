package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multitracker.bencode.BDict;
import org.multitracker.testing.Prerequisites;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.TrackerClient;

/**
 * A member tracker forwarding to an aggregator (two servers), on H2 by default or on the PostgreSQL
 * of 127.0.0.1:5432 with -Daggregator.db=postgresql (CI runs both). Each test has a torrent of its
 * own and first makes sure both servers run, so any order works.
 */
class AggregationIT {
  static final String PASSWORD = "s3cret";
  static final int QUEUE = 50;
  static final boolean POSTGRES = "postgresql".equals(System.getProperty("aggregator.db"));
  static ServerProcess aggregator;
  static ServerProcess member;

  @BeforeAll
  static void start() throws Exception {
    if (POSTGRES) {
      Prerequisites.postgres(Prerequisites.LOCAL_POSTGRES);
    }
    aggregator =
        new ServerProcess(
            "aggregator-" + (POSTGRES ? "postgresql" : "h2"),
            240,
            Map.of("aggregator", PASSWORD),
            POSTGRES ? "it-base-pg" : "it-base");
    aggregator.withArg("-Dpg.url=jdbc:postgresql://127.0.0.1:5432/test");
    member =
        new ServerProcess(
            "member-" + (POSTGRES ? "postgresql" : "h2"),
            230,
            Map.of(
                "aggregate_forward",
                "http://127.0.0.1:8320/announce," + PASSWORD,
                "aggregate_forward_queue",
                String.valueOf(QUEUE),
                "http_timeout",
                "2"));
    aggregator.start();
    member.start();
    aggregator.awaitReady(Duration.ofSeconds(120));
    member.awaitReady(Duration.ofSeconds(120));
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

  @BeforeEach
  void bothServersRun() throws Exception {
    aggregator.ensureRunning(Duration.ofSeconds(120));
    member.ensureRunning(Duration.ofSeconds(120));
  }

  private static Connection db() throws SQLException {
    if (POSTGRES) {
      return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
    }
    String file = aggregator.baseDir().resolve("data/multitracker/aggregate").toString();
    return DriverManager.getConnection(
        "jdbc:h2:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "sa");
  }

  private static List<List<String>> query(String sql, String... params) {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            row.add(r.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      return List.of(); // not migrated yet, or the file is not created yet
    }
  }

  private static TrackerClient client(ServerProcess s) {
    return new TrackerClient("127.0.0.1", s.port());
  }

  @Test
  void refusesAnnouncesWithoutThePassword() {
    TestPeer p = new TestPeer(TestPeer.randomHash(), "-X-", 1);
    BDict noPassword = client(aggregator).get("/announce?" + p.announce(1, "started")).dict();
    assertThat(noPassword.utf8("failure reason"))
        .contains("Requested download is not authorized for use with this tracker.");
    BDict wrong =
        client(aggregator)
            .get("/announce?" + p.announce(1, "started").add("password", "guess"))
            .dict();
    assertThat(wrong.containsKey("failure reason")).isTrue();
  }

  @Test
  void recordsForwardedAnnouncesWithTheClientsAddressAndTheMember() throws Exception {
    byte[] hash = TestPeer.randomHash();
    String hex = HexFormat.of().formatHex(hash);
    TestPeer p = new TestPeer(hash, "-RR-", 7777);
    BDict answer =
        client(member)
            .get("/announce?" + p.announce(5, "started"), "X-Forwarded-For", "10.1.2.3")
            .dict();
    assertThat(answer.containsKey("peers")).as("the member answers as a tracker").isTrue();
    eventually(
        Duration.ofSeconds(30),
        () ->
            !query("SELECT ip, tracker, port, event FROM report_announces WHERE info_hash = ?", hex)
                .isEmpty());
    List<String> row =
        query("SELECT ip, tracker, port, event FROM report_announces WHERE info_hash = ?", hex)
            .get(0);
    assertThat(row.get(0)).isEqualTo("10.1.2.3");
    assertThat(row.get(1)).endsWith(":" + member.port());
    assertThat(row.get(2)).isEqualTo("7777");
    assertThat(row.get(3)).isEqualTo("started");
  }

  @Test
  void countsAPeerSeenOnTwoTrackersOnce() throws Exception {
    byte[] hash = TestPeer.randomHash();
    String hex = HexFormat.of().formatHex(hash);
    TestPeer p = new TestPeer(hash, "-TT-", 7001);
    client(member).get("/announce?" + p.announce(5, "started"));
    client(aggregator)
        .get(
            "/announce?"
                + p.announce(0, "completed")
                    .add("password", PASSWORD)
                    .add("mt_tracker", "tracker-two:81")
                    .add("mt_ip", "192.0.2.9"));
    eventually(
        Duration.ofSeconds(30),
        () ->
            query("SELECT trackers FROM peer_state WHERE RAWTOHEX(info_hash) = ?", hex).stream()
                .anyMatch(r -> r.get(0).contains(",")));
    List<List<String>> rows =
        query("SELECT trackers, remaining FROM peer_state WHERE RAWTOHEX(info_hash) = ?", hex);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get(0)).contains("tracker-two:81").contains(":" + member.port());
    assertThat(
            query(
                "SELECT announces, completions FROM torrent_totals WHERE RAWTOHEX(info_hash) = ?",
                hex))
        .containsExactly(List.of("2", "1"));
  }

  @Test
  void keepsForwardsWhileTheAggregatorIsDownUpToTheQueueBound() throws Exception {
    byte[] hash = TestPeer.randomHash();
    String hex = HexFormat.of().formatHex(hash);
    double sentBefore = member.sample("multitracker_forward_sent_total");
    aggregator.stop();
    for (int i = 0; i < QUEUE + 30; i++) {
      client(member)
          .get("/announce?" + new TestPeer(hash, "-O" + i + "-", 9000 + i).announce(5, "started"));
    }
    aggregator.start();
    aggregator.awaitReady(Duration.ofSeconds(120));
    String count = "SELECT COUNT(*) FROM report_announces WHERE info_hash = ?";
    // Done when the member has sent all it kept and the aggregator has written all it took.
    eventually(
        Duration.ofSeconds(90),
        () ->
            member.sample("multitracker_forward_sent_total") >= sentBefore + QUEUE
                && member.sample("multitracker_forward_queue_depth") == 0
                && aggregator.sample("multitracker_db_buffer_waiting") == 0
                && query(count, hex).stream().anyMatch(r -> Integer.parseInt(r.get(0)) >= QUEUE));
    // Delivery is at least once: a send that timed out while the restarting aggregator was
    // still slow may arrive twice, at most once per send in flight (8).
    int rows = Integer.parseInt(query(count, hex).get(0).get(0));
    assertThat(rows).as("nothing lost within the queue's bound").isBetween(QUEUE, QUEUE + 8);
    assertThat(member.logText())
        .as("overflow counted exactly")
        .contains("30 announces not forwarded so far");
    assertThat(aggregator.logText()).contains("(0 migrations applied now)");
  }
}
