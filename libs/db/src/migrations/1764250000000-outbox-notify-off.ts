import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stops NOTIFYing on every outbox insert. PostgreSQL serialises the commits of all transactions
 * that NOTIFY on one database-wide lock, held through the commit's WAL flush: with a chat message
 * (and its outbox row) committed per send, sends queued behind each other for hundreds of
 * milliseconds at a few hundred messages a second. Every outbox row is written by an api node,
 * which wakes its own relay after the commit (`OutboxRelayService.kick`); a row left behind by a
 * node that died before relaying is found by the other nodes' polling within a second.
 */
export class OutboxNotifyOff1764250000000 implements MigrationInterface {
  name = 'OutboxNotifyOff1764250000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS outbox_events_notify ON outbox_events`);
    await db.query(`DROP FUNCTION IF EXISTS lantern_outbox_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION lantern_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lantern_outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events FOR EACH STATEMENT EXECUTE FUNCTION lantern_outbox_notify()`);
  }
}
