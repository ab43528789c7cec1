#!/usr/bin/env bash
# Turns the unpacked WildFly distribution into the tracker's server:
#   $1 unpacked distribution, $2 target server dir, $3 the built WAR, $4 the PostgreSQL driver.
# The server is configured once (marker file); the WAR is redeployed on every build.
# It also lays out a second base dir, $2/../it-base, without the WAR, for Arquillian.
set -euo pipefail
dist=$1 server=$2 war=$3 jdbc=$4
here=$(cd "$(dirname "$0")" && pwd)

# Reconfigure whenever the configuration script changes.
stamp=$(cat "$here/configure-server.cli" "$0" | sha1sum | cut -d' ' -f1)
if [ "$(cat "$server/.multitracker-configured" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$server"
  cp -a "$dist" "$server"
  # The tracker must answer IPv6 clients (BEP 7): do not force the IPv4 stack.
  sed -i 's/-Djava.net.preferIPv4Stack=true/-Djava.net.preferIPv4Stack=false/' "$server/bin/standalone.conf"
  # Announce answers leave only short-lived garbage: the parallel collector's young pauses beat
  # G1's and Serial's here (bench/README.md: +15% announces/s, p99 18 -> 12 ms on 2 cores).
  # Left alone when the operator's JAVA_OPTS already chooses a collector.
  cat >>"$server/bin/standalone.conf" <<'CONF'
case "$JAVA_OPTS" in
  *-XX:+Use*GC*) ;;
  *) JAVA_OPTS="$JAVA_OPTS -XX:+UseParallelGC" ;;
esac
CONF
  "$server/bin/jboss-cli.sh" --command="module add --name=org.postgresql --resources=$jdbc --dependencies=jakarta.transaction.api" >"$server/configure.log" 2>&1 || {
    cat "$server/configure.log" >&2
    exit 1
  }
  "$server/bin/jboss-cli.sh" --file="$here/configure-server.cli" >>"$server/configure.log" 2>&1 || {
    cat "$server/configure.log" >&2
    exit 1
  }
  rm -rf "$server/standalone/data" "$server/standalone/log" "$server/standalone/configuration/standalone_xml_history"
  echo "$stamp" >"$server/.multitracker-configured"
fi

it_base=$(dirname "$server")/it-base
rm -rf "$it_base"
cp -a "$server/standalone" "$it_base"
rm -f "$it_base"/deployments/*

# A second base dir whose datasource is PostgreSQL, for running the aggregator tests on it.
it_base_pg=$(dirname "$server")/it-base-pg
rm -rf "$it_base_pg"
cp -a "$it_base" "$it_base_pg"
JAVA_OPTS="-Djboss.server.base.dir=$it_base_pg" "$server/bin/jboss-cli.sh" \
  --file="$here/postgresql-datasource.cli" >"$(dirname "$server")/it-base-pg.log" 2>&1 || {
  cat "$(dirname "$server")/it-base-pg.log" >&2
  exit 1
}

rm -f "$server"/standalone/deployments/ROOT.war*
cp "$war" "$server/standalone/deployments/ROOT.war"
echo "Server ready: $server/bin/standalone.sh (WAR deployed at /)"
