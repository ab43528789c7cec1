-- The report views of migration 2 that read the announce log, now over the rollups of
-- migration 5: same names, same columns, and a cost that depends on the days and torrents
-- asked for, not on the size of the log. Days are UTC days (the rollups' days), whatever the
-- session's time zone.

-- One row per day and torrent that had announces.
CREATE VIEW report_daily_unique_peers AS
SELECT "day", info_hash, unique_peers, announces
  FROM rollup_day_torrent;

-- Completed downloads per day and torrent; days without a completion have no row.
CREATE VIEW report_completions_per_day AS
SELECT "day", info_hash, completions
  FROM rollup_day_torrent
 WHERE completions > 0;

-- One row per torrent, to rank with ORDER BY unique_peers DESC LIMIT n. announces, completions
-- and last_seen are torrent_totals' running totals (all time); unique_peers counts the distinct
-- peer ids over the retained days (0 when they are all gone).
CREATE VIEW report_top_torrents AS
SELECT t.info_hash,
       COALESCE(l.unique_peers, 0) AS unique_peers,
       t.completions,
       t.announces,
       t.last_seen
  FROM torrent_totals t
  LEFT JOIN (SELECT info_hash, COUNT(DISTINCT peer_id) AS unique_peers
               FROM rollup_day_peer
              GROUP BY info_hash) l
    ON l.info_hash = t.info_hash;
