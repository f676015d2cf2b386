#!/usr/bin/env bash
# Runs once, when the primary's data directory is first created (/docker-entrypoint-initdb.d):
# a role that may stream the write-ahead log to the read replica, and the line in pg_hba.conf
# that lets it connect from the compose network for that and nothing else.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
