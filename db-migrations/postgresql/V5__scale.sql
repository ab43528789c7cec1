-- The aggregator at volume, PostgreSQL: the announce log partitioned by UTC day (declarative),
-- so that retention drops whole partitions instead of deleting rows; rollups that the ingest
-- keeps exact (see org.multitracker.aggregator.AnnounceWriter), so that reports read a few rows
-- per day and torrent instead of the log. The H2 twin (db-migrations/h2) keeps plain tables.
-- Migration 6 (org.multitracker.aggregator.RollupRebuild) fills the rollups from the log.

DROP VIEW report_daily_unique_peers;
DROP VIEW report_completions_per_day;
DROP VIEW report_top_torrents;

-- The indexes of migrations 1 and 3 go with the old table; their names are free again.
ALTER TABLE announce_log RENAME TO announce_log_v4;
DROP INDEX announce_log_torrent_time;
DROP INDEX announce_log_time;
DROP INDEX announce_log_peer;
DROP INDEX announce_log_ip;
DROP INDEX announce_log_ip_key;
ALTER TABLE announce_log_v4 DROP CONSTRAINT announce_log_pkey;

-- No primary key: on a partitioned table it would have to include announced_at, and nothing
-- looks a row up by id (ids still come from announce_log_seq, unique by construction).
CREATE TABLE announce_log (
    id           BIGINT       NOT NULL,
    announced_at TIMESTAMP WITH TIME ZONE NOT NULL,
    tracker      VARCHAR(255) NOT NULL,
    info_hash    CHAR(40)     NOT NULL,
    peer_id      CHAR(40)     NOT NULL,
    ip           VARCHAR(45)  NOT NULL,
    port         INTEGER      NOT NULL,
    uploaded     BIGINT       NOT NULL,
    downloaded   BIGINT       NOT NULL,
    remaining    BIGINT       NOT NULL,
    event        VARCHAR(10)  NOT NULL,
    peer_key     VARCHAR(128),
    user_agent   VARCHAR(255),
    ip_key       CHAR(32)
) PARTITION BY RANGE (announced_at);

-- One row per UTC day, torrent and peer that announced that day: the ingest inserts with
-- ON CONFLICT DO NOTHING and counts the rows it inserted into rollup_day_torrent.unique_peers.
CREATE TABLE rollup_day_peer (
    "day"     DATE     NOT NULL,
    info_hash CHAR(40) NOT NULL,
    peer_id   CHAR(40) NOT NULL,
    PRIMARY KEY ("day", info_hash, peer_id)
) PARTITION BY RANGE ("day");

-- A partition of each for every day the old log holds, and today and the next two days.
DO $$
DECLARE
  d DATE;
BEGIN
  FOR d IN
    SELECT DISTINCT CAST(announced_at AT TIME ZONE 'UTC' AS DATE) FROM announce_log_v4
    UNION SELECT CAST(now() AT TIME ZONE 'UTC' AS DATE) + i FROM generate_series(0, 2) i
  LOOP
    EXECUTE format('CREATE TABLE announce_log_p%s PARTITION OF announce_log'
        || ' FOR VALUES FROM (%L) TO (%L)', to_char(d, 'YYYYMMDD'),
        CAST(d AS TIMESTAMP) AT TIME ZONE 'UTC', CAST(d + 1 AS TIMESTAMP) AT TIME ZONE 'UTC');
    EXECUTE format('CREATE TABLE rollup_day_peer_p%s PARTITION OF rollup_day_peer'
        || ' FOR VALUES FROM (%L) TO (%L)', to_char(d, 'YYYYMMDD'), d, d + 1);
  END LOOP;
END
$$;

INSERT INTO announce_log
SELECT id, announced_at, tracker, info_hash, peer_id, ip, port, uploaded, downloaded, remaining,
       event, peer_key, user_agent, ip_key
  FROM announce_log_v4;
DROP TABLE announce_log_v4;

-- The ingest takes ids from the sequence in blocks of 500 (id .. id + 499): start past the rows
-- already there, whatever wrote them.
DO $$ BEGIN
  PERFORM setval('announce_log_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM announce_log), false);
END $$;

-- The log's queries: by torrent (and time), by peer, by address key (and time), by time alone.
-- The plain address index of migration 1 is gone: queries by address use ip_key.
CREATE INDEX announce_log_torrent_time ON announce_log (info_hash, announced_at);
CREATE INDEX announce_log_peer ON announce_log (peer_id);
CREATE INDEX announce_log_ip_key ON announce_log (ip_key, announced_at);
CREATE INDEX announce_log_time ON announce_log (announced_at);

-- Per UTC day and torrent. Bytes are the growth of each peer's counters since its previous
-- announce (a lower value starts a new session, counted from 0).
CREATE TABLE rollup_day_torrent (
    "day"        DATE     NOT NULL,
    info_hash    CHAR(40) NOT NULL,
    unique_peers BIGINT   NOT NULL,
    announces    BIGINT   NOT NULL,
    completions  BIGINT   NOT NULL,
    uploaded     BIGINT   NOT NULL,
    downloaded   BIGINT   NOT NULL,
    PRIMARY KEY (info_hash, "day")
);
CREATE INDEX rollup_day_torrent_day ON rollup_day_torrent ("day", unique_peers);

-- Announces per minute over the whole cluster.
CREATE TABLE rollup_minute (
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY,
    announces    BIGINT NOT NULL
);

-- The admin page's torrent list sorts on these.
CREATE INDEX torrent_totals_last_seen ON torrent_totals (last_seen);
CREATE INDEX torrent_totals_completions ON torrent_totals (completions);
