#!/usr/bin/env bash
# JVM settings of the tracker's server, in bin/standalone.conf of the WildFly home $1; run by
# prepare-server.sh (Maven build) and docker/configure-image.sh (the image).
set -euo pipefail
conf=$1/bin/standalone.conf
# The tracker must answer IPv6 clients (BEP 7): do not force the IPv4 stack.
sed -i 's/-Djava.net.preferIPv4Stack=true/-Djava.net.preferIPv4Stack=false/' "$conf"
# Memory for a small deployment (issue 15; bench/run.sh reports idle RSS and RSS with 100,000
# peers): the heap starts small and may grow to 512 MB (1,000,000 peers take about 200 MB), but
# the young generation stays at 64 MB at most, since under load the parallel collector would
# otherwise grow it to a third of the heap for garbage that dies at once. Metaspace is bounded
# (WildFly with the WAR uses about 130 MB). JBOSS_JAVA_SIZING in the environment replaces these.
sed -i 's/^\( *JBOSS_JAVA_SIZING=\)"-Xms64m -Xmx512m.*"$/\1"-Xms64m -Xmx512m -XX:MaxNewSize=64m -XX:MaxMetaspaceSize=256m"/' "$conf"
grep -q -- '-XX:MaxNewSize=64m' "$conf" || { echo "tune-standalone-conf: no default heap sizing in $conf" >&2; exit 1; }
# Announce answers leave only short-lived garbage: the parallel collector's young pauses beat
# G1's and Serial's here (bench/README.md: +15% announces/s, p99 18 -> 11 ms on 2 cores).
# MULTITRACKER_GC chooses another (e.g. "-XX:+UseZGC", with "-XX:+ZGenerational" on JDK 21);
# left alone when the operator's JAVA_OPTS already chooses one. glibc's per-thread malloc arenas
# add RSS without paying here: two are enough.
cat >>"$conf" <<'CONF'
case "$JAVA_OPTS" in
  *-XX:+Use*GC*) ;;
  *) JAVA_OPTS="$JAVA_OPTS ${MULTITRACKER_GC:--XX:+UseParallelGC}" ;;
esac
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
CONF
