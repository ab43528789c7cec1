#!/usr/bin/env bash
# Turns the unpacked WildFly distribution into the tracker's server:
#   $1 unpacked distribution, $2 target server dir, $3 the built WAR.
# The server is configured once (marker file); the WAR is redeployed on every build.
# It also lays out a second base dir, $2/../it-base, without the WAR, for Arquillian.
set -euo pipefail
dist=$1 server=$2 war=$3
here=$(cd "$(dirname "$0")" && pwd)

# Reconfigure whenever the configuration script changes.
stamp=$(cat "$here/configure-server.cli" "$0" | sha1sum | cut -d' ' -f1)
if [ "$(cat "$server/.multitracker-configured" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$server"
  cp -a "$dist" "$server"
  # The tracker must answer IPv6 clients (BEP 7): do not force the IPv4 stack.
  sed -i 's/-Djava.net.preferIPv4Stack=true/-Djava.net.preferIPv4Stack=false/' "$server/bin/standalone.conf"
  "$server/bin/jboss-cli.sh" --file="$here/configure-server.cli" >"$server/configure.log" 2>&1 || {
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

rm -f "$server"/standalone/deployments/ROOT.war*
cp "$war" "$server/standalone/deployments/ROOT.war"
echo "Server ready: $server/bin/standalone.sh (WAR deployed at /)"
