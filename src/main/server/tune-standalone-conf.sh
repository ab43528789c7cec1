#!/usr/bin/env bash
# JVM settings of the tracker's server, in bin/standalone.conf of the WildFly home $1; run by
# prepare-server.sh (Maven build) and docker/configure-image.sh (the image).
set -euo pipefail
conf=$1/bin/standalone.conf
# The tracker must answer IPv6 clients (BEP 7): do not force the IPv4 stack.
sed -i 's/-Djava.net.preferIPv4Stack=true/-Djava.net.preferIPv4Stack=false/' "$conf"
# Announce answers leave only short-lived garbage: the parallel collector's young pauses beat
# G1's and Serial's here (bench/README.md: +15% announces/s, p99 18 -> 11 ms on 2 cores).
# Left alone when the operator's JAVA_OPTS already chooses a collector.
cat >>"$conf" <<'CONF'
case "$JAVA_OPTS" in
  *-XX:+Use*GC*) ;;
  *) JAVA_OPTS="$JAVA_OPTS -XX:+UseParallelGC" ;;
esac
CONF
