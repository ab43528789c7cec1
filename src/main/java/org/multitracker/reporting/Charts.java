package org.multitracker.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.multitracker.aggregator.StoredIds;

/**
 * The admin page's time charts: swarm sizes from the announce log, announces from rollup_minute.
 */
@ApplicationScoped
public class Charts {
  public static final int MAX_HOURS = 720;
  public static final int MAX_MINUTES = 10_080;
  // Up to 3 hours, minutes are worth drawing; beyond, hours keep the series short.
  static final int FINE_UNTIL_HOURS = 3;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** Distinct peer ids per bucket, and those of them that announced with nothing left. */
  public TimeSeries swarmSize(String infoHash, int hours, Instant now) {
    int seconds = hours <= FINE_UNTIL_HOURS ? 60 : 3600;
    Buckets b = Buckets.ending(now, seconds, hours * 3600 / seconds);
    String sql =
        "SELECT "
            + b.startSql()
            + ", COUNT(DISTINCT peer_id),"
            + " COUNT(DISTINCT CASE WHEN remaining = 0 THEN peer_id END)"
            + " FROM announce_log WHERE info_hash = ? AND announced_at >= ?"
            + " GROUP BY "
            + b.startSql();
    long[] peers = new long[b.count()];
    long[] seeds = new long[b.count()];
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(AnnounceLog.QUERY_TIMEOUT_SECONDS);
      s.setBytes(1, StoredIds.bytes(infoHash));
      s.setObject(2, b.start().atOffset(ZoneOffset.UTC));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int i = b.indexOf(r.getLong(1));
          if (i >= 0) {
            peers[i] = r.getLong(2);
            seeds[i] = r.getLong(3);
          }
        }
      }
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
    Map<String, long[]> series = new LinkedHashMap<>();
    series.put("peers", peers);
    series.put("seeds", seeds);
    return new TimeSeries(seconds, b.starts(), series);
  }

  /** Announces per minute over the whole cluster. */
  public TimeSeries announcesPerMinute(int minutes, Instant now) {
    Buckets b = Buckets.ending(now, 60, minutes);
    // rollup_minute (migration 5): one row per minute, whatever the size of the log.
    String sql =
        "SELECT "
            + b.startSql("minute_start")
            + ", announces FROM rollup_minute"
            + " WHERE minute_start >= ?";
    long[] counts = new long[b.count()];
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(AnnounceLog.QUERY_TIMEOUT_SECONDS);
      s.setObject(1, b.start().atOffset(ZoneOffset.UTC));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int i = b.indexOf(r.getLong(1));
          if (i >= 0) {
            counts[i] = r.getLong(2);
          }
        }
      }
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
    return new TimeSeries(60, b.starts(), Map.of("announces", counts));
  }
}
