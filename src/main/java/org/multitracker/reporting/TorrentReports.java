package org.multitracker.reporting;

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
import org.multitracker.aggregator.StoredIds;

/** Per-torrent reports from the rollups of migration 5 and torrent_totals. Days are UTC days. */
@ApplicationScoped
public class TorrentReports {
  public static final int MAX_DAYS = 366;
  public static final int MAX_LIMIT = 1000;

  /** A peer counts as current when it announced within this and its last event was not stopped. */
  public static final Duration CURRENT = Duration.ofHours(1);

  // One row per day from the rollups (migration 5), whatever the size of the log.
  private static final String DAILY =
      "SELECT \"day\", unique_peers, completions, uploaded, downloaded FROM rollup_day_torrent"
          + " WHERE info_hash = ? AND \"day\" >= ? AND \"day\" <= ?";

  private static final String TORRENTS =
      "SELECT t.info_hash, COALESCE(s.peers, 0) AS peers, COALESCE(s.seeds, 0) AS seeds,"
          + " t.completions, t.announces, t.last_seen FROM torrent_totals t"
          + " LEFT JOIN (SELECT info_hash, COUNT(*) AS peers,"
          + " CAST(SUM(CASE WHEN remaining = 0 THEN 1 ELSE 0 END) AS BIGINT) AS seeds"
          + " FROM peer_state WHERE last_seen >= ? AND last_event <> 'stopped'"
          + " GROUP BY info_hash) s"
          + " ON s.info_hash = t.info_hash"
          + " ORDER BY peers DESC, t.last_seen DESC, t.info_hash FETCH FIRST ? ROWS ONLY";

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** The last {@code days} days up to {@code today}, oldest first, days without data as zeros. */
  public List<DailyFigures> dailyPeers(String infoHash, int days, LocalDate today) {
    LocalDate first = today.minusDays(days - 1L);
    long[][] figures = new long[days][4];
    try (Connection c = dataSource.getConnection()) {
      fill(c, DAILY, figures, 0, first, StoredIds.bytes(infoHash), first, today);
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
  private static void fill(
      Connection c, String sql, long[][] figures, int column, LocalDate first, Object... params)
      throws SQLException {
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
          out.add(
              new TorrentSummary(
                  StoredIds.hex(r.getBytes(1)),
                  r.getLong(2),
                  r.getLong(3),
                  r.getLong(4),
                  r.getLong(5),
                  r.getObject(6, OffsetDateTime.class).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
  }
}
