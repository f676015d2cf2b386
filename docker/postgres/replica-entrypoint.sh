#!/usr/bin/env bash
# The read replica: on first start, a copy of the primary taken with pg_basebackup, which also
# writes standby.signal and the connection back to the primary (--write-recovery-conf); then the
# image's own entrypoint starts it as a hot standby that follows the primary's write-ahead log.
# Runs as the postgres user (compose sets `user: postgres`), so the copy belongs to it.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_basebackup --host=postgres --username=replicator --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf --checkpoint=fast; do
    echo "replica: the primary is not ready for a base backup yet; trying again in 2 s" >&2
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 0700 "$PGDATA"
fi
exec docker-entrypoint.sh postgres
