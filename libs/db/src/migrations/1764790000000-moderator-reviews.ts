import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A moderator can open the review item of a post or chat message nobody reported and the checks
 * let through (harassment in a live room, say), to act on it and its writer from the item's page.
 * Their asking is a signal on the item like a report: `source = 'moderator'`, the moderator in
 * `reporter_id` (unlinked if they erase their account, as a reporter is), and their optional note
 * for the team in `note`. One such signal per moderator per item; asking again updates the note.
 */
export class ModeratorReviews1764790000000 implements MigrationInterface {
  name = 'ModeratorReviews1764790000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE flag_signals DROP CONSTRAINT flag_signals_source_check`);
    await db.query(`ALTER TABLE flag_signals ADD CONSTRAINT flag_signals_source_check CHECK (source IN ('classifier','report','watched_word','support_request','moderator'))`);
    await db.query(`ALTER TABLE flag_signals ADD COLUMN note text`);
    await db.query(`CREATE UNIQUE INDEX flag_signals_moderator_once ON flag_signals (flag_id, reporter_id) WHERE source = 'moderator'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM flag_signals WHERE source = 'moderator'`);
    await db.query(`DROP INDEX flag_signals_moderator_once`);
    await db.query(`ALTER TABLE flag_signals DROP COLUMN note`);
    await db.query(`ALTER TABLE flag_signals DROP CONSTRAINT flag_signals_source_check`);
    await db.query(`ALTER TABLE flag_signals ADD CONSTRAINT flag_signals_source_check CHECK (source IN ('classifier','report','watched_word','support_request'))`);
  }
}
