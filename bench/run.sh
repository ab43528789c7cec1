#!/usr/bin/env bash
# Benchmarks Multitracker (WildFly, 127.0.0.1:8580) against Debian's opentracker
# (127.0.0.1:6969). One command: bench/run.sh. Loopback only; every load run is bounded in time.
# Knobs (env): BENCH_WORK (/tmp/multitracker-bench), BENCH_DURATION (10s), BENCH_WARMUP (15s),
# BENCH_CONNECTIONS (64), BENCH_TORRENTS (1000), BENCH_PEERS (100000), BENCH_ROUNDS (2),
# BENCH_MEM_PEERS (1000000), BENCH_MEM_TORRENTS (10000), BENCH_SIZING (empty: the server's own
# defaults from standalone.conf, no -Xms pinning), BENCH_MEM_SIZING (-Xms512m -Xmx512m: the
# issue's "1,000,000 peers fit a 512 MB heap"), BENCH_SKIP_BUILD=1, BENCH_SKIP_MEMORY=1,
# BENCH_JAVA_HOME (the JDK our server runs on; default: the one on PATH / JAVA_HOME),
# BENCH_GC (our server's collector options, e.g. "-XX:+UseZGC -XX:+ZGenerational" on JDK 21,
# "-XX:+UseZGC" on 25, "-XX:+UseG1GC"; default: the server's, the parallel collector),
# BENCH_BOOTS (3: boots timed to the first answered announce, median reported),
# BENCH_IDLE_SETTLE (10: seconds after boot before idle RSS is read),
# BENCH_SHORT=1 (a quick check of the harness itself: 2 s runs, 5,000 peers, 1 round, 1 boot,
# no memory phase; its figures mean nothing),
# gc.txt: collections and pause time of our JVM during each run (jstat). BENCH_SERVER (the server directory to measure, default target/server, not built then: e.g. an
# older build's target/server for a before/after pair measured in one session).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${BENCH_WORK:-/tmp/multitracker-bench}
if [ "${BENCH_SHORT:-0}" = 1 ]; then
  : "${BENCH_DURATION:=2s}" "${BENCH_WARMUP:=2s}" "${BENCH_TORRENTS:=100}" "${BENCH_PEERS:=5000}"
  : "${BENCH_ROUNDS:=1}" "${BENCH_BOOTS:=1}" "${BENCH_SKIP_MEMORY:=1}" "${BENCH_IDLE_SETTLE:=2}"
  export BENCH_DURATION # report.sh prints it
fi
DUR=${BENCH_DURATION:-10s}
WARM=${BENCH_WARMUP:-15s}
CONN=${BENCH_CONNECTIONS:-64}
TORRENTS=${BENCH_TORRENTS:-1000}
PEERS=${BENCH_PEERS:-100000}
ROUNDS=${BENCH_ROUNDS:-2}
MEM_PEERS=${BENCH_MEM_PEERS:-1000000}
MEM_TORRENTS=${BENCH_MEM_TORRENTS:-10000}
SIZING=${BENCH_SIZING:-}
MEM_SIZING=${BENCH_MEM_SIZING:--Xms512m -Xmx512m}
BOOTS=${BENCH_BOOTS:-3}
IDLE_SETTLE=${BENCH_IDLE_SETTLE:-10}
GC_OPTS=${BENCH_GC:-}
SERVER_JAVA_HOME=${BENCH_JAVA_HOME:-${JAVA_HOME:-}}
JAVA_BIN=java JCMD=jcmd
if [ -n "$SERVER_JAVA_HOME" ]; then JAVA_BIN=$SERVER_JAVA_HOME/bin/java JCMD=$SERVER_JAVA_HOME/bin/jcmd; fi
OFFSET=500
OURS=http://127.0.0.1:$((8080 + OFFSET))
THEIRS=http://127.0.0.1:6969
RESULTS=$WORK/results.tsv

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- dependencies and build
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v opentracker >/dev/null || need_apt+=(opentracker)
command -v curl >/dev/null || need_apt+=(curl)
if ((${#need_apt[@]})); then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  log "installing ${need_apt[*]} from Debian"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  # Debian's package starts a system opentracker on 0.0.0.0:6969 where systemd runs: stop it.
  if command -v systemctl >/dev/null && systemctl is-active --quiet opentracker 2>/dev/null; then
    $SUDO systemctl disable --now opentracker || true
  fi
fi
for c in jcmd mvn awk; do command -v $c >/dev/null || die "$c is missing (needs a JDK 17 and Maven)"; done
[ -x "$(command -v "$JAVA_BIN")" ] && [ -x "$(command -v "$JCMD")" ] || die "no java/jcmd in BENCH_JAVA_HOME=$SERVER_JAVA_HOME"

SERVER_SRC=${BENCH_SERVER:-$ROOT/target/server}
if [ -n "${BENCH_SERVER:-}" ]; then BENCH_SKIP_BUILD=1; fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  log "building the tracker"
  (cd "$ROOT" && { mvn -q -o package -DskipTests || mvn -q package -DskipTests; })
fi
[ -x "$SERVER_SRC/bin/standalone.sh" ] || die "no $SERVER_SRC: build failed?"

for port in $((8080 + OFFSET)) $((9990 + OFFSET)) 6969; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then die "port $port is already in use"; fi
done

mkdir -p "$WORK"
SERVER_TXT=$WORK/server.txt
rm -f "$RESULTS" "$WORK/loadavg.txt" "$SERVER_TXT" "$WORK/gc.txt"

# ---------------------------------------------------------------- trackers
OURS_SH=; OURS_PID=; OT_PID=

first_hash() { "$HERE/hashes.sh" 1 | sed 's/../%&/g'; }

wait_http() { # url, seconds
  local i
  for ((i = 0; i < $2 * 4; i++)); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)" = 200 ] && return 0
    sleep 0.25
  done
  return 1
}

# The announce a client would send first (event=stopped: answered, but leaves no peer behind).
boot_announce() {
  echo "$OURS/announce?info_hash=$(first_hash)&peer_id=-BN0001-boot00000000&port=6881&uploaded=0&downloaded=0&left=1&compact=1&event=stopped"
}

now_ms() { date +%s%3N; }

start_ours() { # allowed list, JVM sizing (empty: the server's defaults); sets BOOT_MS
  local t0 url i
  rm -rf "$WORK/server"
  cp -a "$SERVER_SRC" "$WORK/server"
  log "starting Multitracker (${2:-server defaults}${GC_OPTS:+, $GC_OPTS}${SERVER_JAVA_HOME:+, $SERVER_JAVA_HOME}) on $OURS"
  # Full scrapes are timed and counted here, so they are rebuilt for each request (cache 0 s);
  # max_peers above the 1,000,000 loaded, whatever -Xmx the heap-derived default would give.
  url=$(boot_announce)
  t0=$(now_ms)
  env ${SERVER_JAVA_HOME:+JAVA_HOME="$SERVER_JAVA_HOME"} ${2:+JBOSS_JAVA_SIZING="$2"} \
    ${GC_OPTS:+MULTITRACKER_GC="$GC_OPTS"} setsid "$WORK/server/bin/standalone.sh" \
    -Djboss.socket.binding.port-offset=$OFFSET -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Dtracker.allowed_list="$1" -Dtracker.nat_check=0 -Dtracker.response_size=50 \
    -Dtracker.min_time_between_cache_refreshes=0 -Dtracker.max_peers=4000000 \
    >"$WORK/server.log" 2>&1 &
  OURS_SH=$!
  # Boot to the first answered announce: polled every 50 ms, at most 120 s.
  BOOT_MS=
  for ((i = 0; i < 2400; i++)); do
    if [ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url" 2>/dev/null)" = 200 ]; then
      BOOT_MS=$(($(now_ms) - t0)); break
    fi
    kill -0 "$OURS_SH" 2>/dev/null || break
    sleep 0.05
  done
  [ -n "$BOOT_MS" ] || die "Multitracker did not start (see $WORK/server.log)"
  OURS_PID=$(pgrep -f "java.*-Djboss.home.dir=$WORK/server" | head -1)
  [ -n "$OURS_PID" ] || die "no java process for $WORK/server"
  log "Multitracker answered its first announce $BOOT_MS ms after launch"
}

stop_ours() {
  [ -n "$OURS_PID" ] || return 0
  kill "$OURS_PID" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$OURS_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$OURS_PID" 2>/dev/null || true
  wait "$OURS_SH" 2>/dev/null || true
  OURS_PID=; OURS_SH=
}

start_theirs() { # allowed list
  rm -rf "$WORK/ot"; mkdir -p "$WORK/ot"; chmod 755 "$WORK/ot"
  cp "$1" "$WORK/ot/whitelist.txt"; chmod 644 "$WORK/ot/whitelist.txt"
  log "starting opentracker on $THEIRS"
  # As root it chroots into -d and drops to nobody, so the whitelist path is relative to it.
  # -p without -P: TCP only, no UDP listener.
  (cd "$WORK/ot" && exec opentracker -i 127.0.0.1 -p 6969 -d "$WORK/ot" -w whitelist.txt) \
    >"$WORK/ot.log" 2>&1 &
  OT_PID=$!
  wait_http "$THEIRS/scrape?info_hash=$(first_hash)" 30 || die "opentracker did not start (see $WORK/ot.log)"
}

stop_theirs() {
  [ -n "$OT_PID" ] || return 0
  kill "$OT_PID" 2>/dev/null || true
  wait "$OT_PID" 2>/dev/null || true
  OT_PID=
}

cleanup() { stop_ours; stop_theirs; }
trap cleanup EXIT
trap 'exit 130' INT TERM

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
heap_kib() { # used heap of our JVM, KiB: the "total ..K, used ..K" lines (G1: one; Parallel: two),
  # or ZGC's "ZHeap used 54M, capacity ..." line
  "$JCMD" "$1" GC.heap_info | awk '
    function kib(v) { u = v; sub(/[0-9.]+/, "", u); sub(/,.*/, "", u); v += 0
      return u ~ /^G/ ? v * 1048576 : u ~ /^M/ ? v * 1024 : u ~ /^K/ ? v : v / 1024 }
    (/total/ || /ZHeap/) && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") sum += kib($(i + 1)) }
    END { printf "%d\n", sum }'
}
gc() { "$JCMD" "$1" GC.run >/dev/null; sleep 1; }
# What the server's JVM runs with, for the report.
server_vm() { "$JAVA_BIN" -version 2>&1 | head -1 | tr -d '"'; }

# ---------------------------------------------------------------- load runs
# Collections of our JVM so far: "count milliseconds" (jstat's YGC+FGC and GCT).
gc_so_far() {
  "${JCMD%jcmd}jstat" -gc "$1" | awk 'NR == 2 { for (i = 1; i <= NF; i++) v[h[i]] = $i }
    NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i }
    END { printf "%d %d\n", v["YGC"] + v["FGC"], v["GCT"] * 1000 }'
}

wrk_run() { # label tracker-name url script close(0/1) extra-env...
  local mode=$1 name=$2 url=$3 script=$4 close=$5 out pid line heap=- gc0=
  shift 5
  [ "$name" = ours ] && gc0=$(gc_so_far "$OURS_PID")
  out=$(env "$@" BENCH_CLOSE="$close" BENCH_TORRENTS="$TORRENTS" BENCH_PEERS="$PEERS" \
    wrk -t1 -c"$CONN" -d"$DUR" --timeout 5s --latency -s "$HERE/$script" "$url")
  line=$(grep '^BENCH ' <<<"$out") || die "no BENCH line from wrk: $out"
  if [ "$name" = ours ]; then pid=$OURS_PID; heap=$(($(heap_kib "$pid") / 1024)); else pid=$OT_PID; fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$mode" "$name" "$(rss_mib "$pid")" "$heap" "$line" >>"$RESULTS"
  # Other jobs on the machine skew every figure: keep the 1-minute load average of each run.
  echo "$mode $name $(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/loadavg.txt"
  log "$mode $name: $(grep -o 'rps=[^ ]*' <<<"$line")"
  # Pauses during the run: does the collector explain our tail?
  if [ -n "$gc0" ]; then
    read -r c1 t1 <<<"$(gc_so_far "$OURS_PID")"
    read -r c0 t0 <<<"$gc0"
    echo "$mode collections=$((c1 - c0)) pause_ms=$((t1 - t0))" >>"$WORK/gc.txt"
    log "$mode ours: $((c1 - c0)) collections, $((t1 - t0)) ms paused"
  fi
}

# Loads peers 0..n-1 once each (peer p to torrent p % torrents), stops wrk when the Lua says so.
# opentracker closes the connection after each answer without saying so: over keep-alive, wrk
# then sometimes writes the next request into the closing socket and that announce is lost, so
# opentracker is loaded with "Connection: close".
load_seq() { # url peers torrents
  local done_file=$WORK/load.done pid i close=0
  [ "$1" = "$THEIRS" ] && close=1
  rm -f "$done_file"
  BENCH_CLOSE=$close BENCH_SEQ=1 BENCH_PEERS=$2 BENCH_TORRENTS=$3 BENCH_DONE_FILE=$done_file \
    wrk -t1 -c"$CONN" -d600s --timeout 5s -s "$HERE/announce.lua" "$1/announce" >"$WORK/load.out" 2>&1 &
  pid=$!
  for ((i = 0; i < 6000; i++)); do
    [ -s "$done_file" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -s "$done_file" ] || die "loading $2 peers into $1 did not finish"
}

# Sum of complete+incomplete over a full scrape.
peers_in() {
  curl -s "$1/scrape" | LC_ALL=C grep -a -o -E '(8:complete|10:incomplete)i[0-9]+e' |
    LC_ALL=C awk -F'i' '{ sub(/e$/, "", $NF); s += $NF } END { print s + 0 }'
}
torrents_in() { curl -s "$1/scrape" | LC_ALL=C grep -a -o -E '8:completei' | wc -l; }

fullscrape_ms() { # url: median of 5
  local i
  for i in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "$1/scrape"; done |
    sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[3] * 1000 }'
}

# ---------------------------------------------------------------- phase 0: boot
"$HERE/hashes.sh" "$TORRENTS" >"$WORK/hashes-pool.txt"
boots=()
for ((b = 1; b < BOOTS; b++)); do
  start_ours "$WORK/hashes-pool.txt" "$SIZING"
  boots+=("$BOOT_MS")
  stop_ours
done

# ---------------------------------------------------------------- phase 1: throughput
start_ours "$WORK/hashes-pool.txt" "$SIZING"
boots+=("$BOOT_MS")
log "idle for $IDLE_SETTLE s, then RSS"
sleep "$IDLE_SETTLE"
rss_idle=$(rss_mib "$OURS_PID")
start_theirs "$WORK/hashes-pool.txt"

log "filling the swarms: each of the $PEERS peers announced once (peer p to torrent p % $TORRENTS)"
load_seq "$OURS" "$PEERS" "$TORRENTS"
# RSS holding the peers as the load left it, then heap used after a forced collection.
rss_peers=$(rss_mib "$OURS_PID")
peers_held=$(peers_in "$OURS")
gc "$OURS_PID"
heap_peers=$(($(heap_kib "$OURS_PID") / 1024))
# One "key=value" a line (values may hold spaces), read by report.sh.
{
  echo "jvm=$(server_vm)"
  echo "gc=${GC_OPTS:-server default (standalone.conf)}"
  echo "sizing=${SIZING:-server default (standalone.conf)}"
  echo "server_mib=$(du -sm "$SERVER_SRC" | cut -f1)"
  echo "boots_ms=$(IFS=,; echo "${boots[*]}")"
  echo "boot_ms_median=$(printf '%s\n' "${boots[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
  echo "rss_idle_mib=$rss_idle"
  echo "rss_peers_mib=$rss_peers"
  echo "peers_held=$peers_held"
  echo "heap_peers_mib=$heap_peers"
} >>"$SERVER_TXT"
load_seq "$THEIRS" "$PEERS" "$TORRENTS"
log "warm-up: $WARM of random announces on each"
for url in "$OURS" "$THEIRS"; do
  BENCH_TORRENTS=$TORRENTS BENCH_PEERS=$PEERS BENCH_SEED=99 \
    wrk -t1 -c"$CONN" -d"$WARM" -s "$HERE/announce.lua" "$url/announce" >/dev/null
done

for mode in close keepalive; do
  close=0; [ $mode = close ] && close=1
  for ((r = 1; r <= ROUNDS; r++)); do
    wrk_run "announce-$mode" ours "$OURS/announce" announce.lua $close BENCH_SEED=$r
    wrk_run "announce-$mode" opentracker "$THEIRS/announce" announce.lua $close BENCH_SEED=$r
  done
done
for ((r = 1; r <= ROUNDS; r++)); do
  wrk_run scrape-keepalive ours "$OURS/scrape" scrape.lua 0 BENCH_SEED=$r
  wrk_run scrape-keepalive opentracker "$THEIRS/scrape" scrape.lua 0 BENCH_SEED=$r
done
stop_ours
stop_theirs

# ---------------------------------------------------------------- phase 2: full scrape, memory
MEM=$WORK/memory.txt
: >"$MEM"
if [ "${BENCH_SKIP_MEMORY:-0}" != 1 ]; then
  "$HERE/hashes.sh" "$MEM_TORRENTS" >"$WORK/hashes-mem.txt"
  start_ours "$WORK/hashes-mem.txt" "$MEM_SIZING"
  start_theirs "$WORK/hashes-mem.txt"
  for name in ours opentracker; do
    if [ $name = ours ]; then url=$OURS; pid=$OURS_PID; else url=$THEIRS; pid=$OT_PID; fi
    log "$name: one peer on each of $MEM_TORRENTS torrents, full scrape"
    load_seq "$url" "$MEM_TORRENTS" "$MEM_TORRENTS"
    # Full scrapes are periodic, so the steady state is what counts: 10 untimed ones first (the
    # JVM compiles the path; a single one left the median at 2-3x the warmed figure).
    for _ in $(seq 10); do curl -s -o /dev/null "$url/scrape"; done
    fs=$(fullscrape_ms "$url"); ft=$(torrents_in "$url"); fsize=$(curl -s "$url/scrape" | wc -c)
    n1=$(peers_in "$url")
    h1=-; h2=-
    if [ $name = ours ]; then gc "$pid"; h1=$(heap_kib "$pid"); fi
    r1=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
    log "$name: loading $MEM_PEERS peers over $MEM_TORRENTS torrents"
    t0=$(date +%s.%N)
    load_seq "$url" "$MEM_PEERS" "$MEM_TORRENTS"
    t1=$(date +%s.%N)
    n2=$(peers_in "$url")
    if [ $name = ours ]; then gc "$pid"; h2=$(heap_kib "$pid"); fi
    r2=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
    fs2=$(fullscrape_ms "$url")
    printf '%s fullscrape_ms=%s fullscrape_torrents=%s fullscrape_bytes=%s peers_before=%s peers_after=%s heap_before_kib=%s heap_after_kib=%s rss_before_kib=%s rss_after_kib=%s load_s=%s fullscrape_loaded_ms=%s\n' \
      $name "$fs" "$ft" "$fsize" "$n1" "$n2" "$h1" "$h2" "$r1" "$r2" \
      "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')" "$fs2" >>"$MEM"
  done
  stop_ours
  stop_theirs
fi

# ---------------------------------------------------------------- report
{
  "$HERE/report.sh" "$RESULTS" "$MEM" "$SERVER_TXT"
  cut -d' ' -f3 "$WORK/loadavg.txt" | sort -n |
    awk '{ v[NR] = $1 } END { if (NR) printf "\n1-minute load average after the load runs (2 cores): %s to %s\n", v[1], v[NR] }'
} | tee "$WORK/report.md"
