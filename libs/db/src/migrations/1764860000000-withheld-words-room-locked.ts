import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Words sent to a room the moderators locked meanwhile (a heated room, locked while a member was
 * writing) are kept for the worker's crisis check too: a lock is meant to calm a room, not to
 * leave "I'm going to end it tonight" unread.
 */
export class WithheldWordsRoomLocked1764860000000 implements MigrationInterface {
  name = 'WithheldWordsRoomLocked1764860000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE withheld_words DROP CONSTRAINT withheld_words_why_check`);
    await db.query(
      `ALTER TABLE withheld_words ADD CONSTRAINT withheld_words_why_check CHECK (why IN ('suspended','muted','blocked_word','rate_limited','slow_mode','room_locked'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM withheld_words WHERE why = 'room_locked'`);
    await db.query(`ALTER TABLE withheld_words DROP CONSTRAINT withheld_words_why_check`);
    await db.query(`ALTER TABLE withheld_words ADD CONSTRAINT withheld_words_why_check CHECK (why IN ('suspended','muted','blocked_word','rate_limited','slow_mode'))`);
  }
}
