#!/usr/bin/env bash
# Aggregator ingest: how many announces per second the aggregator persists into PostgreSQL.
# Starts an aggregator (a copy of target/server with the PostgreSQL datasource, port offset 800)
# against the PostgreSQL of 127.0.0.1:5432 (database test), sends announces with wrk for
# DURATION seconds (default 10), then waits until every accepted announce is in announce_log
# and reports accepted, persisted, and persisted per second from the first request to the last
# row. Needs: mvn package done, wrk, psql. Bounded: wrk -d, a 120 s drain wait.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${DURATION:-10}
work=/tmp/multitracker-ingest
offset=800 http=8880
rm -rf "$work" && mkdir -p "$work"
cp -a "$root/target/it-base-pg" "$work/base"
rm -f "$work/base/deployments/"* && cp "$root/target/multitracker.war" "$work/base/deployments/ROOT.war"
psql_q() { psql -h 127.0.0.1 -U postgres -d test -At -c "$1"; }
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$work/pid nohup "$root/target/server/bin/standalone.sh" \
  -Djboss.server.base.dir="$work/base" -Djboss.socket.binding.port-offset=$offset \
  -Dtracker.aggregator=bench -Dpg.url="jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true" >"$work/console.log" 2>&1 &
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/announce" || true)" = 400 ] && break
  sleep 1
done
before=$(psql_q "SELECT COUNT(*) FROM announce_log")
start=$(date +%s.%N)
BENCH_EXTRA="&password=bench" wrk -t1 -c16 -d"${duration}s" -s "$root/bench/announce.lua" \
  "http://127.0.0.1:$http" >"$work/wrk.txt" 2>&1
accepted=$(grep -Eo '^ *[0-9]+ requests' "$work/wrk.txt" | grep -Eo '[0-9]+')
target=$((before + accepted))
at_end=$(psql_q "SELECT COUNT(*) FROM announce_log")
drain_start=$(date +%s.%N)
for _ in $(seq 1 240); do
  now=$(psql_q "SELECT COUNT(*) FROM announce_log")
  [ "$now" -ge "$target" ] && break
  sleep 0.5
done
end=$(date +%s.%N)
persisted=$((now - before))
rate=$(echo "$persisted / ($end - $start)" | bc -l)
drain=$(echo "($now - $at_end) / ($end - $drain_start)" | bc -l)
printf 'aggregator ingest into PostgreSQL: %d announces accepted by wrk in %ss, %d persisted, %.0f persisted/s overall; %.0f/s while draining the backlog with wrk stopped (batches of 2000)\n' \
  "$accepted" "$duration" "$persisted" "$rate" "$drain"
