-- The aggregator's tables. The same script runs on H2 (MODE=PostgreSQL) and PostgreSQL.
-- Info hashes and peer ids are stored as 40 lowercase hex digits, addresses as text, so that
-- reports can be written in plain SQL on either database.

CREATE SEQUENCE announce_log_seq START WITH 1 INCREMENT BY 500;

-- Every announce a member tracker forwarded (or a client sent to the aggregator itself).
CREATE TABLE announce_log (
    id           BIGINT       NOT NULL PRIMARY KEY,
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
    user_agent   VARCHAR(255)
);
CREATE INDEX announce_log_torrent_time ON announce_log (info_hash, announced_at);
CREATE INDEX announce_log_time ON announce_log (announced_at);
CREATE INDEX announce_log_peer ON announce_log (peer_id);
CREATE INDEX announce_log_ip ON announce_log (ip);

-- The current state of each peer of each torrent, by peer id: one row however many trackers it uses.
CREATE TABLE peer_state (
    info_hash   CHAR(40)      NOT NULL,
    peer_id     CHAR(40)      NOT NULL,
    ip          VARCHAR(45)   NOT NULL,
    port        INTEGER       NOT NULL,
    uploaded    BIGINT        NOT NULL,
    downloaded  BIGINT        NOT NULL,
    remaining   BIGINT        NOT NULL,
    last_event  VARCHAR(10)   NOT NULL,
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    trackers    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (info_hash, peer_id)
);
CREATE INDEX peer_state_last_seen ON peer_state (last_seen);

-- Running totals per torrent.
CREATE TABLE torrent_totals (
    info_hash   CHAR(40) NOT NULL PRIMARY KEY,
    announces   BIGINT   NOT NULL,
    completions BIGINT   NOT NULL,
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL
);
