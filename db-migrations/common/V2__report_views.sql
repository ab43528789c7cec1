-- Reporting views over the aggregator's tables. Plain SQL that runs unchanged on H2 2.2
-- (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE) and PostgreSQL 15: no vendor-only functions, no
-- `::` casts, no FILTER clauses. Sums are cast to BIGINT so both databases return the same type.
--
-- Days are CAST(announced_at AS DATE), i.e. the calendar day in the time zone of the session
-- that queries the view (PostgreSQL: the TimeZone setting, which JDBC sets to the JVM's; H2:
-- the JVM's zone or SET TIME ZONE). Run `SET TIME ZONE 'UTC'` first for UTC days.
--
-- DAY is a reserved word in H2 2.x, so the day columns are created quoted as "day" (lowercase,
-- which is what PostgreSQL and H2 with DATABASE_TO_LOWER=TRUE fold unquoted names to). Write
-- "day" in double quotes in queries: that works on both (PostgreSQL also accepts it unquoted).

-- One row per day and torrent that had announces: distinct peer ids that announced that day,
-- and how many announces they made (the log is pruned, so only retained days appear).
CREATE VIEW report_daily_unique_peers AS
SELECT CAST(announced_at AS DATE) AS "day",
       info_hash,
       COUNT(DISTINCT peer_id) AS unique_peers,
       COUNT(*) AS announces
  FROM announce_log
 GROUP BY CAST(announced_at AS DATE), info_hash;

-- Completed downloads (announces with event=completed) per day and torrent. Days without a
-- completion have no row.
CREATE VIEW report_completions_per_day AS
SELECT CAST(announced_at AS DATE) AS "day",
       info_hash,
       COUNT(*) AS completions
  FROM announce_log
 WHERE event = 'completed'
 GROUP BY CAST(announced_at AS DATE), info_hash;

-- Bytes transferred per torrent. A client's uploaded/downloaded counters are cumulative over its
-- session (each announce repeats the running total since `started`), so summing announce_log
-- would count the same bytes again at every announce. The meaningful figure is the sum, over the
-- torrent's peers, of each peer's latest counters: exactly what peer_state holds. A client that
-- restarts under the same peer id starts counting from 0 again, so its earlier session is lost.
CREATE VIEW report_bytes_transferred AS
SELECT info_hash,
       CAST(SUM(uploaded) AS BIGINT) AS uploaded,
       CAST(SUM(downloaded) AS BIGINT) AS downloaded
  FROM peer_state
 GROUP BY info_hash;

-- Peers seen on more than one member tracker: peer_state.trackers is the comma-separated list
-- of members the peer announced to (commas in a member's name are stored as '_').
CREATE VIEW report_multi_tracker_peers AS
SELECT info_hash,
       peer_id,
       trackers,
       last_seen
  FROM peer_state
 WHERE trackers LIKE '%,%';

-- The current swarm: every peer whose last announce was not `stopped`; seed is 1 when it has
-- nothing left to download, else 0. A view cannot take a parameter, so there is no time window
-- here: peers that vanished without a `stopped` stay listed. Filter on last_seen when querying,
-- e.g. WHERE last_seen >= CURRENT_TIMESTAMP - INTERVAL '2' HOUR.
CREATE VIEW report_current_swarm AS
SELECT info_hash,
       peer_id,
       ip,
       port,
       remaining,
       CASE WHEN remaining = 0 THEN 1 ELSE 0 END AS seed,
       last_seen,
       trackers
  FROM peer_state
 WHERE last_event <> 'stopped';

-- One row per torrent, to rank with ORDER BY unique_peers DESC LIMIT n. announces, completions
-- and last_seen are torrent_totals' running totals (all time); unique_peers counts the distinct
-- peer ids in announce_log, which is pruned, so it covers the retained log only (0 when a
-- torrent's log rows are all gone).
CREATE VIEW report_top_torrents AS
SELECT t.info_hash,
       COALESCE(l.unique_peers, 0) AS unique_peers,
       t.completions,
       t.announces,
       t.last_seen
  FROM torrent_totals t
  LEFT JOIN (SELECT info_hash, COUNT(DISTINCT peer_id) AS unique_peers
               FROM announce_log
              GROUP BY info_hash) l
    ON l.info_hash = t.info_hash;
