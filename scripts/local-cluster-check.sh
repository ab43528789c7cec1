#!/usr/bin/env bash
# End-to-end check of scripts/local-cluster.sh: starts the three trackers (port offsets
# BASE_OFFSET+1..3, default 600: http 8681..8683), announces one peer to tracker 1 and waits
# until tracker 3 hands it out (multitracker polling every 5 s), checks that the aggregator
# (tracker0) recorded the clients of both trackers, then stops the cluster.
# Exits non-zero on any failure; every wait is bounded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export BASE_OFFSET=${BASE_OFFSET:-600}
export RUN_DIR=${RUN_DIR:-$root/target/local-cluster-check}
export TRACKER_MULTITRACKER_REANNOUNCE_INTERVAL=${TRACKER_MULTITRACKER_REANNOUNCE_INTERVAL:-5}
seen_timeout=${SEEN_TIMEOUT:-20}
cluster=$root/scripts/local-cluster.sh
port0=$((8080 + BASE_OFFSET)) port1=$((8080 + BASE_OFFSET + 1)) port3=$((8080 + BASE_OFFSET + 3))

fail() { echo "local-cluster-check: FAILED: $*" >&2; exit 1; }
trap '"$cluster" stop >/dev/null 2>&1 || true' EXIT

"$cluster" start --detach

hex=$(java -jar "$root/target/multitracker-tools.jar" showmetainfo "$RUN_DIR/allowed/blah.torrent" |
  sed -n 's/^info hash[ .]*: *//p')
[ ${#hex} = 40 ] || fail "no info hash in blah.torrent"
ih=$(echo "$hex" | sed 's/../%&/g')   # the 20 binary bytes, percent-encoded
query="info_hash=$ih&uploaded=0&downloaded=0&left=262144&compact=1"

code=$(curl -s -o "$RUN_DIR/a1.bin" -m 5 -w '%{http_code}' \
  "http://127.0.0.1:$port1/announce?$query&peer_id=-LC0001-aaaaaaaaaaaa&port=6881&event=started")
[ "$code" = 200 ] || fail "announce to tracker 1 answered HTTP $code: $(cat "$RUN_DIR/a1.bin")"
echo "announced 127.0.0.1:6881 to tracker 1 (http://127.0.0.1:$port1/announce)"

# Tracker 3 must hand out 127.0.0.1:6881 (compact: 7f 00 00 01 1a e1) that only tracker 1 knows.
start=$SECONDS
while :; do
  curl -s -o "$RUN_DIR/a3.bin" -m 5 \
    "http://127.0.0.1:$port3/announce?$query&peer_id=-LC0003-cccccccccccc&port=6883" || true
  if od -An -tx1 "$RUN_DIR/a3.bin" | tr -d ' \n' | grep -q '7f0000011ae1'; then break; fi
  [ $((SECONDS - start)) -lt "$seen_timeout" ] || fail "tracker 3 did not hand out tracker 1's peer within ${seen_timeout}s"
  sleep 0.5
done
echo "tracker 3 (http://127.0.0.1:$port3/announce) handed out tracker 1's peer after $((SECONDS - start)) s"

# Both clients reached the aggregator through their trackers' forwarding: its scrape counts 2.
start=$SECONDS
while :; do
  curl -s -o "$RUN_DIR/s0.bin" -m 5 "http://127.0.0.1:$port0/scrape?info_hash=$ih" || true
  if grep -q 'incompletei2e' "$RUN_DIR/s0.bin"; then break; fi
  [ $((SECONDS - start)) -lt "$seen_timeout" ] || fail "the aggregator did not record both clients within ${seen_timeout}s: $(cat "$RUN_DIR/s0.bin")"
  sleep 0.5
done
echo "the aggregator (http://127.0.0.1:$port0/) recorded the clients of tracker 1 and tracker 3"
"$cluster" stop
trap - EXIT
echo "local-cluster-check: OK"
