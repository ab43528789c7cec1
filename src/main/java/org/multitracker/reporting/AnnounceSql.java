package org.multitracker.reporting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.multitracker.aggregator.StoredIds;

/**
 * The SQL of a log query: the filter becomes a WHERE clause with parameters (never pasted values).
 * The address filter uses the ip_key column (migration 3), a range for a subnet.
 */
final class AnnounceSql {
  static final String COLUMNS =
      "a.id, a.announced_at, m.name, a.info_hash, a.peer_id, a.ip, a.port, a.uploaded,"
          + " a.downloaded, a.remaining, a.event, a.peer_key, u.name";
  // Member and user agent are ids into small dictionaries (migration 7).
  static final String FROM =
      " FROM announce_log a JOIN tracker_names m ON m.id = a.tracker_id"
          + " LEFT JOIN user_agents u ON u.id = a.user_agent_id";
  static final String ORDER = " ORDER BY a.announced_at DESC, a.id DESC";

  final String where;
  private final List<Object> params = new ArrayList<>();

  AnnounceSql(AnnounceFilter f) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    // Ids and address keys are stored as bytes (migration 7).
    add(w, " AND a.info_hash = ?", StoredIds.bytes(f.infoHash()));
    add(w, " AND a.peer_id = ?", StoredIds.bytes(f.peerId()));
    if (f.ip() != null && f.ip().isSingleAddress()) {
      add(w, " AND a.ip_key = ?", StoredIds.bytes(f.ip().firstKey()));
    } else if (f.ip() != null) {
      add(w, " AND a.ip_key >= ?", StoredIds.bytes(f.ip().firstKey()));
      add(w, " AND a.ip_key <= ?", StoredIds.bytes(f.ip().lastKey()));
    }
    add(w, " AND a.announced_at >= ?", f.from() == null ? null : f.from().atOffset(ZoneOffset.UTC));
    add(w, " AND a.announced_at < ?", f.to() == null ? null : f.to().atOffset(ZoneOffset.UTC));
    add(w, " AND a.event = ?", f.event() == null ? null : StoredIds.eventCode(f.event()));
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
        StoredIds.hex(r.getBytes(4)),
        StoredIds.hex(r.getBytes(5)),
        r.getString(6),
        r.getInt(7),
        r.getLong(8),
        r.getLong(9),
        r.getLong(10),
        StoredIds.eventName(r.getInt(11)),
        r.getString(12),
        r.getString(13));
  }
}
