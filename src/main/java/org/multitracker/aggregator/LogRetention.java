package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Forgets what is older than the retention window: on PostgreSQL by dropping whole day
 * partitions (instant, no bloat; a day stays until all of it is older than the cutoff); on H2
 * by deleting log rows in slices of {@link #SLICE}, each in its own transaction (the connection
 * auto-commits), so no statement holds locks on millions of rows.
 */
final class LogRetention {
  static final int SLICE = 5000;

  private LogRetention() {}

  /** Returns how many log rows (H2) or partitions (PostgreSQL) went. */
  static long expire(Connection c, LogPartitions partitions, Instant cutoff) throws SQLException {
    LocalDate firstKept = BatchSummary.dayOf(cutoff);
    OffsetDateTime cutoffUtc = cutoff.atOffset(ZoneOffset.UTC);
    long gone;
    if (Dialect.of(c).partitions()) {
      gone = partitions.dropBefore(c, firstKept).size();
    } else {
      gone = slices(c, "DELETE FROM announce_log WHERE id IN (SELECT id FROM announce_log"
          + " WHERE announced_at < ? FETCH FIRST " + SLICE + " ROWS ONLY)", cutoffUtc);
      slices(c, "DELETE FROM rollup_day_peer WHERE \"day\" < ? FETCH FIRST " + SLICE
          + " ROWS ONLY", firstKept);
    }
    // The other rollups have a row per day and torrent, or per minute: one statement each.
    delete(c, "DELETE FROM rollup_day_torrent WHERE \"day\" < ?", firstKept);
    delete(c, "DELETE FROM rollup_minute WHERE minute_start < ?", cutoffUtc);
    return gone;
  }

  private static long slices(Connection c, String sql, Object bound) throws SQLException {
    long total = 0;
    int n;
    do {
      n = delete(c, sql, bound);
      total += n;
    } while (n > 0);
    return total;
  }

  private static int delete(Connection c, String sql, Object bound) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, bound);
      return s.executeUpdate();
    }
  }
}
