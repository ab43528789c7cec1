package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Forgets what is older than the retention window: on PostgreSQL by dropping whole day partitions
 * (instant, no bloat; a day stays until all of it is older than the cutoff); on H2 by deleting log
 * rows. Rows go in slices of {@link Budget#slice} rows, each in its own transaction (the connection
 * auto-commits), so no statement holds locks on millions of rows; and one run deletes at most
 * {@link Budget#perRun} rows, so a large backlog is worked off over several runs instead of holding
 * the database for one long one.
 */
final class LogRetention {
  /** How many rows one statement, and one run, may delete. */
  record Budget(int slice, int perRun) {
    static final Budget DEFAULT = new Budget(5000, 100_000);
  }

  /** What one run removed (log rows on H2, partitions on PostgreSQL); more: rows may remain. */
  record Outcome(long gone, boolean more) {}

  private LogRetention() {}

  static Outcome expire(Connection c, LogPartitions partitions, Instant cutoff, Budget budget)
      throws SQLException {
    LocalDate firstKept = BatchSummary.dayOf(cutoff);
    OffsetDateTime cutoffUtc = cutoff.atOffset(ZoneOffset.UTC);
    Slicer slicer = new Slicer(c, budget);
    long gone;
    if (Dialect.of(c).partitions()) {
      gone = partitions.dropBefore(c, firstKept).size();
    } else {
      gone =
          slicer.delete(
              "DELETE FROM announce_log WHERE id IN (SELECT id FROM announce_log"
                  + " WHERE announced_at < ? FETCH FIRST %d ROWS ONLY)",
              cutoffUtc);
      slicer.delete(
          "DELETE FROM rollup_day_peer WHERE \"day\" < ? FETCH FIRST %d ROWS ONLY", firstKept);
    }
    // Not partitioned on either database: a row per day and torrent, or per minute.
    slicer.delete(
        "DELETE FROM rollup_day_torrent WHERE (info_hash, \"day\") IN (SELECT info_hash, \"day\""
            + " FROM rollup_day_torrent WHERE \"day\" < ? FETCH FIRST %d ROWS ONLY)",
        firstKept);
    slicer.delete(
        "DELETE FROM rollup_minute WHERE minute_start IN (SELECT minute_start FROM"
            + " rollup_minute WHERE minute_start < ? FETCH FIRST %d ROWS ONLY)",
        cutoffUtc);
    return new Outcome(gone, slicer.spent());
  }

  /** Deletes slice by slice until a table is done or the run's budget is spent. */
  private static final class Slicer {
    private final Connection c;
    private final int slice;
    private int left;

    Slicer(Connection c, Budget budget) {
      this.c = c;
      this.slice = budget.slice();
      this.left = budget.perRun();
    }

    /** sql has one ? (the bound) and one %d (the slice's rows). */
    long delete(String sql, Object bound) throws SQLException {
      long total = 0;
      while (left > 0) {
        int want = Math.min(slice, left);
        int n;
        try (PreparedStatement s = c.prepareStatement(String.format(sql, want))) {
          s.setObject(1, bound);
          n = s.executeUpdate();
        }
        total += n;
        left -= n;
        if (n < want) {
          break; // this table has nothing older left
        }
      }
      return total;
    }

    /** True when the budget ran out, so older rows may still be there. */
    boolean spent() {
      return left <= 0;
    }
  }
}
