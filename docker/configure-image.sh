#!/usr/bin/env bash
# Configures a WildFly installation the way the tracker's image needs it; run by the Dockerfile
# inside the image, and by docker/check.sh against a copy of the Maven build's WildFly so the
# same steps are tested without a Docker engine.
#   $1 WildFly home, $2 the build's configure-server.cli, $3 the PostgreSQL JDBC driver jar
set -euo pipefail
home=$1 cli=$2 jar=$3
here=$(cd "$(dirname "$0")" && pwd)

# As the Maven build does (src/main/server/prepare-server.sh): IPv6, the parallel collector.
bash "$(dirname "$cli")/tune-standalone-conf.sh" "$home"
# The same offline configuration as the Maven build: root context, raw query strings.
"$home/bin/jboss-cli.sh" --file="$cli"
# The PostgreSQL JDBC driver, as module org.postgresql, registered as driver "postgresql"
# for the aggregator's database.
mkdir -p "$home/modules/org/postgresql/main"
cp "$jar" "$home/modules/org/postgresql/main/postgresql.jar"
cp "$here/postgresql-module.xml" "$home/modules/org/postgresql/main/module.xml"
# configure-server.cli registered the driver; point MultitrackerDS at PostgreSQL (-Dpg.url etc.).
"$home/bin/jboss-cli.sh" --file="$(dirname "$cli")/postgresql-datasource.cli"
rm -rf "$home/standalone/configuration/standalone_xml_history" "$home/standalone/data" \
  "$home/standalone/log" "$home/standalone/tmp"
