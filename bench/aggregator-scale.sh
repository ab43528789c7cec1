#!/usr/bin/env bash
# The aggregator at scale (issue 14), on the PostgreSQL of 127.0.0.1:5432 in a database of its
# own, multitracker_scale (dropped and made again; never the tests' database `test`):
#  1. starts an aggregator on it (a copy of target/server, port offset 1600: http 9680), whose
#     Flyway makes the schema;
#  2. fills announce_log with ROWS announces over the last 30 days by SQL: torrents of skewed
#     popularity (a few popular, a long tail), peer sessions of 16 announces 30 minutes apart
#     (started, none..., completed in one session of three, stopped), then peer_state and
#     torrent_totals from the log;
#  3. builds the rollups with the operators' rebuild (the admin page's "Rebuild rollups");
#  4. times every admin page and /api endpoint (REQUESTS runs each: p50/p95/max in ms) and the
#     CSV export in rows/s;
#  5. measures ingest: wrk sends announces for DURATION s while the aggregator answers and
#     writes, then the backlog drains with wrk stopped;
#  6. reports bytes per announce on disk (every table and index, all partitions) and the time
#     retention takes to drop the oldest day.
# Sizes: ROWS (default 100000000), QUICK=1 for 10000000; a tiny check: ROWS=200000.
# Needs: mvn package done, psql, curl, wrk, bc. Not part of CI; run it on a quiet machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${ROWS:-100000000}
[ "${QUICK:-0}" = 1 ] && rows=10000000
requests=${REQUESTS:-20}
duration=${DURATION:-20}
db=multitracker_scale
work=/tmp/multitracker-scale
offset=1600 http=9680
user=operator password=benchpass
sessions=$(( (rows + 15) / 16 ))
torrents=$(( rows / 10000 > 100 ? rows / 10000 : 100 ))
say() { printf '%s\n' "$*" | tee -a "$work/report.txt"; }
psql_q() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -At -c "$1"; }

rm -rf "$work" && mkdir -p "$work"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
cp -a "$root/target/it-base-pg" "$work/base"
rm -f "$work/base/deployments/"* && cp "$root/target/multitracker.war" "$work/base/deployments/ROOT.war"
hash=$(printf '%s\n%s\n' "$password" "$password" | java -jar "$root/target/multitracker-tools.jar" hashpassword --iterations 1000 | tail -1)
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$work/pid nohup "$root/target/server/bin/standalone.sh" \
  -Djboss.server.base.dir="$work/base" -Djboss.socket.binding.port-offset=$offset \
  -Dtracker.aggregator=bench -Dtracker.admin_user=$user "-Dtracker.admin_password_hash=$hash" \
  -Dtracker.aggregator_retention_days=0 \
  -Dpg.url="jdbc:postgresql://127.0.0.1:5432/$db" >"$work/console.log" 2>&1 &
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/announce" || true)" = 400 ] && break
  sleep 1
done
for _ in $(seq 1 60); do
  [ "$(psql_q "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'rollup_minute'" 2>/dev/null)" = 1 ] && break
  sleep 1
done
say "aggregator-scale: $rows announces, $sessions peer sessions, $torrents torrents, 30 days ($(date -u +%FT%TZ))"

# 2. The log, by SQL, in slices of 1,000,000 announces (a partition per day first).
t0=$(date +%s.%N)
psql_q "DO \$\$ DECLARE d DATE; BEGIN
  FOR d IN SELECT CAST(now() AT TIME ZONE 'UTC' AS DATE) + i FROM generate_series(-31, 2) i LOOP
    EXECUTE format('CREATE TABLE IF NOT EXISTS announce_log_p%s PARTITION OF announce_log FOR VALUES FROM (%L) TO (%L)',
      to_char(d, 'YYYYMMDD'), CAST(d AS TIMESTAMP) AT TIME ZONE 'UTC', CAST(d + 1 AS TIMESTAMP) AT TIME ZONE 'UTC');
    EXECUTE format('CREATE TABLE IF NOT EXISTS rollup_day_peer_p%s PARTITION OF rollup_day_peer FOR VALUES FROM (%L) TO (%L)',
      to_char(d, 'YYYYMMDD'), d, d + 1);
  END LOOP; END \$\$"
psql_q "INSERT INTO tracker_names (id, name) VALUES (1, 'member-0:6969'), (2, 'member-1:6969'), (3, 'member-2:6969');
  INSERT INTO user_agents (id, name) VALUES (1, 'Transmission/4.0.5');
  SELECT setval(pg_get_serial_sequence('tracker_names', 'id'), 3);
  SELECT setval(pg_get_serial_sequence('user_agents', 'id'), 1)" >/dev/null
slice=1000000
for ((from = 0; from < rows; from += slice)); do
  to=$(( from + slice < rows ? from + slice : rows ))
  # Announce i: session s = i / 16, its k-th announce. A session starts somewhere in the 30 days
  # (ending before now), on torrent floor(T * u^3) for a u spread evenly: popular torrents first.
  # The layout of migration 7: ids as bytes, member and user agent as dictionary ids (below).
  psql_q "INSERT INTO announce_log (id, announced_at, uploaded, downloaded, remaining, port,
      tracker_id, user_agent_id, event, info_hash, peer_id, ip, ip_key, peer_key)
    SELECT i + 1,
      now() - interval '30 days' + make_interval(secs => (s * 2654435761 % (30 * 86400 - 8 * 3600)) + k * 1800),
      k * 50000, LEAST(k, 8) * 125000, GREATEST(0, 1000000 - k * 125000),
      6881 + s % 1000, 1 + s % 3, 1,
      CASE WHEN k = 0 THEN 1 WHEN k = 15 THEN 3 WHEN k = 8 AND s % 3 = 0 THEN 2 ELSE 0 END,
      decode(md5('t' || t) || substr(md5('u' || t), 1, 8), 'hex'),
      decode(md5('p' || s) || substr(md5('q' || s), 1, 8), 'hex'),
      '10.' || (s / 65536 % 256) || '.' || (s / 256 % 256) || '.' || (s % 256),
      decode('00000000000000000000ffff0a' || lpad(to_hex(s % 16777216), 6, '0'), 'hex'),
      to_hex(s)
    FROM (SELECT i, i / 16 AS s, i % 16 AS k,
            floor($torrents * power(((i / 16) * 0.6180339887) - floor((i / 16) * 0.6180339887), 3)) AS t
          FROM generate_series($from, $to - 1) i) g"
  printf '.' >&2
done
printf '\n' >&2
psql_q "SELECT setval('announce_log_seq', $rows + 1, false)" >/dev/null
psql_q "INSERT INTO peer_state SELECT DISTINCT ON (info_hash, peer_id) info_hash, peer_id, ip, port,
    uploaded, downloaded, remaining, e.name, announced_at - interval '8 hours', announced_at, m.name
  FROM announce_log a JOIN announce_events e ON e.id = a.event JOIN tracker_names m ON m.id = a.tracker_id
  ORDER BY info_hash, peer_id, a.id DESC"
psql_q "INSERT INTO torrent_totals SELECT info_hash, COUNT(*),
    SUM(CASE WHEN event = 2 THEN 1 ELSE 0 END), MIN(announced_at), MAX(announced_at)
  FROM announce_log GROUP BY info_hash"
psql_q "ANALYZE" >/dev/null
t1=$(date +%s.%N)
say "fill: $(printf '%.0f' "$(echo "$t1 - $t0" | bc -l)") s"

# 3. The operators' rebuild, through the admin page (login form, CSRF token, the button).
jar=$work/cookies
curl -s -c "$jar" -b "$jar" -o /dev/null "http://127.0.0.1:$http/login"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "next=/admin" "http://127.0.0.1:$http/login"
csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$http/admin" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
t0=$(date +%s.%N)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" \
  --data-urlencode "action=rebuild-rollups" "http://127.0.0.1:$http/admin/actions"
until grep -q 'Rollups rebuilt\|Rollup rebuild failed' "$work/base/log/server.log"; do sleep 2; done
grep -o 'Rollups rebuilt.*\|Rollup rebuild failed.*' "$work/base/log/server.log" | tail -1 | tee -a "$work/report.txt"
say "rebuild: $(printf '%.0f' "$(echo "$(date +%s.%N) - $t0" | bc -l)") s"

# 4. Every admin page and /api endpoint: REQUESTS runs each, after one warm-up.
busiest=$(psql_q "SELECT encode(info_hash, 'hex') FROM torrent_totals ORDER BY announces DESC LIMIT 1")
peer=$(psql_q "SELECT encode(peer_id, 'hex') FROM announce_log WHERE info_hash = decode('$busiest', 'hex') LIMIT 1")
auth=(-u "$user:$password")
time_url() {
  local name=$1 url=$2 times
  curl -s -o /dev/null "${auth[@]}" "http://127.0.0.1:$http$url"
  times=$(for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' "${auth[@]}" "http://127.0.0.1:$http$url"
  done | sort -n)
  awk -v name="$name" -v n="$requests" '{ t[NR] = $1 * 1000 } END {
    i50 = int(n * 0.5 + 0.5); i95 = int(n * 0.95 + 0.5); if (i95 < 1) i95 = 1
    printf "  %-44s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", name, t[i50], t[i95], t[n] }' \
    <<<"$times" | tee -a "$work/report.txt"
}
say "timings ($requests runs each):"
time_url "/admin" "/admin"
time_url "/admin?sort=today" "/admin?sort=today"
time_url "/admin?sort=completions" "/admin?sort=completions"
time_url "/admin?sort=last_seen&page=20" "/admin?sort=last_seen&page=20"
time_url "/admin?q=<hash prefix>" "/admin?q=${busiest:0:6}"
time_url "/admin/torrent (busiest)" "/admin/torrent?info_hash=$busiest"
time_url "/api/torrents?limit=100" "/api/torrents?limit=100"
time_url "/api/torrents/{busiest}/daily-peers?days=7" "/api/torrents/$busiest/daily-peers?days=7"
time_url "/api/torrents/{busiest}/daily-peers?days=30" "/api/torrents/$busiest/daily-peers?days=30"
time_url "/api/charts/announces-per-minute" "/api/charts/announces-per-minute?minutes=60"
time_url "/api/charts/swarm-size (busiest, 24 h)" "/api/charts/swarm-size?info_hash=$busiest&hours=24"
time_url "/api/announces (newest page)" "/api/announces"
time_url "/api/announces?info_hash=busiest" "/api/announces?info_hash=$busiest"
time_url "/api/announces?peer_id=" "/api/announces?peer_id=$peer"
time_url "/api/announces?ip=10.1.0.0/16" "/api/announces?ip=10.1.0.0/16"
time_url "/api/announces?from..to (1 hour)" "/api/announces?from=$(date -u -d '-2 days' +%FT%H:00:00Z)&to=$(date -u -d '-2 days +1 hour' +%FT%H:00:00Z)"
csv_rows=100000
t0=$(date +%s.%N)
got=$(curl -s "${auth[@]}" "http://127.0.0.1:$http/api/announces.csv?max_rows=$csv_rows" | wc -l)
say "$(printf '  /api/announces.csv: %d lines, %.0f rows/s' "$got" "$(echo "$got / ($(date +%s.%N) - $t0)" | bc -l)")"

# 5. Ingest: wrk's announces answered and written at once, then the backlog drained.
count_since() { psql_q "SELECT COUNT(*) FROM announce_log WHERE announced_at >= '$1'"; }
since=$(date -u +%FT%T.%NZ)
start=$(date +%s.%N)
BENCH_EXTRA="&password=bench" wrk -t2 -c32 -d"${duration}s" -s "$root/bench/announce.lua" \
  "http://127.0.0.1:$http" >"$work/wrk.txt" 2>&1
accepted=$(grep -Eo '^ *[0-9]+ requests' "$work/wrk.txt" | grep -Eo '[0-9]+')
at_end=$(count_since "$since")
wrk_end=$(date +%s.%N)
for _ in $(seq 1 600); do
  now=$(count_since "$since")
  [ "$now" -ge "$accepted" ] && break
  sleep 0.5
done
end=$(date +%s.%N)
say "$(printf 'ingest: %d announces answered in %ss (%.0f/s); %.0f/s written while answering; backlog of %d drained at %.0f/s' \
  "$accepted" "$duration" "$(echo "$accepted / $duration" | bc -l)" "$(echo "$at_end / ($wrk_end - $start)" | bc -l)" \
  "$((accepted - at_end))" "$(echo "($now - $at_end) / ($end - $wrk_end + 0.000001)" | bc -l)")"

# 6. Bytes per announce on disk, and retention of the oldest day.
total=$(psql_q "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n
  ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")
announces=$(psql_q "SELECT COUNT(*) FROM announce_log")
say "$(printf 'disk: %d bytes for %d announces = %.0f bytes per announce (tables, indexes, rollups)' \
  "$total" "$announces" "$(echo "$total / $announces" | bc -l)")"
psql_q "SELECT c.relname, pg_size_pretty(SUM(pg_total_relation_size(p.oid)))
  FROM pg_class c LEFT JOIN pg_inherits i ON i.inhparent = c.oid
  JOIN pg_class p ON p.oid = COALESCE(i.inhrelid, c.oid)
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  GROUP BY c.relname ORDER BY SUM(pg_total_relation_size(p.oid)) DESC" | sed 's/^/  /' | tee -a "$work/report.txt"
say "  each index, all partitions (bytes per announce):"
psql_q "SELECT c.relname, ROUND(SUM(pg_relation_size(COALESCE(t.relid, c.oid)))::numeric / $announces, 1)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN LATERAL pg_partition_tree(c.oid) t ON true
  WHERE n.nspname = 'public' AND c.relkind IN ('i', 'I') AND NOT c.relispartition
  GROUP BY c.relname ORDER BY 2 DESC" | sed 's/^/    /' | tee -a "$work/report.txt"
oldest=$(psql_q "SELECT MIN(relname) FROM pg_class WHERE relname LIKE 'announce_log_p%' AND relkind = 'r'")
day=${oldest#announce_log_p}
t0=$(date +%s.%N)
psql_q "BEGIN; DROP TABLE announce_log_p$day; DROP TABLE IF EXISTS rollup_day_peer_p$day;
  DELETE FROM rollup_day_torrent WHERE \"day\" <= to_date('$day', 'YYYYMMDD');
  DELETE FROM rollup_minute WHERE minute_start < to_date('$day', 'YYYYMMDD') + 1; COMMIT;" >/dev/null
say "$(printf 'retention of one day (%s, the statements LogRetention runs): %.3f s' "$day" "$(echo "$(date +%s.%N) - $t0" | bc -l)")"
say "report: $work/report.txt"
