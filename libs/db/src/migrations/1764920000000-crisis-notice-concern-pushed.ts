import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notice whose concern changes while it is open (words for a worried friend edited into the
 * member's own crisis, or danger told later beside it) is pushed again to the member's open tabs:
 * the same NOTIFY as a new notice, so each api node sends its own sockets the notice as it is now.
 */
export class CrisisNoticeConcernPushed1764920000000 implements MigrationInterface {
  name = 'CrisisNoticeConcernPushed1764920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TRIGGER crisis_notices_concern_notify AFTER UPDATE OF for_other, danger, danger_beside ON crisis_notices FOR EACH ROW
        WHEN (NEW.closed_at IS NULL AND (OLD.for_other, OLD.danger, OLD.danger_beside) IS DISTINCT FROM (NEW.for_other, NEW.danger, NEW.danger_beside))
        EXECUTE FUNCTION crisis_notices_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS crisis_notices_concern_notify ON crisis_notices`);
  }
}
