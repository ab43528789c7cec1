#!/usr/bin/env bash
# Deploys target/multitracker.war on Payara Micro and checks that it answers as on WildFly:
# announce (compact, bencoded), peers handed out, scrape, the peer-expiry EJB timer
# (timeout_downloaders_interval=2: a peer is gone 2..4 s after its last announce), and the
# health checks (Payara has no Micrometer: the WAR must deploy without its metrics).
# Builds the WAR and fetches Payara Micro from Maven Central (into target/payara) if needed.
# Exits non-zero on any failure; every wait is bounded. For CI: scripts/payara-check.sh
#   PAYARA_VERSION  default 6.2025.10      PAYARA_PORT  default 8680
#   STARTUP_TIMEOUT default 240 s          MVN_ARGS     extra Maven arguments, e.g. -o
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=${PAYARA_VERSION:-6.2025.10}
port=${PAYARA_PORT:-8680}
startup_timeout=${STARTUP_TIMEOUT:-240}
jar=target/payara/payara-micro-$version.jar
work=target/payara/check
base=http://127.0.0.1:$port
fail() { echo "payara-check: FAILED: $*" >&2; [ -f "$work/console.log" ] && echo "(server log: $work/console.log)" >&2; exit 1; }

[ -f target/multitracker.war ] || mvn -q -B ${MVN_ARGS:-} package -DskipTests
[ -f "$jar" ] || mvn -q -B ${MVN_ARGS:-} dependency:copy \
  -Dartifact=fish.payara.extras:payara-micro:$version -DoutputDirectory=target/payara
if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null; then fail "port $port is already in use"; fi

rm -rf "$work" && mkdir -p "$work"
# The admin account (Jakarta Security on Payara's own implementation): password "check".
admin_hash=$(echo check | java -jar target/multitracker-tools.jar hashpassword --iterations 1000)
java -Xmx512m \
  -Dtracker.timeout_downloaders_interval=2 -Dtracker.keep_dead=1 -Dtracker.reannounce_interval=5 \
  -Dtracker.admin_user=operator "-Dtracker.admin_password_hash=$admin_hash" \
  -jar "$jar" --deploy target/multitracker.war --contextroot / --port "$port" \
  --nocluster --disablephonehome --rootdir "$work/root" >"$work/console.log" 2>&1 </dev/null &
pid=$!
stop() {
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}
trap stop EXIT

start=$SECONDS
until [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$base/announce" || true)" = 400 ]; do
  kill -0 "$pid" 2>/dev/null || fail "Payara Micro exited while starting"
  [ $((SECONDS - start)) -lt "$startup_timeout" ] || fail "no answer on $base/announce within ${startup_timeout}s"
  sleep 1
done
echo "Payara Micro $version deployed the WAR at / in $((SECONDS - start)) s"
grep -q 'timeout_downloaders_interval=2,' "$work/console.log" || fail "tracker.* system properties were not read"

ih=%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14   # 20 binary bytes, percent-encoded
q="info_hash=$ih&uploaded=0&downloaded=0&left=100&compact=1"
hexof() { od -An -tx1 "$1" | tr -d ' \n'; }

code=$(curl -s -o "$work/a1.bin" -m 5 -w '%{http_code}' "$base/announce?$q&peer_id=-PC0001-aaaaaaaaaaaa&port=6881&event=started")
[ "$code" = 200 ] || fail "announce: HTTP $code: $(cat "$work/a1.bin")"
grep -q '^d8:completei0e10:incompletei1e8:intervali5e5:peers0:e$' "$work/a1.bin" ||
  fail "announce: unexpected answer $(cat -v "$work/a1.bin")"
echo "announce: HTTP 200 $(cat "$work/a1.bin")"

code=$(curl -s -o "$work/a2.bin" -m 5 -w '%{http_code}' "$base/announce?$q&peer_id=-PC0002-bbbbbbbbbbbb&port=6882&event=started")
[ "$code" = 200 ] || fail "second announce: HTTP $code"
# compact peers: 5:peers6: then 127.0.0.1:6881 = 7f 00 00 01 1a e1
hexof "$work/a2.bin" | grep -q "$(printf '5:peers6:' | od -An -tx1 | tr -d ' \n')7f0000011ae1" ||
  fail "second announce did not get the first peer: $(cat -v "$work/a2.bin")"
echo "announce: the second peer got the first one (compact 127.0.0.1:6881)"

curl -s -m 5 -o "$work/s1.bin" "$base/scrape?info_hash=$ih"
grep -q '10:incompletei2e' "$work/s1.bin" || fail "scrape: expected 2 leechers, got $(cat -v "$work/s1.bin")"
echo "scrape: 2 leechers"

# The PeerReaper timer must drop both peers (keep_dead=1 keeps the torrent, with 0 peers).
start=$SECONDS
until curl -s -m 5 "$base/scrape?info_hash=$ih" | grep -q '10:incompletei0e'; do
  [ $((SECONDS - start)) -lt 15 ] || fail "the peers did not expire within 15 s (timer not running?)"
  sleep 0.5
done
echo "timer: both peers expired after $((SECONDS - start)) s"

# MicroProfile Health: Payara serves the WAR's checks on its own HTTP port. It has no Micrometer,
# so the tracker must have skipped its metrics rather than failed.
code=$(curl -s -o "$work/ready.json" -m 10 -w '%{http_code}' "$base/health/ready")
[ "$code" = 200 ] && grep -q '"allowed-dir"' "$work/ready.json" && grep -q '"database"' "$work/ready.json" ||
  fail "health/ready: HTTP $code $(cat "$work/ready.json")"
code=$(curl -s -o "$work/live.json" -m 10 -w '%{http_code}' "$base/health/live")
[ "$code" = 200 ] && grep -q '"timers"' "$work/live.json" || fail "health/live: HTTP $code $(cat "$work/live.json")"
grep -q "has no Micrometer: the tracker's metrics are not published" "$work/console.log" ||
  fail "the WAR did not report that metrics are off on Payara"
echo "health: ready and live (allowed-dir, database, timers); metrics off (no Micrometer)"

code=$(curl -s -o "$work/info.html" -m 5 -w '%{http_code}' "$base/")
[ "$code" = 200 ] && grep -q 'Multitracker' "$work/info.html" || fail "info page: HTTP $code"
echo "info page: HTTP 200"

# Admin page: closed without login, open with Basic and with the login form (session cookie).
code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$base/admin")
[ "$code" = 302 ] || fail "admin page without login: HTTP $code, expected a redirect to /login"
code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$base/api/announces")
[ "$code" = 401 ] || fail "API without login: HTTP $code, expected 401"
code=$(curl -s -o "$work/admin.html" -m 10 -w '%{http_code}' -u operator:check "$base/admin")
[ "$code" = 200 ] && grep -q 'id="torrents"' "$work/admin.html" || fail "admin page with Basic: HTTP $code"
code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -c "$work/cookies" \
  --data 'username=operator&password=check&next=/admin' "$base/login")
[ "$code" = 303 ] || fail "login form: HTTP $code, expected 303"
code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -b "$work/cookies" "$base/admin")
[ "$code" = 200 ] || fail "admin page with the session: HTTP $code"
echo "admin page: login required; Basic and form login work"
echo "payara-check: OK"
