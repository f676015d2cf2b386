import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Hide for now", kept with the notice rather than in one tab: a panel the member folded stays
 * folded on the next page, in a new tab and on another device, so someone else opening the
 * browser later (the person a member in danger is hiding from) does not find it open. The notice
 * stays open, and one tap shows it again.
 */
export class CrisisNoticeHidden1764900000000 implements MigrationInterface {
  name = 'CrisisNoticeHidden1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices ADD COLUMN hidden_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices DROP COLUMN hidden_at`);
  }
}
