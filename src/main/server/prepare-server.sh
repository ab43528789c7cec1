#!/usr/bin/env bash
# Turns the provisioned WildFly into the tracker's server:
#   $1 provisioned WildFly (pom.xml, provision-wildfly), $2 target server dir, $3 the built WAR, $4 the PostgreSQL driver.
# The server is configured once (marker file); the WAR is redeployed on every build.
# It also lays out a second base dir, $2/../it-base, without the WAR, for Arquillian.
set -euo pipefail
dist=$1 server=$2 war=$3 jdbc=$4
here=$(cd "$(dirname "$0")" && pwd)

# Reconfigure whenever the configuration scripts, the provisioned server (its layers) or the
# PostgreSQL driver (pom.xml's postgresql.version, the only place its version is set) change.
stamp=$(cat "$here/configure-server.cli" "$here/tune-standalone-conf.sh" "$0" \
  "$dist/standalone/configuration/standalone.xml" "$jdbc" | sha1sum | cut -d' ' -f1)
if [ "$(cat "$server/.multitracker-configured" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$server"
  cp -a "$dist" "$server"
  bash "$here/tune-standalone-conf.sh" "$server"
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
