package org.multitracker.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import javax.sql.DataSource;
import org.multitracker.aggregator.StoredIds;
import org.multitracker.reporting.TorrentListing.Sort;

/**
 * The aggregator's torrent list from the database: every torrent seen within the retention window
 * (torrent_totals), a page at a time, with today's distinct peers from rollup_day_torrent and
 * current peers from peer_state. Only the sort by current peers counts them for every torrent
 * (through peer_state's last_seen index: its cost follows the active peers, not the log); the other
 * sorts count them for the page's torrents only.
 */
@ApplicationScoped
public class ClusterTorrents {
  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  private static final String CURRENT =
      "SELECT info_hash, COUNT(*) AS peers FROM peer_state"
          + " WHERE last_seen >= ? AND last_event <> 'stopped'";

  /**
   * @param since torrents last seen before this are left out (the retention window)
   * @param page from 0
   */
  public TorrentListing list(
      Sort sort, String search, List<String> nameMatches, int page, Instant since, Instant now) {
    Filter filter = Filter.of(search, nameMatches, since);
    Instant current = now.minus(TorrentReports.CURRENT);
    boolean byPeers = sort == Sort.PEERS;
    List<Object> all = new ArrayList<>();
    all.add(LocalDate.ofInstant(now, ZoneOffset.UTC));
    if (byPeers) {
      all.add(utc(current));
    }
    all.addAll(filter.params());
    all.add((long) page * TorrentListing.PAGE_SIZE);
    all.add(TorrentListing.PAGE_SIZE);
    try (Connection c = dataSource.getConnection()) {
      long total =
          count(c, "SELECT COUNT(*) FROM torrent_totals t" + filter.where(), filter.params());
      List<Object[]> raw = read(c, listSql(sort, filter.where()), all, byPeers);
      Map<String, Long> peers = byPeers ? null : currentPeers(c, raw, current);
      List<ClusterTorrent> rows = new ArrayList<>();
      for (Object[] x : raw) {
        String hash = (String) x[0];
        long n = byPeers ? (Long) x[5] : peers.getOrDefault(hash, 0L);
        rows.add(
            new ClusterTorrent(hash, n, (Long) x[1], (Long) x[2], (Long) x[3], (Instant) x[4]));
      }
      return new TorrentListing(sort, search, nameMatches, page, total, List.copyOf(rows));
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
  }

  /** The WHERE clause of the list and of its count, with its parameters. */
  private record Filter(String where, List<Object> params) {
    static Filter of(String search, List<String> nameMatches, Instant since) {
      List<Object> params = new ArrayList<>();
      StringBuilder where = new StringBuilder(" WHERE t.last_seen >= ?");
      params.add(utc(since));
      if (search.isEmpty()) {
        return new Filter(where.toString(), params);
      }
      String prefix = TorrentListing.hashPrefix(search);
      List<String> ors = new ArrayList<>();
      if (prefix != null) {
        // A range of the stored bytes (migration 7): the primary key's index serves it.
        ors.add("(t.info_hash >= ? AND t.info_hash <= ?)");
        params.add(StoredIds.bytes(padded(prefix, '0')));
        params.add(StoredIds.bytes(padded(prefix, 'f')));
      }
      if (!nameMatches.isEmpty()) {
        ors.add("t.info_hash IN (" + "?, ".repeat(nameMatches.size() - 1) + "?)");
        nameMatches.forEach(h -> params.add(StoredIds.bytes(h)));
      }
      where.append(ors.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", ors) + ")");
      return new Filter(where.toString(), params);
    }
  }

  private static String listSql(Sort sort, String where) {
    boolean byPeers = sort == Sort.PEERS;
    String order =
        switch (sort) {
          case PEERS -> "peers DESC, t.last_seen DESC";
          case TODAY -> "today DESC, t.last_seen DESC";
          case COMPLETIONS -> "t.completions DESC, t.last_seen DESC";
          case LAST_SEEN -> "t.last_seen DESC";
        };
    return "SELECT t.info_hash, COALESCE(d.unique_peers, 0) AS today, t.completions,"
        + " t.announces, t.last_seen"
        + (byPeers ? ", COALESCE(s.peers, 0) AS peers" : "")
        + " FROM torrent_totals t LEFT JOIN rollup_day_torrent d ON d.info_hash = t.info_hash"
        + " AND d.\"day\" = ?"
        + (byPeers
            ? " LEFT JOIN (" + CURRENT + " GROUP BY info_hash) s ON s.info_hash = t.info_hash"
            : "")
        + where
        + " ORDER BY "
        + order
        + ", t.info_hash OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
  }

  /** hex, today, completions, announces, last seen, peers (0 unless sorted by peers). */
  private static List<Object[]> read(Connection c, String sql, List<Object> params, boolean byPeers)
      throws SQLException {
    List<Object[]> raw = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        raw.add(
            new Object[] {
              StoredIds.hex(r.getBytes(1)),
              r.getLong(2),
              r.getLong(3),
              r.getLong(4),
              r.getObject(5, OffsetDateTime.class).toInstant(),
              byPeers ? r.getLong(6) : 0L
            });
      }
    }
    return raw;
  }

  private static Map<String, Long> currentPeers(Connection c, List<Object[]> rows, Instant since)
      throws SQLException {
    Map<String, Long> peers = new HashMap<>();
    if (rows.isEmpty()) {
      return peers;
    }
    List<Object> params = new ArrayList<>();
    params.add(utc(since));
    rows.forEach(r -> params.add(StoredIds.bytes((String) r[0])));
    String sql =
        CURRENT
            + " AND info_hash IN ("
            + "?, ".repeat(rows.size() - 1)
            + "?)"
            + " GROUP BY info_hash";
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        peers.put(StoredIds.hex(r.getBytes(1)), r.getLong(2));
      }
    }
    return peers;
  }

  /** A hex prefix filled up to 40 digits: the lowest or highest hash it starts. */
  private static String padded(String prefix, char digit) {
    return prefix + String.valueOf(digit).repeat(40 - prefix.length());
  }

  private static long count(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    s.setQueryTimeout(AnnounceLog.QUERY_TIMEOUT_SECONDS);
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
    return s;
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
