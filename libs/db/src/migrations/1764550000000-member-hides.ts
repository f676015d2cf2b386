import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member hides another member from their own view. A hide names the identity the member saw:
 * `thread_id` NULL is the other member's pseudonym (their chat messages and their posts and
 * threads under it); a thread id is the alias they wrote under in that thread only. Keyed this
 * way, hiding never tells anyone which pseudonym an alias belongs to. Nobody else is told, and
 * moderation sees everything as before. Erasing either member removes the rows.
 */
export class MemberHides1764550000000 implements MigrationInterface {
  name = 'MemberHides1764550000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE member_hides (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        hidden_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        thread_id uuid REFERENCES threads(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_hides_not_self CHECK (member_id <> hidden_id),
        CONSTRAINT member_hides_once_key UNIQUE NULLS NOT DISTINCT (member_id, hidden_id, thread_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE member_hides`);
  }
}
