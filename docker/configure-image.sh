#!/usr/bin/env bash
# Turns the Maven build's server (target/server: provisioned, configured, WAR deployed, PostgreSQL
# driver module installed) into the image's server; run by the Dockerfile's build stage, and by
# docker/check.sh against a copy of target/server so the same step is tested without an engine.
#   $1 the server's home
set -euo pipefail
home=$1
here=$(cd "$(dirname "$0")" && pwd)
cli=$here/../src/main/server/postgresql-datasource.cli
# prepare-server.sh registered the driver; point MultitrackerDS at PostgreSQL (-Dpg.url etc.).
"$home/bin/jboss-cli.sh" --file="$cli"
rm -rf "$home/standalone/configuration/standalone_xml_history" "$home/standalone/data" \
  "$home/standalone/log" "$home/standalone/tmp" "$home/configure.log"
