#!/usr/bin/env bash
# The read replica: on first start, a copy of the primary taken with pg_basebackup, which also
# writes standby.signal and the connection back to the primary (--write-recovery-conf); then the
# image's own entrypoint starts it as a hot standby that follows the primary's write-ahead log.
# Runs as the postgres user (compose sets `user: postgres`), so the copy belongs to it.
#
# It streams through a replication slot (lantern_replica): the primary keeps the write-ahead log
# the replica has not received yet, so a replica that was down or fell behind catches up instead
# of finding the segments it needs already removed, and never recovering. The primary keeps at most
# max_slot_wal_keep_size of it (compose.yml): past that the slot is given up rather than the disk.
set -euo pipefail
SLOT=lantern_replica
copy() {
  pg_basebackup --host=postgres --username=replicator --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf --checkpoint=fast --slot="$SLOT" "$@"
}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # The slot is made with the first copy; a copy made again (the volume was emptied) reuses it.
  until copy --create-slot || { rm -rf "${PGDATA:?}"/*; copy; }; do
    echo "replica: no base backup yet (the primary is not ready, or gave the slot up: see docker/README.md); trying again in 2 s" >&2
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 0700 "$PGDATA"
fi
exec docker-entrypoint.sh postgres
