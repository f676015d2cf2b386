import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relays the moment content commits: a statement-level trigger NOTIFYs
 * `lantern_outbox`, and every api node LISTENs. NOTIFY is delivered only on commit, so a relay
 * never sees a row whose transaction rolled back. Polling stays as the fallback.
 */
export class OutboxNotify1763800000000 implements MigrationInterface {
  name = 'OutboxNotify1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION lantern_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lantern_outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events FOR EACH STATEMENT EXECUTE FUNCTION lantern_outbox_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS outbox_events_notify ON outbox_events`);
    await db.query(`DROP FUNCTION IF EXISTS lantern_outbox_notify()`);
  }
}
