#!/usr/bin/env bash
# Compact identifiers (issue 14, migration 7), on the PostgreSQL of 127.0.0.1:5432 in a database
# of its own, multitracker_compact (dropped and made again; never the tests' `test`), no server:
#  1. the schema before migration 7 (db-migrations V1, V2, V3, postgresql/V5, V5_1 through
#     psql; migrations 4 and 6 are Java and have nothing to do on an empty database);
#  2. ROWS announces over 30 days by SQL, as bench/aggregator-scale.sh fills them, then
#     peer_state, torrent_totals and the rollups from the log; every index rebuilt (REINDEX), so
#     that both layouts are measured with freshly built indexes;
#  3. bytes per announce, per table and per index: "before";
#  4. migration 7 (postgresql/V7 and common/V7_2, as Flyway runs them: one transaction), timed;
#  5. the same sizes: "after".
# ROWS defaults to 1000000. Needs psql and bc. Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${ROWS:-1000000}
db=multitracker_compact
m=$root/db-migrations
torrents=$(( rows / 10000 > 100 ? rows / 10000 : 100 ))
q() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
for f in common/V1__aggregator.sql common/V2__report_views.sql common/V3__announce_log_ip_key.sql \
    postgresql/V5__scale.sql common/V5_1__report_views_on_rollups.sql; do
  q -f "$m/$f" >/dev/null
done
q -c "DO \$\$ DECLARE d DATE; BEGIN
  FOR d IN SELECT CAST(now() AT TIME ZONE 'UTC' AS DATE) + i FROM generate_series(-31, 2) i LOOP
    EXECUTE format('CREATE TABLE IF NOT EXISTS announce_log_p%s PARTITION OF announce_log FOR VALUES FROM (%L) TO (%L)',
      to_char(d, 'YYYYMMDD'), CAST(d AS TIMESTAMP) AT TIME ZONE 'UTC', CAST(d + 1 AS TIMESTAMP) AT TIME ZONE 'UTC');
    EXECUTE format('CREATE TABLE IF NOT EXISTS rollup_day_peer_p%s PARTITION OF rollup_day_peer FOR VALUES FROM (%L) TO (%L)',
      to_char(d, 'YYYYMMDD'), d, d + 1);
  END LOOP; END \$\$"
# The log as bench/aggregator-scale.sh fills it (sessions of 16 announces 30 minutes apart,
# skewed torrent popularity), in the layout before migration 7.
q -c "INSERT INTO announce_log (id, announced_at, tracker, info_hash, peer_id, ip, port,
    uploaded, downloaded, remaining, event, peer_key, user_agent, ip_key)
  SELECT i + 1,
    now() - interval '30 days' + make_interval(secs => (s * 2654435761 % (30 * 86400 - 8 * 3600)) + k * 1800),
    'member-' || (s % 3) || ':6969',
    md5('t' || t) || substr(md5('u' || t), 1, 8),
    md5('p' || s) || substr(md5('q' || s), 1, 8),
    '10.' || (s / 65536 % 256) || '.' || (s / 256 % 256) || '.' || (s % 256),
    6881 + s % 1000,
    k * 50000, LEAST(k, 8) * 125000, GREATEST(0, 1000000 - k * 125000),
    CASE WHEN k = 0 THEN 'started' WHEN k = 15 THEN 'stopped'
         WHEN k = 8 AND s % 3 = 0 THEN 'completed' ELSE 'none' END,
    to_hex(s), 'Transmission/4.0.5',
    '00000000000000000000ffff0a' || lpad(to_hex(s % 16777216), 6, '0')
  FROM (SELECT i, i / 16 AS s, i % 16 AS k,
          floor($torrents * power(((i / 16) * 0.6180339887) - floor((i / 16) * 0.6180339887), 3)) AS t
        FROM generate_series(0, $rows - 1) i) g"
q -c "INSERT INTO peer_state SELECT DISTINCT ON (info_hash, peer_id) info_hash, peer_id, ip, port,
    uploaded, downloaded, remaining, event, announced_at - interval '8 hours', announced_at, tracker
  FROM announce_log ORDER BY info_hash, peer_id, id DESC"
q -c "INSERT INTO torrent_totals SELECT info_hash, COUNT(*),
    SUM(CASE WHEN event = 'completed' THEN 1 ELSE 0 END), MIN(announced_at), MAX(announced_at)
  FROM announce_log GROUP BY info_hash"
q -c "INSERT INTO rollup_day_peer SELECT DISTINCT CAST(announced_at AT TIME ZONE 'UTC' AS DATE),
    info_hash, peer_id FROM announce_log"
q -c "INSERT INTO rollup_day_torrent SELECT d, info_hash, COUNT(DISTINCT peer_id), COUNT(*),
    SUM(CASE WHEN event = 'completed' THEN 1 ELSE 0 END), SUM(uploaded), SUM(downloaded)
  FROM (SELECT CAST(announced_at AT TIME ZONE 'UTC' AS DATE) AS d, * FROM announce_log) x GROUP BY d, info_hash"
q -c "INSERT INTO rollup_minute SELECT DATE_TRUNC('minute', announced_at), COUNT(*) FROM announce_log GROUP BY 1"
q -c "REINDEX DATABASE $db" 2>/dev/null || q -c "REINDEX SCHEMA public"
q -c "VACUUM ANALYZE"

sizes() {
  local announces total
  announces=$(q -c "SELECT COUNT(*) FROM announce_log")
  total=$(q -c "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n
    ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")
  printf '%s: %d bytes for %d announces = %.1f bytes per announce (every table, index, partition)\n' \
    "$1" "$total" "$announces" "$(echo "$total / $announces" | bc -l)"
  # Per table (partitions summed): heap, and per index; bytes per announce.
  # (pg_partition_tree is empty for a table that is not partitioned: then the table itself.)
  q -F ' ' -c "SELECT CASE WHEN c.relkind IN ('r', 'p') THEN 'table' ELSE 'index' END AS kind,
        c.relname, ROUND(SUM(CASE WHEN c.relkind IN ('r', 'p') THEN pg_table_size(COALESCE(t.relid, c.oid)) ELSE pg_relation_size(COALESCE(t.relid, c.oid)) END)::numeric / $announces, 1)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN LATERAL pg_partition_tree(c.oid) t ON true
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'i', 'I') AND NOT c.relispartition
     GROUP BY kind, c.relname ORDER BY 1 DESC, 3 DESC" | sed 's/^/  /'
}
sizes before
t0=$(date +%s.%N)
q -1 -f "$m/postgresql/V7__compact_ids.sql" -f "$m/common/V7_2__report_views_compact.sql" >/dev/null
t1=$(date +%s.%N)
printf 'migration 7 (one transaction): %.1f s for %d announces = %.1f s per million\n' \
  "$(echo "$t1 - $t0" | bc -l)" "$rows" "$(echo "($t1 - $t0) * 1000000 / $rows" | bc -l)"
q -c "VACUUM ANALYZE"
sizes after
