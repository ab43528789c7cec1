package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 7.1, H2 only: copies the rows of the tables that db-migrations/h2/V7 renamed to *_v6
 * into the compact tables it made, hex turned into bytes (H2's SQL cannot do that), then drops the
 * old tables. PostgreSQL did all of it in SQL (decode) in its V7: nothing to do there. Rows are
 * read with a cursor and written in multi-row inserts, so memory stays bounded.
 */
public class CompactIdsCopy extends NamedJavaMigration {
  public CompactIdsCopy() {
    super("7.1", "compact ids copy (H2)");
  }

  private static final int FETCH = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    if (Dialect.of(c) == Dialect.POSTGRESQL) {
      return;
    }
    copy(
        c,
        "SELECT o.id, o.announced_at, o.uploaded, o.downloaded, o.remaining, o.port, t.id, u.id,"
            + " CASE o.event WHEN 'started' THEN 1 WHEN 'completed' THEN 2 WHEN 'stopped' THEN 3"
            + " ELSE 0 END, o.info_hash, o.peer_id, o.ip, o.ip_key, o.peer_key FROM announce_log_v6"
            + " o JOIN tracker_names t ON t.name = o.tracker LEFT JOIN user_agents u ON u.name ="
            + " o.user_agent",
        "INSERT INTO announce_log (id, announced_at, uploaded, downloaded, remaining, port,"
            + " tracker_id, user_agent_id, event, info_hash, peer_id, ip, ip_key, peer_key)",
        14,
        Set.of(10, 11, 13));
    copy(
        c,
        "SELECT info_hash, peer_id, ip, port, uploaded, downloaded, remaining, last_event,"
            + " first_seen, last_seen, trackers FROM peer_state_v6",
        "INSERT INTO peer_state (info_hash, peer_id, ip, port, uploaded, downloaded, remaining,"
            + " last_event, first_seen, last_seen, trackers)",
        11,
        Set.of(1, 2));
    copy(
        c,
        "SELECT info_hash, announces, completions, first_seen, last_seen"
            + " FROM torrent_totals_v6",
        "INSERT INTO torrent_totals (info_hash, announces, completions, first_seen, last_seen)",
        5,
        Set.of(1));
    copy(
        c,
        "SELECT \"day\", info_hash, peer_id FROM rollup_day_peer_v6",
        "INSERT INTO rollup_day_peer (\"day\", info_hash, peer_id)",
        3,
        Set.of(2, 3));
    copy(
        c,
        "SELECT \"day\", info_hash, unique_peers, announces, completions, uploaded, downloaded"
            + " FROM rollup_day_torrent_v6",
        "INSERT INTO rollup_day_torrent (\"day\", info_hash,"
            + " unique_peers, announces, completions, uploaded, downloaded)",
        7,
        Set.of(2));
    try (Statement s = c.createStatement()) {
      for (String t :
          List.of(
              "announce_log",
              "peer_state",
              "torrent_totals",
              "rollup_day_peer",
              "rollup_day_torrent")) {
        s.execute("DROP TABLE " + t + "_v6");
      }
    }
  }

  /** Copies the rows of a query into an insert; the hex columns (1-based) become bytes. */
  private static void copy(
      Connection c, String select, String insert, int columns, Set<Integer> hex)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(select)) {
      s.setFetchSize(FETCH);
      try (ResultSet r = s.executeQuery()) {
        List<Object[]> rows = new ArrayList<>();
        while (r.next()) {
          Object[] row = new Object[columns];
          for (int i = 1; i <= columns; i++) {
            row[i - 1] =
                hex.contains(i) ? StoredIds.bytes(trimmed(r.getString(i))) : r.getObject(i);
          }
          rows.add(row);
          if (rows.size() == MultiRow.ROWS) {
            MultiRow.execute(c, insert, MultiRow.placeholders(columns), "", rows);
            rows.clear();
          }
        }
        MultiRow.execute(c, insert, MultiRow.placeholders(columns), "", rows);
      }
    }
  }

  private static String trimmed(String s) {
    return s == null ? null : s.trim();
  }
}
