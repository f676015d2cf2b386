import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Don't send", kept by the server. A member who takes back a message whose first attempt got no
 * answer is told it was not sent only once no attempt can store it any more: the take-back leaves
 * a mark under the message's clientMsgId, and every send statement looks for that mark before it
 * stores (`chat_send_may_store`). Both hold the same transaction-scoped advisory lock on
 * (member, clientMsgId) while they look, so neither can miss the other: a send that got the lock
 * first has committed by the time the take-back reads the room (and the take-back answers "sent"),
 * and a send that gets it after the mark sees the mark, read afresh (a VOLATILE function's
 * statements each take a new snapshot), and stores nothing.
 *
 * Both run under read committed (the take-back says so; the function refuses anything else).
 *
 * A mark holds only who and which random id, for a day (the worker purges older ones; an attempt
 * waits seconds at most, and no client sends a clientMsgId it took back again), and goes with the
 * account. The take-back holds no lock on the member's row (only this advisory one), so it never
 * waits behind their own send in flight; the account being live is read, not held, so an erasure
 * committing at that very moment may leave a mark behind, which the purge takes within the day.
 */
export class ChatTakeBacks1764870000000 implements MigrationInterface {
  name = 'ChatTakeBacks1764870000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE chat_take_backs (
        member_id uuid NOT NULL,
        client_msg_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chat_take_backs_pkey PRIMARY KEY (member_id, client_msg_id)
      )`);
    await db.query(`CREATE INDEX chat_take_backs_created_idx ON chat_take_backs (created_at)`);
    await db.query(`
      CREATE FUNCTION chat_send_may_store(sender uuid, msg_id text) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        -- Under repeatable read the look below would use the snapshot taken before the lock was
        -- granted, and could miss a mark: refused loudly rather than store what was taken back.
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'chat_send_may_store needs read committed, not %', current_setting('transaction_isolation');
        END IF;
        PERFORM pg_advisory_xact_lock(1764870, hashtext(sender::text || ' ' || msg_id));
        RETURN NOT EXISTS (SELECT 1 FROM chat_take_backs t WHERE t.member_id = sender AND t.client_msg_id = msg_id);
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION IF EXISTS chat_send_may_store(uuid, text)`);
    await db.query(`DROP TABLE IF EXISTS chat_take_backs`);
  }
}
