import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner delivery that failed every attempt is recorded once (its step on the hand-off's
 * timeline, the audit entry, the member back on the moderators' queue, the alerts): the failure
 * is named by its job and the moment it failed (`failure_key`), so the worker's own record of it
 * and its sweep of failed jobs (which catches a failure whose worker died before recording it,
 * or one BullMQ failed without running it) can both try, and only the first writes.
 */
export class DeadLetterKeys1764820000000 implements MigrationInterface {
  name = 'DeadLetterKeys1764820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalation_events ADD COLUMN failure_key text`);
    await db.query(`CREATE UNIQUE INDEX escalation_events_failure_key ON escalation_events (failure_key) WHERE failure_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX escalation_events_failure_key`);
    await db.query(`ALTER TABLE escalation_events DROP COLUMN failure_key`);
  }
}
