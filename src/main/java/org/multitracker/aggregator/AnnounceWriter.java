package org.multitracker.aggregator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.multitracker.aggregator.BatchSummary.DayKey;
import org.multitracker.aggregator.BatchSummary.PeerKey;
import org.multitracker.network.IpKey;

/**
 * Writes one batch of announces, set-based, on the caller's connection and transaction: the log
 * with multi-row inserts, then one upsert per table for peer_state, torrent_totals and the rollups,
 * from the batch collapsed in memory ({@link BatchSummary}).
 *
 * <p>Plain JDBC, not JPA: the firehose writes rows nobody reads back in the same transaction, and
 * JPA would track an entity per announce and could not express the upserts (ON CONFLICT, MERGE)
 * that make a batch a handful of statements instead of thousands.
 */
final class AnnounceWriter {
  private static final String LOG_COLUMNS =
      "id, announced_at, uploaded, downloaded, remaining,"
          + " port, tracker_id, user_agent_id, event, info_hash, peer_id, ip, ip_key, peer_key";
  private static final Dictionary TRACKERS = new Dictionary("tracker_names");
  private static final Dictionary USER_AGENTS = new Dictionary("user_agents");
  private static final int SEQUENCE_BLOCK = 500; // announce_log_seq's increment (migration 1)

  private final Connection c;
  private final Dialect dialect;

  AnnounceWriter(Connection c) throws SQLException {
    this.c = c;
    this.dialect = Dialect.of(c);
  }

  Dialect dialect() {
    return dialect;
  }

  /** Writes the batch; the caller commits (or rolls back and keeps the batch). */
  void write(List<AnnounceRecord> batch, LogPartitions partitions) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    BatchSummary s = BatchSummary.of(batch, storedPeers(batch));
    if (dialect.partitions()) {
      partitions.ensure(c, s.dayDates);
    }
    insertLog(batch);
    upsertPeers(s);
    upsertTotals(s);
    Map<DayKey, Long> newPeers = insertDayPeers(s);
    upsertDays(s, newPeers);
    upsertMinutes(s);
  }

  /** The stored states of the batch's peers: a superset query through peer_state's key. */
  private Map<PeerKey, PeerRow> storedPeers(List<AnnounceRecord> batch) throws SQLException {
    Map<PeerKey, PeerRow> stored = new HashMap<>();
    for (int i = 0; i < batch.size(); i += MultiRow.ROWS) {
      List<AnnounceRecord> chunk = batch.subList(i, Math.min(batch.size(), i + MultiRow.ROWS));
      List<String> hashes = chunk.stream().map(AnnounceRecord::infoHash).distinct().toList();
      List<String> peers = chunk.stream().map(AnnounceRecord::peerId).distinct().toList();
      String sql =
          "SELECT info_hash, peer_id, ip, port, uploaded, downloaded, remaining,"
              + " last_event, first_seen, last_seen, trackers FROM peer_state WHERE info_hash IN ("
              + "?, ".repeat(hashes.size() - 1)
              + "?) AND peer_id IN ("
              + "?, ".repeat(peers.size() - 1)
              + "?)";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int p = 1;
        for (String h : hashes) {
          ps.setBytes(p++, StoredIds.bytes(h));
        }
        for (String id : peers) {
          ps.setBytes(p++, StoredIds.bytes(id));
        }
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            PeerRow row =
                new PeerRow(
                    StoredIds.hex(r.getBytes(1)),
                    StoredIds.hex(r.getBytes(2)),
                    r.getString(3),
                    r.getInt(4),
                    r.getLong(5),
                    r.getLong(6),
                    r.getLong(7),
                    r.getString(8),
                    instant(r, 9),
                    instant(r, 10),
                    r.getString(11));
            stored.put(new PeerKey(row.infoHash(), row.peerId()), row);
          }
        }
      }
    }
    return stored;
  }

  private void insertLog(List<AnnounceRecord> batch) throws SQLException {
    Map<String, Integer> trackers =
        TRACKERS.ids(c, dialect, batch.stream().map(AnnounceRecord::tracker).toList());
    Map<String, Integer> agents =
        USER_AGENTS.ids(c, dialect, batch.stream().map(AnnounceRecord::userAgent).toList());
    List<Object[]> rows = new ArrayList<>(batch.size());
    long id = 0;
    for (AnnounceRecord r : batch) {
      if (rows.size() % SEQUENCE_BLOCK == 0) {
        id = nextBlock(); // ids id .. id + 499 are ours: the sequence steps by 500
      }
      rows.add(
          new Object[] {
            id++,
            utc(r.at()),
            r.uploaded(),
            r.downloaded(),
            r.left(),
            r.port(),
            trackers.get(r.tracker()),
            r.userAgent() == null ? null : agents.get(r.userAgent()),
            StoredIds.eventCode(r.event()),
            StoredIds.bytes(r.infoHash()),
            StoredIds.bytes(r.peerId()),
            r.ip(),
            StoredIds.bytes(IpKey.ofLiteral(r.ip())),
            r.key()
          });
    }
    MultiRow.execute(
        c, "INSERT INTO announce_log (" + LOG_COLUMNS + ")", MultiRow.placeholders(14), "", rows);
  }

  private long nextBlock() throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT nextval('announce_log_seq')");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private void upsertPeers(BatchSummary s) throws SQLException {
    List<Object[]> rows = new ArrayList<>(s.peers.size());
    for (PeerRow p : s.peers.values()) {
      rows.add(
          new Object[] {
            StoredIds.bytes(p.infoHash()),
            StoredIds.bytes(p.peerId()),
            p.ip(),
            p.port(),
            p.uploaded(),
            p.downloaded(),
            p.remaining(),
            p.lastEvent(),
            utc(p.firstSeen()),
            utc(p.lastSeen()),
            p.trackers()
          });
    }
    String columns =
        "info_hash, peer_id, ip, port, uploaded, downloaded, remaining, last_event,"
            + " first_seen, last_seen, trackers";
    if (dialect == Dialect.POSTGRESQL) {
      MultiRow.execute(
          c,
          "INSERT INTO peer_state (" + columns + ")",
          MultiRow.placeholders(11),
          " ON CONFLICT (info_hash, peer_id) DO UPDATE SET ip = EXCLUDED.ip, port = EXCLUDED.port,"
              + " uploaded = EXCLUDED.uploaded, downloaded = EXCLUDED.downloaded,"
              + " remaining = EXCLUDED.remaining, last_event = EXCLUDED.last_event,"
              + " last_seen = EXCLUDED.last_seen, trackers = EXCLUDED.trackers",
          rows);
    } else {
      MultiRow.execute(
          c,
          "MERGE INTO peer_state (" + columns + ") KEY (info_hash, peer_id)",
          MultiRow.placeholders(11),
          "",
          rows);
    }
  }

  private void upsertTotals(BatchSummary s) throws SQLException {
    List<Object[]> rows = new ArrayList<>(s.torrents.size());
    s.torrents.forEach(
        (hash, t) ->
            rows.add(
                new Object[] {
                  StoredIds.bytes(hash),
                  t.announces,
                  t.completions,
                  utc(t.firstSeen),
                  utc(t.lastSeen)
                }));
    Upsert.upsertAdding(
        c,
        dialect,
        "torrent_totals",
        new String[] {"info_hash"},
        new String[] {
          "VARBINARY(20)",
          "BIGINT",
          "BIGINT",
          "TIMESTAMP WITH TIME ZONE",
          "TIMESTAMP WITH TIME ZONE"
        },
        new String[] {"announces", "completions"},
        "first_seen",
        "last_seen",
        rows);
  }

  /**
   * Adds the batch's peers to rollup_day_peer, ignoring those already there; returns how many were
   * new per day and torrent: the growth of that day's distinct peers.
   */
  private Map<DayKey, Long> insertDayPeers(BatchSummary s) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    s.days.forEach(
        (k, d) ->
            d.peers.forEach(
                p ->
                    rows.add(
                        new Object[] {
                          k.day(), StoredIds.bytes(k.infoHash()), StoredIds.bytes(p)
                        })));
    Map<DayKey, Long> added = new HashMap<>();
    if (dialect == Dialect.POSTGRESQL) {
      MultiRow.execute(
          c,
          "INSERT INTO rollup_day_peer (\"day\", info_hash, peer_id)",
          MultiRow.placeholders(3),
          " ON CONFLICT DO NOTHING RETURNING \"day\", info_hash",
          rows,
          r ->
              added.merge(
                  new DayKey(r.getObject(1, LocalDate.class), StoredIds.hex(r.getBytes(2))),
                  1L,
                  Long::sum));
      return added;
    }
    // H2: a batch of one-row merges, whose update counts say which rows were new.
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO rollup_day_peer t USING (VALUES (CAST(? AS DATE), CAST(? AS VARBINARY(20)),"
                + " CAST(? AS VARBINARY(20)))) s(d, h, p) ON t.\"day\" = s.d AND t.info_hash = s.h"
                + " AND t.peer_id = s.p WHEN NOT MATCHED THEN INSERT (\"day\", info_hash, peer_id)"
                + " VALUES (s.d, s.h, s.p)")) {
      for (Object[] row : rows) {
        for (int i = 0; i < 3; i++) {
          ps.setObject(i + 1, row[i]);
        }
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          added.merge(
              new DayKey((LocalDate) rows.get(i)[0], StoredIds.hex((byte[]) rows.get(i)[1])),
              1L,
              Long::sum);
        }
      }
    }
    return added;
  }

  private void upsertDays(BatchSummary s, Map<DayKey, Long> newPeers) throws SQLException {
    List<Object[]> rows = new ArrayList<>(s.days.size());
    s.days.forEach(
        (k, d) ->
            rows.add(
                new Object[] {
                  k.day(),
                  StoredIds.bytes(k.infoHash()),
                  newPeers.getOrDefault(k, 0L),
                  d.announces,
                  d.completions,
                  d.uploaded,
                  d.downloaded
                }));
    Upsert.upsertAdding(
        c,
        dialect,
        "rollup_day_torrent",
        new String[] {"\"day\"", "info_hash"},
        new String[] {"DATE", "VARBINARY(20)", "BIGINT", "BIGINT", "BIGINT", "BIGINT", "BIGINT"},
        new String[] {"unique_peers", "announces", "completions", "uploaded", "downloaded"},
        null,
        null,
        rows);
  }

  private void upsertMinutes(BatchSummary s) throws SQLException {
    List<Object[]> rows = new ArrayList<>(s.minutes.size());
    s.minutes.forEach((minute, n) -> rows.add(new Object[] {utc(minute), n}));
    Upsert.upsertAdding(
        c,
        dialect,
        "rollup_minute",
        new String[] {"minute_start"},
        new String[] {"TIMESTAMP WITH TIME ZONE", "BIGINT"},
        new String[] {"announces"},
        null,
        null,
        rows);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    return r.getObject(column, OffsetDateTime.class).toInstant();
  }
}
