-- The aggregator at volume, H2: the twin of db-migrations/postgresql/V5__scale.sql with plain
-- tables (H2 has no partitions: retention deletes log rows in bounded slices). The rollups are
-- the same; migration 6 (org.multitracker.aggregator.RollupRebuild) fills them from the log.

DROP VIEW report_daily_unique_peers;
DROP VIEW report_completions_per_day;
DROP VIEW report_top_torrents;

-- The ingest takes ids from the sequence in blocks of 500 (id .. id + 499): start past the rows
-- already there, whatever wrote them.
ALTER SEQUENCE announce_log_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM announce_log);

-- Queries by address use ip_key (migration 3).
DROP INDEX announce_log_ip;

CREATE TABLE rollup_day_peer (
    "day"     DATE     NOT NULL,
    info_hash CHAR(40) NOT NULL,
    peer_id   CHAR(40) NOT NULL,
    PRIMARY KEY ("day", info_hash, peer_id)
);

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

CREATE TABLE rollup_minute (
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY,
    announces    BIGINT NOT NULL
);

CREATE INDEX torrent_totals_last_seen ON torrent_totals (last_seen);
CREATE INDEX torrent_totals_completions ON torrent_totals (completions);
