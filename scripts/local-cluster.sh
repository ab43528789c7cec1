#!/usr/bin/env bash
# The seed's example cluster without Docker: three trackers on this machine that poll each
# other for the torrents in one shared allowed_dir (multitracker operation).
#
#   scripts/local-cluster.sh [start] [-Dtracker.option=value ...]  start, stay in the foreground; Ctrl-C stops
#   scripts/local-cluster.sh start --detach [-D...]              start, return once all three answer
#   scripts/local-cluster.sh stop                                stop the trackers started from RUN_DIR
#   scripts/local-cluster.sh status                              which of them run, and their URLs
#
# Needs only a JDK 17 and Maven: builds target/server (WildFly with the WAR) if it is missing.
# Environment:
#   BASE_OFFSET  tracker N uses port offset BASE_OFFSET+N: http 8080+BASE_OFFSET+N (default 0:
#                8081, 8082, 8083) and management 9990+BASE_OFFSET+N
#   RUN_DIR      PIDs, logs, server base dirs and the allowed dir (default target/local-cluster)
#   READY_TIMEOUT seconds to wait for each tracker to answer (default 180)
#   MVN_ARGS     extra Maven arguments for the build, for example -o
#   TRACKER_*    any tracker option (for example TRACKER_MULTITRACKER_REANNOUNCE_INTERVAL=5) is
#                passed to the trackers through the environment; -D arguments win over it.
# tracker0 (offset BASE_OFFSET+0, http 8080+BASE_OFFSET) is the seed's data aggregator: the
# other three forward every announce to it; it keeps them in its embedded H2 database.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
base_offset=${BASE_OFFSET:-0}
run_dir=${RUN_DIR:-$root/target/local-cluster}
aggregator_password=${AGGREGATOR_PASSWORD:-cluster-secret}
ready_timeout=${READY_TIMEOUT:-180}
server=$root/target/server
tools=$root/target/multitracker-tools.jar
names=(tracker1 tracker2 tracker3)

port_of() { echo $((8080 + base_offset + $1)); }
url_of() { echo "http://127.0.0.1:$(port_of "$1")/announce"; }
# The server's JVM (written by standalone.sh), else the standalone.sh launcher while it starts.
pid_of() {
  local p
  p=$(cat "$run_dir/tracker$1.pid" 2>/dev/null || true)
  [ -n "$p" ] || p=$(cat "$run_dir/tracker$1.launcher.pid" 2>/dev/null || true)
  echo "$p"
}
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
# Something listens on 127.0.0.1:$1 (bash's /dev/tcp, bounded by timeout).
listening() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# Every port WildFly opens with tracker N's offset: http, https, management, management https, ajp.
check_ports_free() {
  local n p busy=()
  for n in 0 1 2 3; do
    for p in 8080 8443 9990 9993 8009; do
      p=$((p + base_offset + n))
      if listening "$p"; then busy+=("$p (tracker$n)"); fi
    done
  done
  if [ ${#busy[@]} -gt 0 ]; then
    echo "ports already in use: ${busy[*]}; choose another BASE_OFFSET" >&2
    exit 1
  fi
}

build_if_needed() {
  if [ ! -x "$server/bin/standalone.sh" ] || [ ! -f "$server/standalone/deployments/ROOT.war" ] ||
     [ ! -f "$tools" ]; then
    echo "Building the tracker (mvn package -DskipTests) ..."
    (cd "$root" && mvn -q -B ${MVN_ARGS:-} package -DskipTests)
  fi
}

# blah.torrent: a small file, announced to tracker 1, with all three trackers in one tier.
make_allowed_dir() {
  mkdir -p "$run_dir/allowed" "$run_dir/data"
  local data=$run_dir/data/blah.bin
  [ -f "$data" ] || head -c 262144 < <(yes 'Multitracker local cluster example') >"$data"
  java -jar "$tools" makemetafile "$data" "$(url_of 1)" \
    --announce_list "$(url_of 1),$(url_of 2),$(url_of 3)" \
    --target "$run_dir/allowed/blah.torrent" >/dev/null
}

# tracker0 aggregates; the members forward to it (a password keeps strangers out and lets it
# trust the members' record of each client's real address).
role_of() {
  if [ "$1" = 0 ]; then
    echo "-Dtracker.aggregator=$aggregator_password"
  else
    echo "-Dtracker.aggregate_forward=$(url_of 0),$aggregator_password"
  fi
}

start_one() {
  local n=$1; shift
  local base=$run_dir/tracker$n
  rm -rf "$base"
  mkdir -p "$base"
  # The server's own base dir (configuration and the deployed WAR), without old data or logs.
  cp -a "$server/standalone/configuration" "$server/standalone/deployments" "$base/"
  rm -f "$run_dir/tracker$n.pid" "$run_dir/tracker$n.launcher.pid"
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$run_dir/tracker$n.pid \
    nohup "$server/bin/standalone.sh" \
      -Djboss.server.base.dir="$base" \
      -Djboss.socket.binding.port-offset=$((base_offset + n)) \
      -Dtracker.allowed_dir="$run_dir/allowed" \
      -Dtracker.multitracker_enabled=1 \
      -Dtracker.multitracker_trusted=http://127.0.0.1: \
      "$(role_of "$n")" \
      "$@" >"$run_dir/tracker$n.log" 2>&1 </dev/null &
  echo $! >"$run_dir/tracker$n.launcher.pid"
}

await_ready() {
  local n=$1 deadline=$((SECONDS + ready_timeout)) code
  while [ $SECONDS -lt $deadline ]; do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$(url_of "$n")" || true)
    [ "$code" = 400 ] && return 0
    if grep -q 'Address already in use' "$run_dir/tracker$n.log" 2>/dev/null; then
      echo "tracker$n: a port is already in use (see $run_dir/tracker$n.log): choose another BASE_OFFSET" >&2
      return 1
    fi
    if ! alive "$(cat "$run_dir/tracker$n.launcher.pid" 2>/dev/null)"; then
      echo "tracker$n exited while starting; see $run_dir/tracker$n.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "tracker$n did not answer $(url_of "$n") within ${ready_timeout}s; see $run_dir/tracker$n.log" >&2
  return 1
}

stop_all() {
  local n pid pids=()
  for n in 0 1 2 3; do
    pid=$(pid_of "$n")
    if alive "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
  done
  # WildFly shuts down gracefully on TERM (the tracker saves its dfile if one is set).
  local deadline=$((SECONDS + 30))
  for pid in ${pids[@]+"${pids[@]}"}; do
    while alive "$pid" && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    if alive "$pid"; then
      echo "process $pid did not stop in time: killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  rm -f "$run_dir"/tracker*.pid "$run_dir"/tracker*.launcher.pid
  echo "Cluster stopped (${#pids[@]} tracker(s) were running)."
}

status() {
  local n running=0
  for n in 0 1 2 3; do
    if alive "$(pid_of "$n")"; then
      echo "tracker$n: running, pid $(pid_of "$n"), $(url_of "$n")"
      running=$((running + 1))
    else
      echo "tracker$n: stopped"
    fi
  done
  [ "$running" -gt 0 ]
}

start_all() {
  local detach=0
  if [ "${1:-}" = --detach ]; then detach=1; shift; fi
  local n
  for n in 0 1 2 3; do
    if alive "$(pid_of "$n")"; then
      echo "tracker$n already runs (pid $(pid_of "$n")): run '$0 stop' first" >&2
      exit 1
    fi
  done
  check_ports_free
  build_if_needed
  mkdir -p "$run_dir"
  make_allowed_dir
  [ "$detach" = 1 ] || trap 'echo; stop_all; exit 130' INT TERM
  for n in 0 1 2 3; do
    start_one "$n" "$@"
  done
  for n in 0 1 2 3; do
    if ! await_ready "$n"; then
      stop_all
      exit 1
    fi
  done
  echo "Cluster running (run dir $run_dir):"
  for n in 0 1 2 3; do
    echo "  tracker$n  $(url_of "$n")   info page http://127.0.0.1:$(port_of "$n")/   log $run_dir/tracker$n.log"
  done
  echo "  torrent   $run_dir/allowed/blah.torrent (all three trackers in one tier)"
  if [ "$detach" = 1 ]; then
    echo "Stop it with: $0 stop"
    return 0
  fi
  echo "Press Ctrl-C to stop the cluster."
  while status >/dev/null; do sleep 2; done
  echo "All trackers have exited." >&2
  stop_all
}

cmd=${1:-start}
[ $# -gt 0 ] && shift
case $cmd in
  start) start_all "$@" ;;
  stop) stop_all ;;
  status) status ;;
  *) sed -n '2,9p' "$0" >&2; exit 2 ;;
esac
