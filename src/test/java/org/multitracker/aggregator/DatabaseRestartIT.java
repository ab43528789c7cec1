package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.multitracker.testing.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multitracker.testing.ServerProcess;
import org.multitracker.testing.TestPeer;
import org.multitracker.testing.ThrowawayPostgres;
import org.multitracker.testing.TrackerClient;

/**
 * Issue 12, finding 1: an aggregator (port offset 330) whose PostgreSQL, a throw-away cluster of
 * this test, is restarted while announces keep arriving. Every announce the aggregator acknowledged
 * ends up in the database, readiness is DOWN while the database is away and UP again after it, and
 * nothing is dropped.
 */
class DatabaseRestartIT {
  private static final Logger LOG = Logger.getLogger(DatabaseRestartIT.class.getName());
  static final String PASSWORD = "restart-secret";
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  static ThrowawayPostgres pg;
  static ServerProcess aggregator;

  @BeforeAll
  static void start() throws Exception {
    pg = ThrowawayPostgres.startOrSkip();
    aggregator =
        new ServerProcess("restart-aggregator", 330, Map.of("aggregator", PASSWORD), "it-base-pg")
            .withArg("-Dpg.url=" + pg.jdbcUrl())
            .start();
    aggregator.awaitReady(Duration.ofSeconds(120));
    eventually(Duration.ofSeconds(30), () -> readiness() == 200);
  }

  @AfterAll
  static void stop() throws Exception {
    if (aggregator != null) {
      aggregator.stop();
    }
    if (pg != null) {
      pg.close();
    }
  }

  /** Announces of new peers sent one after another by two clients; remembers the acknowledged. */
  static final class Load implements AutoCloseable {
    final byte[] hash = TestPeer.randomHash();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicLong refused = new AtomicLong();
    final AtomicBoolean running = new AtomicBoolean(true);
    final Thread[] threads = new Thread[2];

    Load start() {
      TrackerClient client = new TrackerClient("127.0.0.1", aggregator.port());
      for (int t = 0; t < threads.length; t++) {
        threads[t] =
            new Thread(
                () -> {
                  while (running.get()) {
                    TestPeer p = new TestPeer(hash, "-RS-", 6881);
                    try {
                      TrackerClient.Reply r =
                          client.get(
                              "/announce?" + p.announce(1, "started").add("password", PASSWORD));
                      if (r.status() == 200 && r.dict().utf8("response").orElse("").equals("OK")) {
                        acknowledged.add(HexFormat.of().formatHex(p.peerId));
                      } else {
                        refused.incrementAndGet();
                      }
                      Thread.sleep(2);
                    } catch (InterruptedException e) {
                      return;
                    } catch (RuntimeException e) {
                      refused.incrementAndGet();
                    }
                  }
                });
        threads[t].start();
      }
      return this;
    }

    int acked() {
      return acknowledged.size();
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join(15_000);
      }
    }
  }

  static int readiness() {
    try {
      HttpRequest r =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + aggregator.managementPort() + "/health/ready"))
              .timeout(Duration.ofSeconds(10))
              .build();
      return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  static String prometheus() throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + aggregator.managementPort() + "/prometheus"))
            .timeout(Duration.ofSeconds(10))
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** The peer ids recorded for the torrent; empty while the database is away. */
  static Set<String> recorded(byte[] hash) {
    Set<String> ids = new HashSet<>();
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "");
        PreparedStatement s =
            c.prepareStatement("SELECT peer_id FROM report_announces WHERE info_hash = ?")) {
      s.setString(1, HexFormat.of().formatHex(hash));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException away) {
      // the database is down or restarting
    }
    return ids;
  }

  @Test
  void keepsEveryAcknowledgedAnnounceAcrossDatabaseRestarts() throws Exception {
    try (Load load = new Load().start()) {
      eventually(Duration.ofSeconds(30), () -> load.acked() >= 200);

      // The finding: pg_ctl restart under load; the batches must be written again.
      pg.restart();
      Set<String> beforeRestart = Set.copyOf(load.acknowledged);
      eventually(Duration.ofSeconds(60), () -> recorded(load.hash).containsAll(beforeRestart));
      eventually(Duration.ofSeconds(30), () -> readiness() == 200);

      // A longer outage: readiness follows the database, announces are still acknowledged.
      pg.stop();
      eventually(Duration.ofSeconds(20), () -> readiness() == 503);
      int atDown = load.acked();
      Thread.sleep(3000);
      int duringOutage = load.acked() - atDown;
      assertThat(duringOutage).as("announces acknowledged while the database is down").isPositive();
      pg.start();
      eventually(Duration.ofSeconds(60), () -> readiness() == 200);
      Thread.sleep(2000);
      load.close();

      eventually(Duration.ofSeconds(90), () -> recorded(load.hash).containsAll(load.acknowledged));
      Set<String> rows = recorded(load.hash);
      LOG.info(
          () ->
              "acknowledged "
                  + load.acked()
                  + " ("
                  + duringOutage
                  + " during the outage), "
                  + "recorded "
                  + rows.size()
                  + " distinct peers, refused or failed "
                  + load.refused.get());
      assertThat(rows).containsAll(load.acknowledged);
    }
    assertThat(readiness()).as("ready again").isEqualTo(200);
    assertThat(prometheus())
        .containsPattern("(?m)^multitracker_db_buffer_dropped_total\\{[^}]*\\} 0(\\.0)?$");
    assertThat(aggregator.logText()).contains("Database reachable again");
  }
}
