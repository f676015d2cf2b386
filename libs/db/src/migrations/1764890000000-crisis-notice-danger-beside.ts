import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A crisis notice for a member in crisis themself whose words also tell of someone hurting or
 * threatening them ("he hits me and I want to die"): their own crisis comes first in the panel, and
 * their danger beside it keeps a crisis line from calling a phone someone else may answer.
 * Only a notice for the member themself has it (a CHECK says so). Older rows read as before.
 */
export class CrisisNoticeDangerBeside1764890000000 implements MigrationInterface {
  name = 'CrisisNoticeDangerBeside1764890000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices ADD COLUMN danger_beside boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE crisis_notices ADD CONSTRAINT crisis_notices_danger_beside_self CHECK (NOT (danger_beside AND (danger OR for_other)))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices DROP CONSTRAINT crisis_notices_danger_beside_self`);
    await db.query(`ALTER TABLE crisis_notices DROP COLUMN danger_beside`);
  }
}
