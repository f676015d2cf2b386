import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Talk to a moderator now" no longer closes the member's crisis notice: the panel (its lines, its
 * way to a human) stays on every page until they say they are safe or close it, and now says a
 * moderator has been asked. Notices closed as `support_requested` before this stay closed.
 */
export class CrisisNoticeSupportRequested1764450000000 implements MigrationInterface {
  name = 'CrisisNoticeSupportRequested1764450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices ADD COLUMN support_requested_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices DROP COLUMN support_requested_at`);
  }
}
