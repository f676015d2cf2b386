import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row is deleted by the transaction that relays it, instead of being marked relayed and
 * kept. Kept rows grew the table by one row per post and chat message for ever, and each mark
 * left the row's pending version behind in the partial index: the relay's claim, planned as a
 * bitmap scan (which never learns that an entry is dead), visited every row relayed since the
 * last vacuum to find the few that were not (6,000 entries and 214 heap pages, about 1 ms, after
 * 15 s of chat). Now every row in the table is pending, and the claim walks the primary key in
 * order, skipping entries an earlier scan found dead. The queue table is vacuumed after a
 * thousand deletes rather than after a fifth of its size.
 *
 * Rows already relayed are deleted here (on a large table this takes a while, once).
 */
export class OutboxRowsLeaveWhenRelayed1764400000000 implements MigrationInterface {
  name = 'OutboxRowsLeaveWhenRelayed1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM outbox_events WHERE relayed_at IS NOT NULL`);
    await db.query(`DROP INDEX IF EXISTS outbox_events_pending_idx`);
    await db.query(`ALTER TABLE outbox_events DROP COLUMN relayed_at, DROP COLUMN attempts`);
    await db.query(`ALTER TABLE outbox_events SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_events RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold)`);
    await db.query(`ALTER TABLE outbox_events ADD COLUMN relayed_at timestamptz, ADD COLUMN attempts int NOT NULL DEFAULT 0`);
    await db.query(`CREATE INDEX outbox_events_pending_idx ON outbox_events (id) WHERE relayed_at IS NULL`);
  }
}
