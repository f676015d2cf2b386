import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A crisis notice may be about words the member could not post (`withheld_words`): the worker
 * that reads them puts the lines in front of the member too, not only a moderator on the case.
 * Its content id is the withheld row's, which the same transaction deletes: the notice names an
 * episode, never words that are kept. One is open per member at a time.
 */
export class CrisisNoticesForWithheldWords1764770000000 implements MigrationInterface {
  name = 'CrisisNoticesForWithheldWords1764770000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices DROP CONSTRAINT crisis_notices_content_type_check`);
    await db.query(`ALTER TABLE crisis_notices ADD CONSTRAINT crisis_notices_content_type_check CHECK (content_type IN ('post','message','withheld_words'))`);
    // One open panel about refused words per member, however many jobs run at once.
    await db.query(`CREATE UNIQUE INDEX crisis_notices_withheld_open_once ON crisis_notices (member_id) WHERE content_type = 'withheld_words' AND closed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX crisis_notices_withheld_open_once`);
    await db.query(`DELETE FROM crisis_notices WHERE content_type = 'withheld_words'`);
    await db.query(`ALTER TABLE crisis_notices DROP CONSTRAINT crisis_notices_content_type_check`);
    await db.query(`ALTER TABLE crisis_notices ADD CONSTRAINT crisis_notices_content_type_check CHECK (content_type IN ('post','message'))`);
  }
}
