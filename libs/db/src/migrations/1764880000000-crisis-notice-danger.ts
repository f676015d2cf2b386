import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A crisis notice for a member in danger from someone else ("he said he'll kill me if I leave"):
 * its panel speaks of safety, the emergency number and a quick way off the screen, not of the
 * member's own wish to die. `for_other` keeps its meaning (a worried friend); a notice is never
 * both. Older rows, and notices written by a worker that predates this column, read as before.
 */
export class CrisisNoticeDanger1764880000000 implements MigrationInterface {
  name = 'CrisisNoticeDanger1764880000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices ADD COLUMN danger boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE crisis_notices ADD CONSTRAINT crisis_notices_one_concern CHECK (NOT (danger AND for_other))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices DROP CONSTRAINT crisis_notices_one_concern`);
    await db.query(`ALTER TABLE crisis_notices DROP COLUMN danger`);
  }
}
