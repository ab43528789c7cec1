package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Rebuilds the rollups (rollup_day_peer, rollup_day_torrent, rollup_minute) of some UTC days from
 * the announce log, one day at a time. Migration 6 runs it over the whole log of an upgraded
 * database; operators run it from the admin page (after editing the log by hand, for instance).
 * Figures are those the ingest keeps, with one difference: a peer's byte counters grow from its
 * previous announce within the day before, where the ingest knows its previous announce however old
 * (peer_state); a peer silent for over a day counts from 0 here.
 */
public class RollupRebuild extends NamedJavaMigration {
  public RollupRebuild() {
    super("6", "rollups from the announce log");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    // Before migration 7 the event is stored by name.
    rebuildAll(context.getConnection(), new LogPartitions(), false, "event = 'completed'");
  }

  /** The condition on announce_log that selects completions, once migration 7 numbered events. */
  static final String COMPLETED = "event = " + StoredIds.eventCode("completed");

  /** Rebuilds every day the log holds; returns how many days. */
  static int rebuildAll(
      Connection c, LogPartitions partitions, boolean commitEachDay, String completed)
      throws SQLException {
    List<LocalDate> days = logDays(c);
    for (LocalDate day : days) {
      rebuildDay(c, partitions, day, completed);
      if (commitEachDay) {
        c.commit();
      }
    }
    return days.size();
  }

  /** The UTC days between the log's first and last announce. */
  static List<LocalDate> logDays(Connection c) throws SQLException {
    List<LocalDate> days = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT MIN(announced_at), MAX(announced_at) FROM announce_log")) {
      r.next();
      OffsetDateTime first = r.getObject(1, OffsetDateTime.class);
      OffsetDateTime last = r.getObject(2, OffsetDateTime.class);
      if (first != null) {
        LocalDate end = BatchSummary.dayOf(last.toInstant());
        for (LocalDate d = BatchSummary.dayOf(first.toInstant());
            !d.isAfter(end);
            d = d.plusDays(1)) {
          days.add(d);
        }
      }
    }
    return days;
  }

  /** Replaces the rollups of one UTC day with figures computed from that day's log. */
  static void rebuildDay(Connection c, LogPartitions partitions, LocalDate day, String completed)
      throws SQLException {
    Dialect dialect = Dialect.of(c);
    if (dialect.partitions()) {
      partitions.ensure(c, List.of(day));
    }
    OffsetDateTime from = day.atStartOfDay().atOffset(ZoneOffset.UTC);
    OffsetDateTime to = from.plusDays(1);
    String utcDay = dialect.utcDay("announced_at");
    List<String> session = dialect.utcSession();
    if (!session.isEmpty()) {
      try (Statement s = c.createStatement()) {
        s.execute(session.get(0));
      }
    }
    try {
      run(c, "DELETE FROM rollup_day_peer WHERE \"day\" = ?", day);
      run(c, "DELETE FROM rollup_day_torrent WHERE \"day\" = ?", day);
      run(c, "DELETE FROM rollup_minute WHERE minute_start >= ? AND minute_start < ?", from, to);
      run(
          c,
          "INSERT INTO rollup_day_peer (\"day\", info_hash, peer_id)"
              + " SELECT DISTINCT "
              + utcDay
              + ", info_hash, peer_id FROM announce_log"
              + " WHERE announced_at >= ? AND announced_at < ?",
          from,
          to);
      // Each announce adds how much its peer's counters grew since its previous announce (in
      // the order the aggregator wrote them: by id); the scan starts a day early for those.
      run(
          c,
          "INSERT INTO rollup_day_torrent (\"day\", info_hash, unique_peers, announces,"
              + " completions, uploaded, downloaded) SELECT a.d, a.info_hash, COALESCE(p.n, 0),"
              + " a.announces, a.completions, a.up, a.down FROM (SELECT "
              + utcDay
              + " AS d, info_hash, COUNT(*) AS announces,"
              + " CAST(SUM(CASE WHEN "
              + completed
              + " THEN 1 ELSE 0 END) AS BIGINT) AS completions,"
              + " CAST(SUM(CASE WHEN prev_up IS NULL OR uploaded < prev_up THEN uploaded"
              + " ELSE uploaded - prev_up END) AS BIGINT) AS up,"
              + " CAST(SUM(CASE WHEN prev_down IS NULL OR downloaded < prev_down THEN downloaded"
              + " ELSE downloaded - prev_down END) AS BIGINT) AS down"
              + " FROM (SELECT announced_at, info_hash, event, uploaded, downloaded,"
              + " LAG(uploaded) OVER (PARTITION BY info_hash, peer_id ORDER BY id) AS prev_up,"
              + " LAG(downloaded) OVER (PARTITION BY info_hash, peer_id ORDER BY id) AS prev_down"
              + " FROM announce_log WHERE announced_at >= ? AND announced_at < ?) x"
              + " WHERE announced_at >= ? GROUP BY "
              + utcDay
              + ", info_hash) a"
              + " LEFT JOIN (SELECT info_hash, COUNT(*) AS n FROM rollup_day_peer WHERE \"day\" = ?"
              + " GROUP BY info_hash) p ON p.info_hash = a.info_hash",
          from.minusDays(1),
          to,
          from,
          day);
      run(
          c,
          "INSERT INTO rollup_minute (minute_start, announces) SELECT DATE_TRUNC('minute',"
              + " announced_at), COUNT(*) FROM announce_log WHERE announced_at >= ? AND"
              + " announced_at < ? GROUP BY DATE_TRUNC('minute', announced_at)",
          from,
          to);
    } finally {
      if (!session.isEmpty()) {
        try (Statement s = c.createStatement()) {
          s.execute(session.get(1));
        }
      }
    }
  }

  private static void run(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }
}
