#!/usr/bin/env bash
# Bytes allocated per request by our server, and by which layer, from a JFR recording: a counting
# measure, so it holds on a busy machine (unlike the timings of run.sh).
#   bench/alloc.sh            (needs `mvn package` done; wrk from Debian)
# Starts a copy of target/server (port offset ALLOC_OFFSET, 600: http 8680), loads
# ALLOC_PEERS (10000) peers over ALLOC_TORRENTS (100) torrents, warms up, then for each mode
# (announce-keepalive, announce-close, scrape-keepalive) records ALLOC_DURATION (10s) of wrk
# -c16 with JFR (settings=profile) and prints bytes/request: the sum over threads of
# jdk.ThreadAllocationStatistics between the recording's start and end, divided by wrk's request
# count, and the allocation samples' weights by layer (bench/alloc-report.py). Run it under
# /work/bin/serverlock where other servers share the machine.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${ALLOC_WORK:-/tmp/multitracker-alloc}
OFFSET=${ALLOC_OFFSET:-600}
DUR=${ALLOC_DURATION:-10s}
PEERS=${ALLOC_PEERS:-10000}
TORRENTS=${ALLOC_TORRENTS:-100}
URL=http://127.0.0.1:$((8080 + OFFSET))
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
JFR=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
log() { echo "[alloc $(date +%H:%M:%S)] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"
[ -x "$ROOT/target/server/bin/standalone.sh" ] || die "no target/server: run mvn package"
if (exec 3<>/dev/tcp/127.0.0.1/$((8080 + OFFSET))) 2>/dev/null; then die "port $((8080 + OFFSET)) is in use"; fi

rm -rf "$WORK" && mkdir -p "$WORK"
cp -a "$ROOT/target/server" "$WORK/server"
"$HERE/hashes.sh" "$TORRENTS" >"$WORK/hashes.txt"
h0=$(head -1 "$WORK/hashes.txt" | sed 's/../%&/g')
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WORK/pid" setsid "$WORK/server/bin/standalone.sh" \
  -Djboss.socket.binding.port-offset=$OFFSET -b 127.0.0.1 -bmanagement 127.0.0.1 \
  -Dtracker.allowed_list="$WORK/hashes.txt" -Dtracker.nat_check=0 -Dtracker.response_size=50 \
  >"$WORK/server.log" 2>&1 </dev/null &
stop() {
  local pid; pid=$(cat "$WORK/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
trap stop EXIT
for ((i = 0; i < 1200; i++)); do
  [ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$URL/scrape?info_hash=$h0")" = 200 ] && break
  sleep 0.1
done
[ "$i" -lt 1200 ] || die "the server did not start (see $WORK/server.log)"
pid=$(cat "$WORK/pid")

log "loading $PEERS peers over $TORRENTS torrents"
BENCH_SEQ=1 BENCH_PEERS=$PEERS BENCH_TORRENTS=$TORRENTS BENCH_DONE_FILE=$WORK/load.done \
  wrk -t1 -c16 -d300s -s "$HERE/announce.lua" "$URL/announce" >/dev/null 2>&1 &
loader=$!
for ((i = 0; i < 3000; i++)); do [ -s "$WORK/load.done" ] && break; sleep 0.1; done
kill "$loader" 2>/dev/null || true
wait "$loader" 2>/dev/null || true
log "warm-up"
for script in announce.lua scrape.lua; do
  for close in 0 1; do
    BENCH_CLOSE=$close BENCH_PEERS=$PEERS BENCH_TORRENTS=$TORRENTS wrk -t1 -c16 -d5s -s "$HERE/$script" \
      "$URL/${script%.lua}" >/dev/null
  done
done

echo "| mode | requests | bytes/request | by layer (share of sampled bytes) |"
echo "|---|---:|---:|---|"
for mode in announce-keepalive announce-close scrape-keepalive; do
  close=0; [ "$mode" = announce-close ] && close=1
  script=announce.lua; [ "${mode%%-*}" = scrape ] && script=scrape.lua
  "$JCMD" "$pid" JFR.start name=alloc settings=profile >/dev/null
  out=$(BENCH_CLOSE=$close BENCH_PEERS=$PEERS BENCH_TORRENTS=$TORRENTS BENCH_SEED=7 \
    wrk -t1 -c16 -d"$DUR" -s "$HERE/$script" "$URL/${mode%%-*}")
  "$JCMD" "$pid" JFR.stop name=alloc filename="$WORK/$mode.jfr" >/dev/null
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  grep -q 'non2xx=0 ' <<<"$out" || log "$mode: some answers were not 2xx: $(grep BENCH <<<"$out")"
  "$JFR" print --json --events jdk.ThreadAllocationStatistics "$WORK/$mode.jfr" >"$WORK/$mode.threads.json"
  "$JFR" print --json --stack-depth 96 --events jdk.ObjectAllocationSample "$WORK/$mode.jfr" >"$WORK/$mode.samples.json"
  python3 "$HERE/alloc-report.py" "$mode" "$requests" "$WORK/$mode.threads.json" "$WORK/$mode.samples.json"
done
