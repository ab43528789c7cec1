-- The report views of migrations 2 and 5.1 over the compact tables of migration 7: same names,
-- same columns, info hashes and peer ids shown as 40 lowercase hex digits again (RAWTOHEX: H2's
-- built-in, PostgreSQL's from migration 7). A filter on a view's hex column cannot use the
-- tables' indexes; the views of days read rollup_day_torrent (a row per day and torrent), the
-- others peer_state. For the log itself, report_announces shows it as text.

CREATE VIEW report_daily_unique_peers AS
SELECT "day", RAWTOHEX(info_hash) AS info_hash, unique_peers, announces
  FROM rollup_day_torrent;

CREATE VIEW report_completions_per_day AS
SELECT "day", RAWTOHEX(info_hash) AS info_hash, completions
  FROM rollup_day_torrent
 WHERE completions > 0;

CREATE VIEW report_bytes_transferred AS
SELECT RAWTOHEX(info_hash) AS info_hash,
       CAST(SUM(uploaded) AS BIGINT) AS uploaded,
       CAST(SUM(downloaded) AS BIGINT) AS downloaded
  FROM peer_state
 GROUP BY info_hash;

CREATE VIEW report_multi_tracker_peers AS
SELECT RAWTOHEX(info_hash) AS info_hash,
       RAWTOHEX(peer_id) AS peer_id,
       trackers,
       last_seen
  FROM peer_state
 WHERE trackers LIKE '%,%';

CREATE VIEW report_current_swarm AS
SELECT RAWTOHEX(info_hash) AS info_hash,
       RAWTOHEX(peer_id) AS peer_id,
       ip,
       port,
       remaining,
       CASE WHEN remaining = 0 THEN 1 ELSE 0 END AS seed,
       last_seen,
       trackers
  FROM peer_state
 WHERE last_event <> 'stopped';

CREATE VIEW report_top_torrents AS
SELECT RAWTOHEX(t.info_hash) AS info_hash,
       COALESCE(l.unique_peers, 0) AS unique_peers,
       t.completions,
       t.announces,
       t.last_seen
  FROM torrent_totals t
  LEFT JOIN (SELECT info_hash, COUNT(DISTINCT peer_id) AS unique_peers
               FROM rollup_day_peer
              GROUP BY info_hash) l
    ON l.info_hash = t.info_hash;

-- The announce log as text, with the columns it had before migration 7: member and user agent
-- by name, event by name, hex ids. Filter on announced_at to keep it cheap.
CREATE VIEW report_announces AS
SELECT a.id,
       a.announced_at,
       m.name AS tracker,
       RAWTOHEX(a.info_hash) AS info_hash,
       RAWTOHEX(a.peer_id) AS peer_id,
       a.ip,
       a.port,
       a.uploaded,
       a.downloaded,
       a.remaining,
       e.name AS event,
       a.peer_key,
       u.name AS user_agent
  FROM announce_log a
  JOIN tracker_names m ON m.id = a.tracker_id
  JOIN announce_events e ON e.id = a.event
  LEFT JOIN user_agents u ON u.id = a.user_agent_id;
