package org.multitracker.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.multitracker.reporting.entity.DailyFigures;
import org.multitracker.reporting.entity.TorrentSummary;

/**
 * Per-torrent reports from the views of migration 2. Days are calendar days in the database
 * session's time zone, which the JDBC drivers set to the server JVM's: run the server in UTC
 * for UTC days (the views' own rule, see V2__report_views.sql).
 */
@ApplicationScoped
public class TorrentReports {
  public static final int MAX_DAYS = 366;
  public static final int MAX_LIMIT = 1000;
  /** A peer counts as current when it announced within this and its last event was not stopped. */
  public static final Duration CURRENT = Duration.ofHours(1);

  // Bytes per day: each announce adds how much its peer's counters grew since its previous
  // announce (counters are per session, so a lower value is a new session counted from 0).
  // The scan starts a day early so the first announce of the window has its predecessor.
  private static final String BYTES_PER_DAY =
      "SELECT CAST(announced_at AS DATE),"
          + " CAST(SUM(CASE WHEN prev_up IS NULL OR uploaded < prev_up THEN uploaded"
          + " ELSE uploaded - prev_up END) AS BIGINT),"
          + " CAST(SUM(CASE WHEN prev_down IS NULL OR downloaded < prev_down THEN downloaded"
          + " ELSE downloaded - prev_down END) AS BIGINT)"
          + " FROM (SELECT announced_at, uploaded, downloaded,"
          + " LAG(uploaded) OVER (PARTITION BY peer_id ORDER BY announced_at, id) AS prev_up,"
          + " LAG(downloaded) OVER (PARTITION BY peer_id ORDER BY announced_at, id) AS prev_down"
          + " FROM announce_log WHERE info_hash = ? AND CAST(announced_at AS DATE) >= ?) x"
          + " WHERE CAST(announced_at AS DATE) >= ? GROUP BY CAST(announced_at AS DATE)";

  private static final String TORRENTS =
      "SELECT t.info_hash, COALESCE(s.peers, 0) AS peers, COALESCE(s.seeds, 0) AS seeds,"
          + " t.completions, t.announces, t.last_seen FROM torrent_totals t"
          + " LEFT JOIN (SELECT info_hash, COUNT(*) AS peers, CAST(SUM(seed) AS BIGINT) AS seeds"
          + " FROM report_current_swarm WHERE last_seen >= ? GROUP BY info_hash) s"
          + " ON s.info_hash = t.info_hash"
          + " ORDER BY peers DESC, t.last_seen DESC, t.info_hash FETCH FIRST ? ROWS ONLY";

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** The last {@code days} days up to {@code today}, oldest first, days without data as zeros. */
  public List<DailyFigures> dailyPeers(String infoHash, int days, LocalDate today) {
    LocalDate first = today.minusDays(days - 1L);
    long[][] figures = new long[days][4];
    try (Connection c = dataSource.getConnection()) {
      fill(c, "SELECT \"day\", unique_peers FROM report_daily_unique_peers"
          + " WHERE info_hash = ? AND \"day\" >= ?", figures, 0, first, infoHash, first);
      fill(c, "SELECT \"day\", completions FROM report_completions_per_day"
          + " WHERE info_hash = ? AND \"day\" >= ?", figures, 1, first, infoHash, first);
      fill(c, BYTES_PER_DAY, figures, 2, first, infoHash, first.minusDays(1), first);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
    List<DailyFigures> out = new ArrayList<>(days);
    for (int i = 0; i < days; i++) {
      long[] f = figures[i];
      out.add(new DailyFigures(first.plusDays(i), f[0], f[1], f[2], f[3]));
    }
    return out;
  }

  /** Reads (day, value...) rows into figures[day - first][column...]. */
  private static void fill(Connection c, String sql, long[][] figures, int column,
      LocalDate first, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(AnnounceLog.QUERY_TIMEOUT_SECONDS);
      for (int p = 0; p < params.length; p++) {
        s.setObject(p + 1, params[p]);
      }
      try (ResultSet r = s.executeQuery()) {
        int values = r.getMetaData().getColumnCount() - 1;
        while (r.next()) {
          long i = r.getObject(1, LocalDate.class).toEpochDay() - first.toEpochDay();
          if (i >= 0 && i < figures.length) {
            for (int v = 0; v < values; v++) {
              figures[(int) i][column + v] = r.getLong(2 + v);
            }
          }
        }
      }
    }
  }

  /** The cluster's torrents, most current peers first. */
  public List<TorrentSummary> torrents(int limit, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(TORRENTS)) {
      s.setQueryTimeout(AnnounceLog.QUERY_TIMEOUT_SECONDS);
      s.setObject(1, now.minus(CURRENT).atOffset(ZoneOffset.UTC));
      s.setInt(2, limit);
      List<TorrentSummary> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new TorrentSummary(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4),
              r.getLong(5), r.getObject(6, OffsetDateTime.class).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
  }
}
