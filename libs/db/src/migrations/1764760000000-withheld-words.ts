import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Words a member could not post (a moderator's pause, or a blocked watched word), kept only until
 * the worker has read them for crisis: a member in pain who is paused must still reach a human.
 * The worker deletes each row when it reads it, whatever it finds; the purge round deletes any a
 * lost job left behind. At most a few per member wait at once (the api's insert counts them).
 */
export class WithheldWords1764760000000 implements MigrationInterface {
  name = 'WithheldWords1764760000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE withheld_words (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        place text NOT NULL CHECK (place IN ('thread','post','chat')),
        why text NOT NULL CHECK (why IN ('suspended','muted','blocked_word')),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX withheld_words_member_idx ON withheld_words (member_id)`);
    await db.query(`CREATE INDEX withheld_words_created_idx ON withheld_words (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE withheld_words`);
  }
}
