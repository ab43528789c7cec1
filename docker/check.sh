#!/usr/bin/env bash
# Checks the Docker pieces without a Docker engine:
#  1. docker-compose.yml is valid (`docker-compose config`) and has the seed's three trackers;
#  2. allowed/blah.torrent lists the three trackers' compose URLs in one tier;
#  3. the image's configuration step (configure-image.sh, as the Dockerfile runs it) applied to a
#     copy of the build's server (target/server, the image's server too) gives a server that loads
#     the PostgreSQL driver module and, with tracker1's environment from the compose file, tracks
#     blah.torrent.
# Needs `mvn package` done (target/server, the tools jar) and docker-compose (v1,
# Debian package) or the `docker compose` plugin. Port offset PORT_OFFSET (default 650: http
# 8730, management 10640). Exits non-zero on failure; every wait is bounded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
offset=${PORT_OFFSET:-650}
http=$((8080 + offset)) mgmt=$((9990 + offset))
work=$root/target/docker-check
fail() { echo "docker/check: FAILED: $*" >&2; exit 1; }

# 1. The compose file.
if command -v docker-compose >/dev/null 2>&1; then compose=(docker-compose)
elif docker compose version >/dev/null 2>&1; then compose=(docker compose)
else fail "neither docker-compose nor the docker compose plugin is installed"; fi
config=$("${compose[@]}" -f docker/docker-compose.yml config) || fail "docker-compose config rejected docker/docker-compose.yml"
for n in 1 2 3; do
  echo "$config" | grep -q "^  tracker$n:" || fail "no service tracker$n"
  echo "$config" | grep -Eq "published: \"?8$n\"?$|- \"?8$n:8080" || fail "tracker$n is not on host port 8$n"
done
echo "$config" | grep -q '^  postgres:' || fail "no postgres service"
echo "$config" | grep -q "^  tracker0:" || fail "no aggregator (tracker0)"
echo "compose file: valid, tracker0 (aggregator), tracker1..3 on host ports 81..83, postgres"

# 2. The example torrent.
meta=$(java -jar target/multitracker-tools.jar showmetainfo docker/allowed/blah.torrent)
echo "$meta" | grep -q 'tier 1: http://tracker1:8080/announce, http://tracker2:8080/announce, http://tracker3:8080/announce$' ||
  fail "blah.torrent does not list the three trackers in one tier: $meta"
[ "$(echo "$meta" | grep -c 'tier ')" = 1 ] || fail "blah.torrent has more than one tier"
hex=$(echo "$meta" | sed -n 's/^info hash[ .]*: *//p')
echo "blah.torrent: one tier of tracker1..3 (info hash $hex)"

# The image's build stage needs every directory the WAR is built from (the migrations too), and
# builds the server as the Maven build does (Galleon provisioning, prepare-server.sh).
for d in src webapp db-migrations; do
  grep -q "^COPY $d $d\$" docker/Dockerfile || fail "docker/Dockerfile does not copy $d/ into its build stage"
done
grep -q '^RUN mvn .*package' docker/Dockerfile || fail "docker/Dockerfile does not build the server with mvn package"
grep -Eq 'mvn .*-D(exec|mdep)\.skip' docker/Dockerfile && fail "docker/Dockerfile skips the build's own server"
grep -q 'bash docker/configure-image.sh target/server' docker/Dockerfile || fail "docker/Dockerfile does not run configure-image.sh"
grep -q -- '--from=build .*/build/target/server /opt/jboss/wildfly' docker/Dockerfile || fail "docker/Dockerfile does not copy the build's server"

# 3. The image's configuration step on a copy of the build's server.
[ -x target/server/bin/standalone.sh ] && [ -f target/server/standalone/deployments/ROOT.war ] ||
  fail "target/server is missing: run mvn package first"
if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$http" 2>/dev/null; then fail "port $http is already in use"; fi
rm -rf "$work" && mkdir -p "$work"
cp -a target/server "$work/wildfly"
bash docker/configure-image.sh "$work/wildfly" >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; fail "configure-image.sh"; }

# tracker1's TRACKER_* environment, as the compose file resolves it, with the allowed dir here.
env_args=()
while IFS= read -r kv; do env_args+=("$kv"); done < <(echo "$config" |
  awk '/^  tracker1:/{t=1;next} /^  [a-z]/{t=0} t && /^ +TRACKER_[A-Z_]+:/{
         sub(/^ +/,""); k=$0; sub(/:.*/,"",k); v=$0; sub(/^[^:]*: */,"",v); gsub(/^'\''|'\''$/,"",v);
         print k "=" v }' | sed "s#=/srv/multitracker/allowed#=$root/docker/allowed#")
[ ${#env_args[@]} -ge 3 ] || fail "could not read tracker1's environment from the compose file"

env "${env_args[@]}" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$work/pid" \
  nohup "$work/wildfly/bin/standalone.sh" -b 127.0.0.1 -Djboss.socket.binding.port-offset="$offset" \
  >"$work/console.log" 2>&1 </dev/null &
launcher=$!
stop() {
  local pid; pid=$(cat "$work/pid" 2>/dev/null || echo "$launcher")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}
trap stop EXIT
deadline=$((SECONDS + 150))
until [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$http/announce" || true)" = 400 ]; do
  kill -0 "$launcher" 2>/dev/null || fail "the server exited; see $work/console.log"
  [ $SECONDS -lt $deadline ] || fail "the server did not answer within 150 s; see $work/console.log"
  sleep 1
done
"$work/wildfly/bin/jboss-cli.sh" --controller=127.0.0.1:$mgmt -c \
  --command='/subsystem=datasources:get-installed-driver(driver-name=postgresql)' >"$work/driver.txt" 2>&1 ||
  { cat "$work/driver.txt" >&2; fail "the PostgreSQL driver is not installed"; }
grep -q '"driver-class-name" => "org.postgresql.Driver"' "$work/driver.txt" || fail "the PostgreSQL driver did not load"
# The image's datasource heals after a database restart: PostgreSQL's validation and sorter.
"$work/wildfly/bin/jboss-cli.sh" --controller=127.0.0.1:$mgmt -c \
  --command='/subsystem=datasources/data-source=MultitrackerDS:read-resource' >"$work/datasource.txt" 2>&1 ||
  { cat "$work/datasource.txt" >&2; fail "cannot read the datasource MultitrackerDS"; }
for want in '"validate-on-match" => true' 'postgres.PostgreSQLValidConnectionChecker"' \
  'postgres.PostgreSQLExceptionSorter"'; do
  grep -qF "$want" "$work/datasource.txt" || fail "MultitrackerDS lacks $want"
done
grep -q 'multitracker_enabled=true' "$work/console.log" || fail "TRACKER_MULTITRACKER_ENABLED was not applied"
ih=$(echo "$hex" | sed 's/../%&/g')
code=$(curl -s -o "$work/announce.bin" -m 5 -w '%{http_code}' \
  "http://127.0.0.1:$http/announce?info_hash=$ih&peer_id=-DC0001-aaaaaaaaaaaa&port=6881&uploaded=0&downloaded=0&left=157&compact=1")
[ "$code" = 200 ] && grep -q '^d8:complete' "$work/announce.bin" ||
  fail "announce for blah.torrent answered HTTP $code: $(cat "$work/announce.bin")"
echo "image steps: WildFly configured, PostgreSQL driver loaded and validated, tracker1's environment applied, blah.torrent tracked"
echo "docker/check: OK"
