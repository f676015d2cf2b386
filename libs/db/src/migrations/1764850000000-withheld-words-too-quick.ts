import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Words refused because they came too quickly (the posting or chat burst limit) or during a room's
 * slow mode are kept for the worker's crisis check too: someone in crisis often writes many
 * messages fast, and a limit meant for floods must not leave their words unread.
 */
export class WithheldWordsTooQuick1764850000000 implements MigrationInterface {
  name = 'WithheldWordsTooQuick1764850000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE withheld_words DROP CONSTRAINT withheld_words_why_check`);
    await db.query(
      `ALTER TABLE withheld_words ADD CONSTRAINT withheld_words_why_check CHECK (why IN ('suspended','muted','blocked_word','rate_limited','slow_mode'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM withheld_words WHERE why IN ('rate_limited','slow_mode')`);
    await db.query(`ALTER TABLE withheld_words DROP CONSTRAINT withheld_words_why_check`);
    await db.query(`ALTER TABLE withheld_words ADD CONSTRAINT withheld_words_why_check CHECK (why IN ('suspended','muted','blocked_word'))`);
  }
}
