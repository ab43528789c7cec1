package org.multitracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multitracker.aggregator.SchemaMigrator;
import org.multitracker.aggregator.StoredIds;
import org.multitracker.network.IpKey;
import org.multitracker.network.IpPrefix;
import org.multitracker.testing.Prerequisites;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The API's SQL on an H2 file database and, when reachable, on PostgreSQL at 127.0.0.1:5432/test in
 * a schema of its own: both databases must give the same figures for the same rows.
 */
class ReportQueriesTest {
  static final String PG_URL =
      System.getProperty("reports.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String A = "a".repeat(40);
  static final String B = "b".repeat(40);
  static final Instant NOW = Instant.parse("2026-11-27T10:30:20Z");
  static final LocalDate TODAY = NOW.atZone(ZoneOffset.UTC).toLocalDate();

  @TempDir static Path h2Dir;
  static final Map<String, DataSource> DBS = new HashMap<>();
  static String pgSchema;

  @BeforeAll
  static void setUp() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:" + h2Dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    h2.setUser("sa");
    h2.setPassword("sa");
    DBS.put("h2", prepare(h2, null));
    try (Connection c = DriverManager.getConnection(PG_URL + "?connectTimeout=3", "postgres", "")) {
      pgSchema = "api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    } catch (SQLException unreachable) {
      return;
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(PG_URL + "?currentSchema=" + pgSchema);
    pg.setUser("postgres");
    pg.setPassword("");
    DBS.put("postgresql", prepare(pg, pgSchema));
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

  static DataSource prepare(DataSource ds, String schema) throws SQLException {
    var config =
        Flyway.configure()
            .dataSource(ds)
            .locations(SchemaMigrator.locations("filesystem:db-migrations", ds))
            .target("3"); // rows first, then migration 4 must key them
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    config.load().migrate();
    try (Connection c = ds.getConnection()) {
      // peer 1 of A: started 10:00 (uploaded 0), update 10:29 (uploaded 100), completed 10:30
      log(c, 1, "10:00:05", A, 1, "10.1.2.3", 0, 50, "started", "=cmd()");
      log(c, 2, "10:29:00", A, 1, "10.1.2.3", 100, 10, "none", "Transmission/4.0");
      log(c, 3, "10:30:01", A, 1, "10.1.2.3", 150, 0, "completed", "Transmission/4.0");
      log(c, 4, "10:30:02", A, 2, "2001:db8::7", 30, 5, "started", "qBittorrent, \"5\"");
      log(c, 5, "10:30:03", B, 3, "192.168.0.1", 0, 9, "stopped", null);
      log(c, 6, "09:00:00", A, 4, "2001:db9::1", 0, 9, "started", null);
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO torrent_totals VALUES ('"
                + A
                + "', 5, 1, TIMESTAMP WITH TIME ZONE"
                + " '2026-11-27 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-27 10:30:02+00')");
        s.execute(
            "INSERT INTO torrent_totals VALUES ('"
                + B
                + "', 1, 0, TIMESTAMP WITH TIME ZONE"
                + " '2026-11-27 10:30:03+00', TIMESTAMP WITH TIME ZONE '2026-11-27 10:30:03+00')");
        s.execute(
            "INSERT INTO peer_state VALUES ('"
                + A
                + "', '"
                + peer(1)
                + "', '10.1.2.3', 1,"
                + " 150, 0, 0, 'completed', TIMESTAMP WITH TIME ZONE '2026-11-27 10:00:05+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-27 10:30:01+00', 't1')");
        s.execute(
            "INSERT INTO peer_state VALUES ('"
                + A
                + "', '"
                + peer(2)
                + "', '2001:db8::7', 1,"
                + " 30, 0, 5, 'started', TIMESTAMP WITH TIME ZONE '2026-11-27 10:30:02+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-27 10:30:02+00', 't1')");
        s.execute(
            "INSERT INTO peer_state VALUES ('"
                + A
                + "', '"
                + peer(4)
                + "', '2001:db9::1', 1,"
                + " 0, 0, 9, 'started', TIMESTAMP WITH TIME ZONE '2026-11-27 09:00:00+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-27 09:00:00+00', 't1')");
        s.execute(
            "INSERT INTO peer_state VALUES ('"
                + B
                + "', '"
                + peer(3)
                + "', '192.168.0.1', 1,"
                + " 0, 0, 9, 'stopped', TIMESTAMP WITH TIME ZONE '2026-11-27 10:30:03+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-27 10:30:03+00', 't1')");
      }
    }
    var all =
        Flyway.configure()
            .dataSource(ds)
            .locations(SchemaMigrator.locations("filesystem:db-migrations", ds))
            .javaMigrations(SchemaMigrator.javaMigrations());
    if (schema != null) {
      all = all.schemas(schema).defaultSchema(schema);
    }
    all.load().migrate();
    return ds;
  }

  static String peer(int n) {
    return String.format("%040d", n);
  }

  static void log(
      Connection c,
      long id,
      String time,
      String hash,
      int peer,
      String ip,
      long uploaded,
      long left,
      String event,
      String ua)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO announce_log (id, announced_at, tracker, info_hash, peer_id, ip, port,"
                + " uploaded, downloaded, remaining, event, peer_key, user_agent) VALUES (?, ?,"
                + " 't1', ?, ?, ?, 6881, ?, 0, ?, ?, NULL, ?)")) {
      s.setLong(1, id);
      s.setObject(2, Instant.parse("2026-11-27T" + time + "Z").atOffset(ZoneOffset.UTC));
      s.setString(3, hash);
      s.setString(4, peer(peer));
      s.setString(5, ip);
      s.setLong(6, uploaded);
      s.setLong(7, left);
      s.setString(8, event);
      s.setString(9, ua);
      s.executeUpdate();
    }
  }

  static DataSource db(String name) {
    Prerequisites.require(DBS.containsKey(name), "no PostgreSQL on 127.0.0.1:5432");
    return DBS.get(name);
  }

  static AnnounceLog log(String name) {
    AnnounceLog l = new AnnounceLog();
    l.dataSource = db(name);
    return l;
  }

  static List<Long> ids(AnnouncePage p) {
    return p.items().stream().map(AnnounceRow::id).toList();
  }

  static List<Long> ids(
      String db, String hash, String peerId, String ip, String from, String to, String event) {
    AnnounceFilter f = AnnounceFilter.parse(hash, peerId, ip, from, to, event);
    return ids(log(db).page(f, new Paging(0, 100)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void pagesNewestFirstAndSaysWhetherMoreFollow(String db) {
    AnnouncePage first = log(db).page(AnnounceFilter.none(), new Paging(0, 4));
    assertThat(ids(first)).containsExactly(5L, 4L, 3L, 2L);
    assertThat(first.hasMore()).isTrue();
    AnnouncePage second = log(db).page(AnnounceFilter.none(), new Paging(1, 4));
    assertThat(ids(second)).containsExactly(1L, 6L);
    assertThat(second.hasMore()).isFalse();
    assertThat(first.items().get(0).announcedAt()).isEqualTo(Instant.parse("2026-11-27T10:30:03Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void filtersByEachParameter(String db) {
    assertThat(ids(db, B.toUpperCase(), null, null, null, null, null)).containsExactly(5L);
    assertThat(ids(db, null, peer(1), null, null, null, null)).containsExactly(3L, 2L, 1L);
    assertThat(ids(db, null, null, "10.0.0.0/8", null, null, null)).containsExactly(3L, 2L, 1L);
    assertThat(ids(db, null, null, "192.168.0.1", null, null, null)).containsExactly(5L);
    assertThat(ids(db, null, null, "2001:db8::/32", null, null, null)).containsExactly(4L);
    assertThat(ids(db, null, null, "::ffff:0:0/96", null, null, null))
        .containsExactly(5L, 3L, 2L, 1L);
    assertThat(ids(db, null, null, "2001:db8::7", null, null, null)).containsExactly(4L);
    assertThat(ids(db, null, null, null, "2026-11-27T10:00:05Z", "2026-11-27T10:30:02Z", null))
        .containsExactly(3L, 2L, 1L);
    assertThat(ids(db, null, null, null, null, null, "none")).containsExactly(2L);
    assertThat(ids(db, A, null, null, null, null, "started")).containsExactly(4L, 1L, 6L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void backfillKeyedTheRowsWrittenBeforeMigrationFour(String db) throws SQLException {
    try (Connection c = db(db).getConnection();
        Statement s = c.createStatement();
        var r = s.executeQuery("SELECT ip_key FROM announce_log WHERE id = 4")) {
      assertThat(r.next()).isTrue();
      assertThat(StoredIds.hex(r.getBytes(1))).isEqualTo(IpKey.ofLiteral("2001:db8::7"));
    }
    assertThat(IpPrefix.parse("10.1.2.3").firstKey()).isEqualTo(IpKey.ofLiteral("10.1.2.3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void cursorReadsEverythingUpToTheMaximum(String db) {
    List<Long> ids = new ArrayList<>();
    try (AnnounceCursor c = log(db).open(AnnounceFilter.none(), 5)) {
      for (AnnounceRow r = c.next(); r != null; r = c.next()) {
        ids.add(r.id());
      }
    }
    assertThat(ids).containsExactly(5L, 4L, 3L, 2L, 1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void chartsCountPerBucket(String db) {
    Charts charts = new Charts();
    charts.dataSource = db(db);
    TimeSeries swarm = charts.swarmSize(A, 1, NOW);
    assertThat(swarm.bucketSeconds()).isEqualTo(60);
    assertThat(swarm.t()).hasSize(60);
    long[] t = swarm.t();
    assertThat(t[59]).isEqualTo(Instant.parse("2026-11-27T10:30:00Z").getEpochSecond());
    assertThat(swarm.series().get("peers")[59]).isEqualTo(2);
    assertThat(swarm.series().get("seeds")[59]).isEqualTo(1);
    assertThat(swarm.series().get("peers")[58]).isEqualTo(1);
    assertThat(swarm.series().get("peers")[0]).isEqualTo(0);
    TimeSeries hourly = charts.swarmSize(A, 24, NOW);
    assertThat(hourly.bucketSeconds()).isEqualTo(3600);
    assertThat(hourly.series().get("peers")[23]).isEqualTo(2);
    assertThat(hourly.series().get("peers")[22]).isEqualTo(1);
    TimeSeries perMinute = charts.announcesPerMinute(60, NOW);
    assertThat(perMinute.series().get("announces")[59]).isEqualTo(3);
    assertThat(perMinute.series().get("announces")[58]).isEqualTo(1);
    assertThat(perMinute.series().get("announces")[29]).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void dailyFiguresAndTorrents(String db) {
    TorrentReports reports = new TorrentReports();
    reports.dataSource = db(db);
    List<DailyFigures> days = reports.dailyPeers(A, 2, TODAY);
    assertThat(days).hasSize(2);
    assertThat(days.get(1).day()).isEqualTo(TODAY);
    // UTC days, from the rollups that migration 6 rebuilt from these log rows.
    assertThat(days.get(1).uniquePeers()).isEqualTo(3);
    assertThat(days.get(1).completions()).isEqualTo(1);
    assertThat(days.get(1).uploaded()).isEqualTo(180);
    assertThat(days.get(0).uniquePeers()).isZero();
    List<TorrentSummary> torrents = reports.torrents(10, NOW);
    assertThat(torrents).extracting(TorrentSummary::infoHash).containsExactly(A, B);
    TorrentSummary a = torrents.get(0);
    assertThat(a.peers()).isEqualTo(2); // peer 4 was last seen 90 minutes ago
    assertThat(a.seeds()).isEqualTo(1);
    assertThat(a.leechers()).isEqualTo(1);
    assertThat(a.announces()).isEqualTo(5);
    assertThat(a.completions()).isEqualTo(1);
    assertThat(torrents.get(1).peers()).isZero(); // stopped
    assertThat(reports.torrents(1, NOW)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void clusterTorrentListSortsSearchesAndPages(String db) {
    ClusterTorrents list = new ClusterTorrents();
    list.dataSource = db(db);
    Instant since = NOW.minusSeconds(86400);
    TorrentListing byPeers = list.list(TorrentListing.Sort.PEERS, "", List.of(), 0, since, NOW);
    assertThat(byPeers.total()).isEqualTo(2);
    assertThat(byPeers.rows()).extracting(ClusterTorrent::infoHash).containsExactly(A, B);
    ClusterTorrent a = byPeers.rows().get(0);
    assertThat(a.currentPeers()).isEqualTo(2); // peer 4 last seen 90 minutes ago
    assertThat(a.peersToday()).isEqualTo(3);
    assertThat(a.completions()).isEqualTo(1);
    // The other sorts count current peers for the page's rows alone: the same figures.
    TorrentListing byLastSeen =
        list.list(TorrentListing.Sort.LAST_SEEN, "", List.of(), 0, since, NOW);
    assertThat(byLastSeen.rows()).extracting(ClusterTorrent::infoHash).containsExactly(B, A);
    assertThat(byLastSeen.rows().get(1)).isEqualTo(a);
    assertThat(list.list(TorrentListing.Sort.TODAY, "", List.of(), 0, since, NOW).rows())
        .extracting(ClusterTorrent::peersToday)
        .containsExactly(3L, 1L);
    // Search: an info-hash prefix, or names (matched by the caller), or both.
    assertThat(list.list(TorrentListing.Sort.PEERS, "BB", List.of(), 0, since, NOW).rows())
        .extracting(ClusterTorrent::infoHash)
        .containsExactly(B);
    assertThat(list.list(TorrentListing.Sort.PEERS, "ubuntu", List.of(A), 0, since, NOW).rows())
        .extracting(ClusterTorrent::infoHash)
        .containsExactly(A);
    assertThat(list.list(TorrentListing.Sort.PEERS, "ubuntu", List.of(), 0, since, NOW).total())
        .isZero();
    // Paging past the end, and the retention window.
    assertThat(list.list(TorrentListing.Sort.PEERS, "", List.of(), 1, since, NOW).rows()).isEmpty();
    assertThat(list.list(TorrentListing.Sort.PEERS, "", List.of(), 0, NOW, NOW).total()).isZero();
  }
}
