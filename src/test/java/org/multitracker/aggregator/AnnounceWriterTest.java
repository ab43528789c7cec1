package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multitracker.testing.Prerequisites;

/**
 * The set-based ingest on H2 and, when reachable, on PostgreSQL at 127.0.0.1:5432/test (a schema of
 * its own): announces written in batches give the rollups that the rebuild computes from the raw
 * log, figure for figure; an announce across midnight counts on its own UTC day; PostgreSQL
 * partitions are created ahead and dropped by retention, H2 deletes in slices.
 */
class AnnounceWriterTest {
  private static final String PG_URL =
      System.getProperty("reports.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String A = "a".repeat(40);
  private static final String B = "b".repeat(40);
  private static final Instant DAY1 = Instant.parse("2024-03-10T00:00:00Z");

  @TempDir static Path h2Dir;
  private static final Map<String, String> URLS = new HashMap<>();
  private static String pgSchema;

  @BeforeAll
  static void setUp() {
    String h2 = "jdbc:h2:" + h2Dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    migrate(h2, "h2", null);
    URLS.put("h2", h2);
    try (Connection c = DriverManager.getConnection(PG_URL + "?connectTimeout=3", "postgres", "")) {
      c.isValid(3);
    } catch (SQLException unreachable) {
      return;
    }
    pgSchema = "ingest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    migrate(PG_URL + "?currentSchema=" + pgSchema, "postgresql", pgSchema);
    URLS.put("postgresql", PG_URL + "?currentSchema=" + pgSchema);
  }

  private static void migrate(String url, String vendor, String schema) {
    var config =
        Flyway.configure()
            .dataSource(
                url, vendor.equals("h2") ? "sa" : "postgres", vendor.equals("h2") ? "sa" : "")
            .locations("filesystem:db-migrations/common", "filesystem:db-migrations/" + vendor)
            .javaMigrations(SchemaMigrator.javaMigrations());
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    config.load().migrate();
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    if (pgSchema != null) {
      try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
      }
    }
  }

  private static Connection connect(String db) throws SQLException {
    Prerequisites.require(URLS.containsKey(db), "no PostgreSQL on 127.0.0.1:5432");
    boolean h2 = db.equals("h2");
    Connection c =
        DriverManager.getConnection(URLS.get(db), h2 ? "sa" : "postgres", h2 ? "sa" : "");
    c.setAutoCommit(false);
    return c;
  }

  private static AnnounceRecord announce(
      Instant at, String hash, int peer, long up, long down, long left, String event) {
    return new AnnounceRecord(
        at,
        "t" + (peer % 2 + 1) + ".example:6969",
        hash,
        String.format("%040x", peer),
        "10.0.0." + peer,
        6880 + peer,
        up,
        down,
        left,
        event,
        "k" + peer,
        "Transmission/4.0.5");
  }

  /** Two days of two torrents, peers re-announcing every 30 minutes, one at 23:45 and 00:15. */
  private static List<AnnounceRecord> twoDays() {
    List<AnnounceRecord> all = new ArrayList<>();
    for (int peer = 1; peer <= 6; peer++) {
      String hash = peer <= 4 ? A : B;
      long up = 0;
      long down = 0;
      Instant at = DAY1.plusSeconds(20 * 3600 + peer * 60L);
      for (int i = 0; i < 12; i++) {
        String event = i == 0 ? "started" : i == 7 ? "completed" : i == 11 ? "stopped" : "none";
        if (peer == 3 && i == 5) {
          up = 0; // the client restarted: a new session counts from 0
        }
        all.add(announce(at, hash, peer, up, down, i >= 7 ? 0 : 1000 - down, event));
        up += 100 * peer;
        down = Math.min(1000, down + 150);
        at = at.plusSeconds(1800);
      }
    }
    all.add(announce(Instant.parse("2024-03-10T23:59:59.999Z"), A, 9, 10, 0, 5, "started"));
    all.add(announce(Instant.parse("2024-03-11T00:00:00Z"), A, 9, 20, 0, 5, "none"));
    all.sort((x, y) -> x.at().compareTo(y.at()));
    return all;
  }

  /** The rollup_day_torrent rows, computed here the plain way from the announces. */
  private static List<String> expectedDays(List<AnnounceRecord> all) {
    Map<String, long[]> figures = new TreeMap<>();
    Map<String, Set<String>> peers = new HashMap<>();
    Map<String, AnnounceRecord> previous = new HashMap<>();
    for (AnnounceRecord r : all) {
      String key = BatchSummary.dayOf(r.at()) + "|" + r.infoHash();
      long[] f = figures.computeIfAbsent(key, k -> new long[5]);
      peers.computeIfAbsent(key, k -> new HashSet<>()).add(r.peerId());
      AnnounceRecord before = previous.put(r.infoHash() + r.peerId(), r);
      f[1]++;
      f[2] += r.event().equals("completed") ? 1 : 0;
      f[3] +=
          before == null || r.uploaded() < before.uploaded()
              ? r.uploaded()
              : r.uploaded() - before.uploaded();
      f[4] +=
          before == null || r.downloaded() < before.downloaded()
              ? r.downloaded()
              : r.downloaded() - before.downloaded();
    }
    List<String> out = new ArrayList<>();
    figures.forEach(
        (k, f) ->
            out.add(
                k + "|" + peers.get(k).size() + "|" + f[1] + "|" + f[2] + "|" + f[3] + "|" + f[4]));
    return out;
  }

  private static void write(Connection c, List<AnnounceRecord> all, int batch) throws SQLException {
    LogPartitions partitions = new LogPartitions();
    for (int i = 0; i < all.size(); i += batch) {
      new AnnounceWriter(c).write(all.subList(i, Math.min(all.size(), i + batch)), partitions);
      c.commit();
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          // Ids are stored as bytes since migration 7: shown as hex here.
          v = v instanceof byte[] bytes ? StoredIds.hex(bytes) : v;
          b.append(i > 1 ? "|" : "").append(v instanceof String t ? t.trim() : v);
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  private static final String DAYS =
      "SELECT \"day\", info_hash, unique_peers, announces, completions, uploaded, downloaded FROM"
          + " rollup_day_torrent ORDER BY \"day\", info_hash";
  private static final String DAY_PEERS =
      "SELECT \"day\", info_hash, peer_id FROM rollup_day_peer ORDER BY 1, 2, 3";
  private static final String MINUTES =
      "SELECT minute_start, announces FROM rollup_minute ORDER BY minute_start";

  private static void clear(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t :
          new String[] {
            "announce_log",
            "peer_state",
            "torrent_totals",
            "rollup_day_peer",
            "rollup_day_torrent",
            "rollup_minute"
          }) {
        s.execute("DELETE FROM " + t);
      }
    }
    c.commit();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void rollupsKeptAtIngestEqualTheRebuildFromTheLog(String db) throws SQLException {
    try (Connection c = connect(db)) {
      clear(c);
      List<AnnounceRecord> all = twoDays();
      write(c, all, 7); // small batches: peers' earlier announces come from peer_state
      List<String> days = rows(c, DAYS);
      List<String> dayPeers = rows(c, DAY_PEERS);
      List<String> minutes = rows(c, MINUTES);

      assertThat(rows(c, "SELECT COUNT(*) FROM announce_log")).containsExactly("" + all.size());
      assertThat(days).isEqualTo(expectedDays(all));
      // Announce at 23:59:59.999 and 00:00:00: peer 9 counts on both UTC days.
      assertThat(dayPeers)
          .contains(
              "2024-03-10|" + A + "|" + String.format("%040x", 9),
              "2024-03-11|" + A + "|" + String.format("%040x", 9));

      RollupRebuild.rebuildAll(c, new LogPartitions(), false, RollupRebuild.COMPLETED);
      c.commit();
      assertThat(rows(c, DAYS)).isEqualTo(days);
      assertThat(rows(c, DAY_PEERS)).isEqualTo(dayPeers);
      assertThat(rows(c, MINUTES)).isEqualTo(minutes);
      assertThat(rows(c, "SELECT SUM(announces) FROM rollup_minute"))
          .containsExactly("" + all.size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void peerStateAndTotalsHoldTheLatestAnnounce(String db) throws SQLException {
    try (Connection c = connect(db)) {
      clear(c);
      write(c, twoDays(), 1000); // one batch: earlier announces of a peer come from the batch
      assertThat(
              rows(
                  c,
                  "SELECT info_hash, announces, completions FROM torrent_totals"
                      + " ORDER BY info_hash"))
          .containsExactly(A + "|50|4", B + "|24|2");
      assertThat(
              rows(
                  c,
                  "SELECT peer_id, last_event, uploaded, trackers FROM peer_state"
                      + " WHERE RAWTOHEX(info_hash) = '"
                      + B
                      + "' ORDER BY peer_id"))
          .containsExactly(
              String.format("%040x", 5) + "|stopped|5500|t2.example:6969",
              String.format("%040x", 6) + "|stopped|6600|t1.example:6969");
      assertThat(rows(c, "SELECT COUNT(DISTINCT id) FROM announce_log")).containsExactly("74");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void theLogStoresBytesAndDictionaryIdsAndItsViewShowsText(String db) throws SQLException {
    try (Connection c = connect(db)) {
      clear(c);
      write(c, twoDays(), 9);
      write(c, twoDays(), 1000); // names already known keep their ids
      assertThat(
              rows(
                  c,
                  "SELECT name FROM tracker_names WHERE name LIKE 't_.example:6969'"
                      + " ORDER BY name"))
          .containsExactly("t1.example:6969", "t2.example:6969");
      assertThat(
              rows(
                  c,
                  "SELECT LENGTH(info_hash), LENGTH(peer_id), LENGTH(ip_key)"
                      + " FROM announce_log GROUP BY 1, 2, 3"))
          .containsExactly("20|20|16");
      assertThat(rows(c, "SELECT COUNT(*) FROM report_announces")).containsExactly("148");
      assertThat(
              rows(
                  c,
                  "SELECT tracker, info_hash, event FROM report_announces"
                      + " WHERE event = 'completed' ORDER BY id FETCH FIRST 1 ROWS ONLY"))
          .singleElement()
          .asString()
          .matches("t[12]\\.example:6969\\|[ab]{40}\\|completed");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void retentionForgetsWholeDaysAndPartitionsAreMadeAhead(String db) throws SQLException {
    try (Connection c = connect(db)) {
      clear(c);
      write(c, twoDays(), 50);
      c.setAutoCommit(true);
      LogPartitions partitions = new LogPartitions();
      boolean pg = db.equals("postgresql");
      if (pg) {
        LocalDate ahead = LocalDate.of(2024, 3, 14);
        partitions.ensure(c, List.of(ahead));
        assertThat(LogPartitions.partitionsOf(c, "announce_log"))
            .contains("announce_log_p20240310", "announce_log_p20240311", "announce_log_p20240314");
        assertThat(LogPartitions.partitionsOf(c, "rollup_day_peer"))
            .contains("rollup_day_peer_p20240314");
      }
      // A cutoff in the middle of day 2: day 1 goes, day 2 stays whole on PostgreSQL.
      LogRetention.expire(
          c, partitions, Instant.parse("2024-03-11T12:00:00Z"), LogRetention.Budget.DEFAULT);
      List<String> left =
          rows(
              c,
              "SELECT COUNT(*) FROM announce_log"
                  + " WHERE announced_at < TIMESTAMP WITH TIME ZONE '2024-03-11 00:00:00+00'");
      assertThat(left).containsExactly("0");
      assertThat(rows(c, "SELECT DISTINCT \"day\" FROM rollup_day_torrent"))
          .containsExactly("2024-03-11");
      assertThat(rows(c, "SELECT DISTINCT \"day\" FROM rollup_day_peer"))
          .containsExactly("2024-03-11");
      if (pg) {
        assertThat(LogPartitions.partitionsOf(c, "announce_log"))
            .doesNotContain("announce_log_p20240310")
            .contains("announce_log_p20240311");
        assertThat(
                rows(
                    c,
                    "SELECT COUNT(*) FROM announce_log WHERE announced_at < TIMESTAMP WITH TIME"
                        + " ZONE '2024-03-11 12:00:00+00'"))
            .isNotEqualTo(List.of("0"));
      } else {
        assertThat(
                rows(
                    c,
                    "SELECT COUNT(*) FROM announce_log WHERE announced_at < TIMESTAMP WITH TIME"
                        + " ZONE '2024-03-11 12:00:00+00'"))
            .containsExactly("0");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void oneRetentionRunDeletesABoundedNumberOfRowsAndSaysWhenMoreRemain(String db)
      throws SQLException {
    try (Connection c = connect(db)) {
      clear(c);
      c.setAutoCommit(true);
      try (var s =
          c.prepareStatement("INSERT INTO rollup_minute (minute_start, announces) VALUES (?, 1)")) {
        for (int i = 0; i < 55; i++) { // 50 minutes before the cutoff, 5 after
          s.setObject(1, DAY1.plusSeconds(60L * i).atOffset(ZoneOffset.UTC));
          s.executeUpdate();
        }
      }
      Instant cutoff = DAY1.plusSeconds(60L * 50);
      LogRetention.Budget budget = new LogRetention.Budget(10, 30);
      LogPartitions partitions = new LogPartitions();

      LogRetention.Outcome first = LogRetention.expire(c, partitions, cutoff, budget);
      assertThat(first.more()).isTrue();
      assertThat(rows(c, "SELECT COUNT(*) FROM rollup_minute")).containsExactly("25");

      LogRetention.Outcome second = LogRetention.expire(c, partitions, cutoff, budget);
      assertThat(second.more()).isFalse();
      assertThat(rows(c, "SELECT COUNT(*) FROM rollup_minute")).containsExactly("5");
    }
  }
}
