package org.multitracker.reporting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a log query: the filter becomes a WHERE clause with parameters (never pasted
 * values). The address filter uses the ip_key column (migration 3), a range for a subnet.
 */
final class AnnounceSql {
  static final String COLUMNS =
      "id, announced_at, tracker, info_hash, peer_id, ip, port, uploaded, downloaded, remaining,"
          + " event, peer_key, user_agent";
  static final String ORDER = " ORDER BY announced_at DESC, id DESC";

  final String where;
  private final List<Object> params = new ArrayList<>();

  AnnounceSql(AnnounceFilter f) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    add(w, " AND info_hash = ?", f.infoHash());
    add(w, " AND peer_id = ?", f.peerId());
    if (f.ip() != null && f.ip().isSingleAddress()) {
      add(w, " AND ip_key = ?", f.ip().firstKey());
    } else if (f.ip() != null) {
      add(w, " AND ip_key >= ?", f.ip().firstKey());
      add(w, " AND ip_key <= ?", f.ip().lastKey());
    }
    add(w, " AND announced_at >= ?", f.from() == null ? null : f.from().atOffset(ZoneOffset.UTC));
    add(w, " AND announced_at < ?", f.to() == null ? null : f.to().atOffset(ZoneOffset.UTC));
    add(w, " AND event = ?", f.event());
    where = w.toString();
  }

  private void add(StringBuilder w, String condition, Object value) {
    if (value != null) {
      w.append(condition);
      params.add(value);
    }
  }

  /** Binds the filter's values from parameter 1; returns the next free index. */
  int bind(PreparedStatement s) throws SQLException {
    int i = 1;
    for (Object p : params) {
      s.setObject(i++, p);
    }
    return i;
  }

  static AnnounceRow row(ResultSet r) throws SQLException {
    return new AnnounceRow(
        r.getLong(1),
        r.getObject(2, OffsetDateTime.class).toInstant(),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        r.getInt(7),
        r.getLong(8),
        r.getLong(9),
        r.getLong(10),
        r.getString(11),
        r.getString(12),
        r.getString(13));
  }
}
