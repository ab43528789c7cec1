package org.multitracker.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multitracker.testing.Prerequisites;

/**
 * The reporting views (db-migrations/common/V2 and V5_1), on an H2 file database (always) and on
 * PostgreSQL at 127.0.0.1:5432/test, user postgres (only when reachable; in a schema of its own,
 * dropped at the end; -Dreports.pg.url=... points elsewhere). Each database is migrated, migrated
 * again (a no-op), loaded with a known data set over two days, and then every view is checked
 * figure by figure.
 */
class ReportViewsTest {
  private static final String PG_URL =
      System.getProperty("reports.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String PG_USER = "postgres";
  private static final String PG_PASSWORD = "postgres";

  private static final String A = "a".repeat(40);
  private static final String B = "b".repeat(40);
  private static final String C = "c".repeat(40);
  private static final String P1 = peer(1);
  private static final String P2 = peer(2);
  private static final String P3 = peer(3);
  private static final String P4 = peer(4);
  private static final String P5 = peer(5);
  private static final String P6 = peer(6);
  private static final String P7 = peer(7);
  private static final String T1 = "t1.example:6969";
  private static final String T2 = "t2.example:6969";
  private static final LocalDate DAY1 = LocalDate.of(2024, 3, 10);
  private static final LocalDate DAY2 = LocalDate.of(2024, 3, 11);

  @TempDir static Path h2Dir;

  /** A database under test: how to connect, and what its two migrations reported. */
  record Db(
      String url,
      String user,
      String password,
      MigrateResult first,
      MigrateResult upgrade,
      MigrateResult again) {
    Connection connect() throws SQLException {
      Connection c = DriverManager.getConnection(url, user, password);
      try (Statement s = c.createStatement()) {
        // CAST(announced_at AS DATE) is the day in the session's zone: make it UTC on both.
        s.execute("SET TIME ZONE 'UTC'");
      }
      return c;
    }
  }

  private static final Map<String, Db> DBS = new HashMap<>();
  private static String pgSchema;
  private static String pgUnavailable;

  @BeforeAll
  static void setUp() throws SQLException {
    String h2Url = "jdbc:h2:" + h2Dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    DBS.put("h2", prepare(h2Url, "sa", "sa", null));

    try (Connection c =
        DriverManager.getConnection(
            PG_URL + "?connectTimeout=3&loginTimeout=5", PG_USER, PG_PASSWORD)) {
      c.isValid(3);
    } catch (SQLException e) {
      pgUnavailable = "PostgreSQL not reachable at " + PG_URL + ": " + e.getMessage();
      return;
    }
    pgSchema = "reports_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    DBS.put(
        "postgresql",
        prepare(PG_URL + "?currentSchema=" + pgSchema, PG_USER, PG_PASSWORD, pgSchema));
  }

  @AfterAll
  static void dropPostgresqlSchema() throws SQLException {
    if (pgSchema != null) {
      try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
      }
    }
  }

  /**
   * Today's schema before this release (migrations 1 to 4) with the data set in it, then the
   * upgrade (5: partitions and rollups, 6: the rollups rebuilt from the log, 7: compact ids, rows
   * converted), then a rerun.
   */
  private static Db prepare(String url, String user, String password, String schema)
      throws SQLException {
    MigrateResult first = flyway(url, user, password, schema, "4").migrate();
    Db loaded = new Db(url, user, password, first, null, null);
    try (Connection c = loaded.connect()) {
      load(c);
    }
    Flyway flyway = flyway(url, user, password, schema, null);
    MigrateResult upgrade = flyway.migrate();
    MigrateResult again = flyway.migrate();
    return new Db(url, user, password, first, upgrade, again);
  }

  static Flyway flyway(String url, String user, String password, String schema, String target) {
    String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    var config =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations("filesystem:db-migrations/common", "filesystem:db-migrations/" + vendor)
            .javaMigrations(SchemaMigrator.javaMigrations());
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    if (target != null) {
      config = config.target(target);
    }
    return config.load();
  }

  private static Db db(String name) {
    if (name.equals("postgresql")) {
      Prerequisites.require(pgUnavailable == null, pgUnavailable);
    }
    return DBS.get(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void migratesOnceAndARerunIsANoOp(String name) {
    Db db = db(name);
    assertThat(db.first().success).isTrue();
    assertThat(db.first().migrationsExecuted).isEqualTo(4);
    assertThat(db.first().targetSchemaVersion).isEqualTo("4");
    assertThat(db.upgrade().success).isTrue();
    assertThat(db.upgrade().migrationsExecuted).isEqualTo(6);
    assertThat(db.upgrade().targetSchemaVersion).isEqualTo("7.2");
    assertThat(db.again().success).isTrue();
    assertThat(db.again().migrationsExecuted).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void dailyUniquePeers(String name) throws SQLException {
    assertThat(
            rows(
                db(name),
                "SELECT \"day\", info_hash, unique_peers, announces FROM report_daily_unique_peers"
                    + " ORDER BY \"day\", info_hash"))
        .containsExactly(
            tuple(DAY1, A, 2L, 5L),
            tuple(DAY1, B, 1L, 2L),
            tuple(DAY2, A, 4L, 5L),
            tuple(DAY2, B, 2L, 3L),
            tuple(DAY2, C, 1L, 2L));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void distinctPeersOfATorrentOnADay(String name) throws SQLException {
    // The README's question ("yesterday" there is CURRENT_DATE - 1): a day given as a parameter.
    try (Connection c = db(name).connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT unique_peers FROM report_daily_unique_peers WHERE info_hash = ? AND \"day\""
                    + " = ?")) {
      ps.setString(1, A);
      ps.setObject(2, DAY2);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(4);
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void completionsPerDay(String name) throws SQLException {
    assertThat(
            rows(
                db(name),
                "SELECT \"day\", info_hash, completions FROM report_completions_per_day"
                    + " ORDER BY \"day\", info_hash"))
        .containsExactly(tuple(DAY1, A, 1L), tuple(DAY2, A, 1L), tuple(DAY2, B, 1L));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void bytesTransferredSumTheLatestCountersOfEachPeer(String name) throws SQLException {
    // Summing announce_log instead would give A 830 uploaded / 4400 downloaded.
    assertThat(
            rows(
                db(name),
                "SELECT info_hash, uploaded, downloaded FROM report_bytes_transferred ORDER BY"
                    + " info_hash"))
        .containsExactly(tuple(A, 480L, 2600L), tuple(B, 15L, 2020L), tuple(C, 7000L, 0L));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void multiTrackerPeers(String name) throws SQLException {
    assertThat(
            rows(
                db(name),
                "SELECT info_hash, peer_id, trackers, last_seen FROM report_multi_tracker_peers"
                    + " ORDER BY info_hash, peer_id"))
        .containsExactly(
            tuple(A, P1, T1 + "," + T2, at(DAY2, 0, 30)),
            tuple(A, P2, T1 + "," + T2, at(DAY2, 3, 0)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void currentSwarmLeavesOutStoppedPeers(String name) throws SQLException {
    assertThat(
            rows(
                db(name),
                "SELECT info_hash, peer_id, ip, port, remaining, seed, last_seen, trackers"
                    + " FROM report_current_swarm ORDER BY info_hash, peer_id"))
        .containsExactly(
            tuple(A, P1, "10.0.0.1", 6881, 0L, 1, at(DAY2, 0, 30), T1 + "," + T2),
            tuple(A, P4, "10.0.0.4", 6884, 0L, 1, at(DAY2, 2, 0), T1),
            tuple(A, P7, "2001:db8::7", 6887, 1000L, 0, at(DAY2, 9, 0), T1),
            tuple(B, P1, "10.0.0.1", 6881, 2000L, 0, at(DAY2, 7, 0), T1),
            tuple(B, P5, "10.0.0.5", 6885, 0L, 1, at(DAY2, 5, 0), T1),
            tuple(C, P6, "10.0.0.6", 6886, 0L, 1, at(DAY2, 8, 0), T2));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void currentSwarmWithinATimeWindow(String name) throws SQLException {
    // The window the view cannot hold: two hours before 2024-03-11 09:00 UTC.
    try (Connection c = db(name).connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT peer_id FROM report_current_swarm"
                    + " WHERE last_seen >= CAST(? AS TIMESTAMP WITH TIME ZONE) - INTERVAL '2' HOUR"
                    + " ORDER BY last_seen")) {
      ps.setObject(1, OffsetDateTime.of(DAY2.atTime(9, 0), ZoneOffset.UTC));
      List<String> peers = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          peers.add(rs.getString(1));
        }
      }
      assertThat(peers).containsExactly(P1, P6, P7);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void topTorrents(String name) throws SQLException {
    Db db = db(name);
    assertThat(
            rows(
                db,
                "SELECT info_hash, unique_peers, completions, announces, last_seen"
                    + " FROM report_top_torrents ORDER BY unique_peers DESC, info_hash LIMIT 2"))
        .containsExactly(
            tuple(A, 4L, 2L, 10L, at(DAY2, 9, 0)), tuple(B, 3L, 1L, 5L, at(DAY2, 7, 0)));
    assertThat(
            rows(
                db,
                "SELECT info_hash, unique_peers, completions, announces, last_seen"
                    + " FROM report_top_torrents WHERE info_hash = '"
                    + C
                    + "'"))
        .containsExactly(tuple(C, 1L, 0L, 2L, at(DAY2, 8, 0)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void readmeExamplesRun(String name) throws SQLException {
    // The README's queries as written there; those relative to today find nothing in 2024's data.
    Map<String, Integer> expectedRows = new LinkedHashMap<>();
    expectedRows.put(
        "SELECT unique_peers FROM report_daily_unique_peers WHERE info_hash = '"
            + A
            + "' AND \"day\" = CURRENT_DATE - 1",
        0);
    expectedRows.put(
        "SELECT info_hash, unique_peers, completions, announces, last_seen"
            + " FROM report_top_torrents ORDER BY unique_peers DESC LIMIT 10",
        3);
    expectedRows.put(
        "SELECT info_hash, peer_id, trackers, last_seen FROM report_multi_tracker_peers"
            + " ORDER BY last_seen DESC",
        2);
    expectedRows.put(
        "SELECT info_hash, COUNT(*) AS peers, SUM(seed) AS seeds FROM report_current_swarm"
            + " WHERE last_seen >= CURRENT_TIMESTAMP - INTERVAL '2' HOUR GROUP BY info_hash",
        0);
    try (Connection c = db(name).connect();
        Statement s = c.createStatement()) {
      for (Map.Entry<String, Integer> e : expectedRows.entrySet()) {
        int n = 0;
        try (ResultSet rs = s.executeQuery(e.getKey())) {
          while (rs.next()) {
            n++;
          }
        }
        assertThat(n).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  // --- the data set ---------------------------------------------------------------------------

  /**
   * Three torrents over two days on two members. Peer 1 and 2 of A announce to both members; peer 1
   * also leeches B; peer 2 of A and peer 3 of B stopped; A has completions on both days, B one on
   * day 2, C (a seed from the start) none. peer_state and torrent_totals are what the aggregator
   * would have made of these announces.
   */
  private static void load(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO announce_log (id, announced_at, tracker, info_hash, peer_id, ip, port,"
                + " uploaded, downloaded, remaining, event, peer_key, user_agent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      long id = 0;
      // day 1
      id = log(ps, id, at(DAY1, 10, 0), T1, A, P1, 0, 0, 1000, "started");
      id = log(ps, id, at(DAY1, 10, 5), T1, A, P2, 0, 0, 1000, "started");
      id = log(ps, id, at(DAY1, 10, 30), T1, A, P1, 100, 500, 500, "none");
      id = log(ps, id, at(DAY1, 11, 0), T1, A, P1, 200, 1000, 0, "completed");
      id = log(ps, id, at(DAY1, 12, 0), T2, A, P2, 50, 300, 700, "none");
      id = log(ps, id, at(DAY1, 13, 0), T1, B, P3, 0, 0, 2000, "started");
      id = log(ps, id, at(DAY1, 23, 30), T1, B, P3, 10, 20, 1980, "stopped");
      // day 2
      id = log(ps, id, at(DAY2, 0, 30), T2, A, P1, 400, 1000, 0, "none");
      id = log(ps, id, at(DAY2, 1, 0), T1, A, P4, 0, 0, 1000, "started");
      id = log(ps, id, at(DAY2, 2, 0), T1, A, P4, 0, 1000, 0, "completed");
      id = log(ps, id, at(DAY2, 3, 0), T2, A, P2, 80, 600, 400, "stopped");
      id = log(ps, id, at(DAY2, 4, 0), T1, B, P5, 0, 0, 2000, "started");
      id = log(ps, id, at(DAY2, 5, 0), T1, B, P5, 5, 2000, 0, "completed");
      id = log(ps, id, at(DAY2, 6, 0), T2, C, P6, 0, 0, 0, "started");
      id = log(ps, id, at(DAY2, 7, 0), T1, B, P1, 0, 0, 2000, "started");
      id = log(ps, id, at(DAY2, 8, 0), T2, C, P6, 7000, 0, 0, "none");
      log(ps, id, at(DAY2, 9, 0), T1, A, P7, 0, 0, 1000, "started");
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO peer_state (info_hash, peer_id, ip, port, uploaded, downloaded, remaining,"
                + " last_event, first_seen, last_seen, trackers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)")) {
      peer(
          ps,
          A,
          P1,
          "10.0.0.1",
          6881,
          400,
          1000,
          0,
          "none",
          at(DAY1, 10, 0),
          at(DAY2, 0, 30),
          T1 + "," + T2);
      peer(
          ps,
          A,
          P2,
          "10.0.0.2",
          6882,
          80,
          600,
          400,
          "stopped",
          at(DAY1, 10, 5),
          at(DAY2, 3, 0),
          T1 + "," + T2);
      peer(
          ps, A, P4, "10.0.0.4", 6884, 0, 1000, 0, "completed", at(DAY2, 1, 0), at(DAY2, 2, 0), T1);
      peer(
          ps,
          A,
          P7,
          "2001:db8::7",
          6887,
          0,
          0,
          1000,
          "started",
          at(DAY2, 9, 0),
          at(DAY2, 9, 0),
          T1);
      peer(
          ps,
          B,
          P3,
          "10.0.0.3",
          6883,
          10,
          20,
          1980,
          "stopped",
          at(DAY1, 13, 0),
          at(DAY1, 23, 30),
          T1);
      peer(
          ps, B, P5, "10.0.0.5", 6885, 5, 2000, 0, "completed", at(DAY2, 4, 0), at(DAY2, 5, 0), T1);
      peer(ps, B, P1, "10.0.0.1", 6881, 0, 0, 2000, "started", at(DAY2, 7, 0), at(DAY2, 7, 0), T1);
      peer(ps, C, P6, "10.0.0.6", 6886, 7000, 0, 0, "none", at(DAY2, 6, 0), at(DAY2, 8, 0), T2);
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO torrent_totals (info_hash, announces, completions, first_seen, last_seen)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      totals(ps, A, 10, 2, at(DAY1, 10, 0), at(DAY2, 9, 0));
      totals(ps, B, 5, 1, at(DAY1, 13, 0), at(DAY2, 7, 0));
      totals(ps, C, 2, 0, at(DAY2, 6, 0), at(DAY2, 8, 0));
      ps.executeBatch();
    }
    c.commit();
  }

  private static long log(
      PreparedStatement ps,
      long id,
      Instant at,
      String tracker,
      String hash,
      String peer,
      long up,
      long down,
      long left,
      String event)
      throws SQLException {
    int n = Integer.parseInt(peer.substring(39), 16);
    ps.setLong(1, id + 1);
    ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    ps.setString(3, tracker);
    ps.setString(4, hash);
    ps.setString(5, peer);
    ps.setString(6, n == 7 ? "2001:db8::7" : "10.0.0." + n);
    ps.setInt(7, 6880 + n);
    ps.setLong(8, up);
    ps.setLong(9, down);
    ps.setLong(10, left);
    ps.setString(11, event);
    ps.setString(12, "key" + n);
    ps.setString(13, "Transmission/4.0.5");
    ps.addBatch();
    return id + 1;
  }

  private static void peer(
      PreparedStatement ps,
      String hash,
      String peer,
      String ip,
      int port,
      long up,
      long down,
      long left,
      String lastEvent,
      Instant first,
      Instant last,
      String trackers)
      throws SQLException {
    ps.setString(1, hash);
    ps.setString(2, peer);
    ps.setString(3, ip);
    ps.setInt(4, port);
    ps.setLong(5, up);
    ps.setLong(6, down);
    ps.setLong(7, left);
    ps.setString(8, lastEvent);
    ps.setObject(9, OffsetDateTime.ofInstant(first, ZoneOffset.UTC));
    ps.setObject(10, OffsetDateTime.ofInstant(last, ZoneOffset.UTC));
    ps.setString(11, trackers);
    ps.addBatch();
  }

  private static void totals(
      PreparedStatement ps,
      String hash,
      long announces,
      long completions,
      Instant first,
      Instant last)
      throws SQLException {
    ps.setString(1, hash);
    ps.setLong(2, announces);
    ps.setLong(3, completions);
    ps.setObject(4, OffsetDateTime.ofInstant(first, ZoneOffset.UTC));
    ps.setObject(5, OffsetDateTime.ofInstant(last, ZoneOffset.UTC));
    ps.addBatch();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A peer id: 40 hex digits ending in n. */
  private static String peer(int n) {
    return "2d5452343035302d" + "0".repeat(23) + Integer.toHexString(n);
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).toInstant(ZoneOffset.UTC);
  }

  /**
   * The rows of a query as tuples, each value normalised so that both databases compare alike:
   * dates as LocalDate, timestamps as Instant, whole numbers as Long (int columns as Integer), CHAR
   * columns without padding.
   */
  private static List<Tuple> rows(Db db, String sql) throws SQLException {
    List<Tuple> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      var md = rs.getMetaData();
      while (rs.next()) {
        Object[] values = new Object[md.getColumnCount()];
        for (int i = 1; i <= values.length; i++) {
          String type = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
          if (type.contains("timestamp")) {
            values[i - 1] = rs.getObject(i, OffsetDateTime.class).toInstant();
          } else if (type.equals("date")) {
            values[i - 1] = rs.getObject(i, LocalDate.class);
          } else if (type.equals("integer") || type.equals("int4")) {
            values[i - 1] = rs.getInt(i);
          } else if (type.equals("bigint") || type.equals("int8")) {
            values[i - 1] = rs.getLong(i);
          } else {
            Object v = rs.getObject(i);
            values[i - 1] = v instanceof String str ? str.stripTrailing() : v;
          }
        }
        rows.add(new Tuple(values));
      }
    }
    return rows;
  }
}
