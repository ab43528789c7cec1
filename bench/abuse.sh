#!/usr/bin/env bash
# Reproduces the floods of issue #12 against our tracker (WildFly, 127.0.0.1:8620, management
# 10530) and prints the figures (bench/README.md, "Abuse"). Loopback only; every run is bounded
# in time; not run by CI. One command: bench/abuse.sh (about 16 minutes with the defaults);
# ABUSE_QUICK=1 runs every scenario for 15 s with smaller counts (about 4 minutes: a check that
# the harness works, not figures).
#   1. random-hash flood: wrk -c64 announces for new random info hashes for ABUSE_FLOOD (600s)
#      on an open tracker (no allowed list), with probe announces (wrk -c2, 100 existing
#      torrents) alongside: heap used (sampled every 5 s) against the heap limit, 5xx, probe p99.
#   2. amplification: ABUSE_TORRENTS (200000) torrents loaded, then 32 connections of GET / and
#      32 of full scrapes (64 in parallel) for ABUSE_DURATION (60s), with probe announces: 5xx
#      (503 with Retry-After, the bound on large pages sent at once, apart), probe p99.
#   3. login flood: probe announces alone, then with wrk -c16 POSTing wrong admin passwords, for
#      ABUSE_DURATION each: probe p99 with and without the flood (the issue asks within 2x).
#   4. slow connections: ABUSE_SLOW (20000) slow-header connections at ABUSE_SLOW_RATE (1000) a
#      second (bench/SlowConnections.java) with a probe announce every 200 ms: probe max.
# Other knobs: ABUSE_WORK (/tmp/multitracker-abuse), ABUSE_SIZING (-Xms512m -Xmx512m),
# ABUSE_SKIP_BUILD=1, ABUSE_ONLY (e.g. "1 3": run only these scenarios). Each scenario's server
# log stays in $ABUSE_WORK/server-<n>.log.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${ABUSE_WORK:-/tmp/multitracker-abuse}
SIZING=${ABUSE_SIZING:--Xms512m -Xmx512m}
if [ "${ABUSE_QUICK:-0}" = 1 ]; then
  FLOOD=${ABUSE_FLOOD:-15s} DUR=${ABUSE_DURATION:-15s} TORRENTS=${ABUSE_TORRENTS:-20000}
  SLOW=${ABUSE_SLOW:-3000} SLOW_RATE=${ABUSE_SLOW_RATE:-300} SLOW_DURATION=25
else
  FLOOD=${ABUSE_FLOOD:-600s} DUR=${ABUSE_DURATION:-60s} TORRENTS=${ABUSE_TORRENTS:-200000}
  SLOW=${ABUSE_SLOW:-20000} SLOW_RATE=${ABUSE_SLOW_RATE:-1000} SLOW_DURATION=40
fi
ONLY=${ABUSE_ONLY:-1 2 3 4}
OFFSET=540
URL=http://127.0.0.1:$((8080 + OFFSET))
MGMT=http://127.0.0.1:$((9990 + OFFSET))
REPORT=$WORK/report.md

log() { echo "[abuse $(date +%H:%M:%S)] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v wrk >/dev/null || {
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
}
for c in wrk jcmd java mvn curl awk; do command -v $c >/dev/null || die "$c is missing"; done
if [ "${ABUSE_SKIP_BUILD:-0}" != 1 ]; then
  log "building the tracker"
  (cd "$ROOT" && { mvn -q -o package -DskipTests || mvn -q package -DskipTests; })
fi
[ -x "$ROOT/target/server/bin/standalone.sh" ] || die "no target/server: build failed?"
for port in $((8080 + OFFSET)) $((9990 + OFFSET)); do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then die "port $port is already in use"; fi
done
ulimit -n "$(ulimit -Hn)" # the slow-connection flood needs its descriptors (README: budget)
mkdir -p "$WORK"
: >"$REPORT"

# ---------------------------------------------------------------- the tracker
SH=; PID=; SCENARIO=0
start() { # extra -D options...
  rm -rf "$WORK/server" && cp -a "$ROOT/target/server" "$WORK/server"
  log "starting Multitracker ($SIZING) on $URL $*"
  JBOSS_JAVA_SIZING="$SIZING" setsid "$WORK/server/bin/standalone.sh" \
    -Djboss.socket.binding.port-offset=$OFFSET -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Dtracker.nat_check=0 "$@" >"$WORK/server.log" 2>&1 &
  SH=$!
  local i
  for ((i = 0; i < 480; i++)); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/announce" 2>/dev/null)" = 400 ] && break
    sleep 0.25
  done
  PID=$(pgrep -f "java.*-Djboss.home.dir=$WORK/server" | head -1)
  [ -n "$PID" ] || die "Multitracker did not start (see $WORK/server.log)"
}
stop() {
  [ -n "$PID" ] || return 0
  cp "$WORK/server.log" "$WORK/server-$SCENARIO.log" 2>/dev/null || true
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$PID" 2>/dev/null || true
  wait "$SH" 2>/dev/null || true
  PID=; SH=
}
trap stop EXIT
trap 'exit 130' INT TERM

heap_mib() { # used heap (all "total ..K, used ..K" lines), MiB
  jcmd "$PID" GC.heap_info | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); s += v } } END { printf "%d", s / 1024 }'
}
heap_max_mib() { jcmd "$PID" VM.flags | tr ' ' '\n' | awk -F= '/MaxHeapSize/ { printf "%d", $2 / 1048576 }'; }
kv() { grep -o "$1=[^ ]*" <<<"$2" | head -1 | cut -d= -f2; } # key, ABUSE/BENCH line
stack_traces() { grep -c $'^\tat ' "$WORK/server.log" || true; }
oom() { grep -c 'OutOfMemoryError' "$WORK/server.log" || true; }

# Announces of peers 0..n-1 once each (peer p to torrent p % t) through announce.lua.
load() { # peers torrents
  local done_file=$WORK/load.done pid i
  rm -f "$done_file"
  BENCH_SEQ=1 BENCH_PEERS=$1 BENCH_TORRENTS=$2 BENCH_DONE_FILE=$done_file \
    wrk -t1 -c64 -d900s --timeout 5s -s "$HERE/announce.lua" "$URL/announce" >"$WORK/load.out" 2>&1 &
  pid=$!
  for ((i = 0; i < 9000; i++)); do
    [ -s "$done_file" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -s "$done_file" ] || die "loading $1 peers did not finish"
}

# Probe announces (wrk -c2 over the 100 torrents loaded first), in the background: prints the
# BENCH line of announce.lua into $WORK/probe.out.
probe_start() { # duration
  BENCH_TORRENTS=100 BENCH_PEERS=1000 BENCH_SEED=7 \
    wrk -t1 -c2 -d"$1" --timeout 5s --latency -s "$HERE/announce.lua" "$URL/announce" \
    >"$WORK/probe.out" 2>&1 &
  PROBE=$!
}
probe_wait() { wait "$PROBE" || true; } # in this shell: a $(...) subshell cannot wait for it
probe_line() { grep '^BENCH ' "$WORK/probe.out" || echo "BENCH none"; }

flood() { # duration connections mode [env...]: prints the ABUSE line
  local d=$1 c=$2 mode=$3
  shift 3
  env ABUSE_MODE="$mode" "$@" wrk -t1 -c"$c" -d"$d" --timeout 5s --latency \
    -s "$HERE/abuse.lua" "$URL" 2>&1 | grep '^ABUSE ' || echo "ABUSE none"
}

report() { echo "$*" | tee -a "$REPORT"; }

# ---------------------------------------------------------------- 1. random-hash flood
if [[ " $ONLY " == *" 1 "* ]]; then
  SCENARIO=1
  start
  load 1000 100
  log "1. random-hash flood for $FLOOD (wrk -c64), probe announces alongside"
  max_heap=0
  ( while sleep 5; do heap_mib; echo; done ) >"$WORK/heap.txt" 2>/dev/null &
  sampler=$!
  probe_start "$FLOOD"
  line=$(flood "$FLOOD" 64 random-hash)
  probe_wait
  probe=$(probe_line)
  kill "$sampler" 2>/dev/null || true
  max_heap=$(sort -n "$WORK/heap.txt" | tail -1)
  torrents=$(curl -s "$MGMT/prometheus" | awk '/^multitracker_torrents/ { print $NF }' | head -1)
  s5=$(kv s5xx "$line"); r5=$(kv retry503 "$line")
  report "### 1. Random-hash flood ($FLOOD, wrk -c64, heap limit $(heap_max_mib) MiB)"
  report ""
  report "| flood req/s | flood 2xx | failure reasons | flood 4xx | flood 5xx (of them 503 Retry-After) | socket errors/timeouts | heap used max MiB | torrents at the end | probe p50 ms | probe p99 ms | probe non-2xx | OutOfMemoryError | stack traces in log |"
  report "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  report "| $(kv rps "$line") | $(kv s2xx "$line") | $(kv failure_reasons "$line") | $(kv s4xx "$line") | $(( ${s5:-0} + ${r5:-0} )) (${r5:-?}) | $(kv socket_errors "$line")/$(kv timeouts "$line") | ${max_heap:-?} | ${torrents:-?} | $(kv p50_ms "$probe") | $(kv p99_ms "$probe") | $(kv non2xx "$probe") | $(oom) | $(stack_traces) |"
  report ""
  stop
fi

# ---------------------------------------------------------------- 2. info page and full scrape
if [[ " $ONLY " == *" 2 "* ]]; then
  SCENARIO=2
  start
  log "2. loading $TORRENTS torrents (one peer each)"
  load "$TORRENTS" "$TORRENTS"
  log "2. 32 x GET / and 32 x full scrape in parallel for $DUR, probe announces alongside"
  probe_start "$DUR"
  flood "$DUR" 32 page ABUSE_PATH=/ >"$WORK/page.out" &
  pages=$!
  scrapes=$(flood "$DUR" 32 page ABUSE_PATH=/scrape)
  wait "$pages" || true
  pages=$(cat "$WORK/page.out")
  probe_wait
  probe=$(probe_line)
  report "### 2. $TORRENTS torrents, 64 parallel GET / and full scrapes ($DUR)"
  report ""
  refused=$(curl -s "$MGMT/prometheus" | awk '/^multitracker_pages_refused_total/ { sub(/.*page="/, ""); sub(/".* /, " "); printf "%s %s; ", $1, $2 }')
  report "| what | req/s | p50 ms | p99 ms | 2xx | 503 Retry-After (bound) | other 5xx | socket errors/timeouts |"
  report "|---|---:|---:|---:|---:|---:|---:|---:|"
  for l in "GET /|$pages" "GET /scrape|$scrapes"; do
    report "| ${l%%|*} | $(kv rps "${l#*|}") | $(kv p50_ms "${l#*|}") | $(kv p99_ms "${l#*|}") | $(kv s2xx "${l#*|}") | $(kv retry503 "${l#*|}") | $(kv s5xx "${l#*|}") | $(kv socket_errors "${l#*|}")/$(kv timeouts "${l#*|}") |"
  done
  report "| probe announces | $(kv rps "$probe") | $(kv p50_ms "$probe") | $(kv p99_ms "$probe") | non-2xx $(kv non2xx "$probe") | | | $(kv err_timeout "$probe") timeouts |"
  report ""
  report "Refused by the bound on large pages sent at once (multitracker_pages_refused_total): ${refused:-?}"
  report "OutOfMemoryError in the log: $(oom); stack traces: $(stack_traces)"
  report ""
  stop
fi

# ---------------------------------------------------------------- 3. login flood
if [[ " $ONLY " == *" 3 "* ]]; then
  SCENARIO=3
  hash=$(echo abuse-password | java -jar "$ROOT/target/multitracker-tools.jar" hashpassword | tail -1)
  start -Dtracker.admin_user=operator "-Dtracker.admin_password_hash=$hash"
  load 1000 100
  log "3. probe announces alone for $DUR, then with a login flood (wrk -c16) for $DUR"
  probe_start "$DUR"
  probe_wait
  quiet=$(probe_line)
  probe_start "$DUR"
  line=$(flood "$DUR" 16 login ABUSE_USER=operator)
  probe_wait
  loud=$(probe_line)
  logins=$(curl -s "$MGMT/prometheus" | awk '/^multitracker_logins_total/ { sub(/.*outcome="/, ""); sub(/".* /, " "); printf "%s %s; ", $1, $2 }')
  tarpit=$(curl -s "$MGMT/prometheus" | awk '/^multitracker_logins_tarpit_total/ { sub(/.*answer="/, ""); sub(/".* /, " "); printf "%s %s; ", $1, $2 }')
  report "### 3. Login flood (wrk -c16 wrong passwords, $DUR)"
  report ""
  report "| probe announces | req/s | p50 ms | p99 ms | max ms | non-2xx |"
  report "|---|---:|---:|---:|---:|---:|"
  report "| alone | $(kv rps "$quiet") | $(kv p50_ms "$quiet") | $(kv p99_ms "$quiet") | $(kv max_ms "$quiet") | $(kv non2xx "$quiet") |"
  report "| during the flood | $(kv rps "$loud") | $(kv p50_ms "$loud") | $(kv p99_ms "$loud") | $(kv max_ms "$loud") | $(kv non2xx "$loud") |"
  report ""
  report "p99 ratio (flood/alone): $(awk -v a="$(kv p99_ms "$loud")" -v b="$(kv p99_ms "$quiet")" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }');" \
    "flood: $(kv rps "$line") req/s (p50 $(kv p50_ms "$line") ms: refusals are held by the tarpit), 4xx $(kv s4xx "$line") (401, 429 backoff), 503 Retry-After $(kv retry503 "$line") (check slot busy), other 5xx $(kv s5xx "$line");" \
    "logins by outcome: ${logins:-?} refusals by answer (tarpit): ${tarpit:-?}"
  report ""
  stop
fi

# ---------------------------------------------------------------- 4. slow connections
if [[ " $ONLY " == *" 4 "* ]]; then
  SCENARIO=4
  start
  log "4. $SLOW slow-header connections at $SLOW_RATE a second, probe every 200 ms"
  out=$(java "$HERE/SlowConnections.java" --port $((8080 + OFFSET)) --connections "$SLOW" \
    --rate "$SLOW_RATE" --duration "$SLOW_DURATION" --line-every 10 --max-probe-ms 1000 \
    --closed-within 20 2>"$WORK/slow.err" || true)
  report "### 4. Slow connections ($SLOW at $SLOW_RATE/s, a header line every 10 s; ulimit -n $(ulimit -n))"
  report ""
  while IFS= read -r l; do report "- $l"; done <<<"$out"
  report "- 'Too many open files' in the server log: $(grep -c 'Too many open files' "$WORK/server.log" || true)"
  report ""
  stop
fi

log "report: $REPORT"
