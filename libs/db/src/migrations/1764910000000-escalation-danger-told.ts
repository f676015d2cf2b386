import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a crisis line was told that the member's words tell of someone hurting or threatening them
 * (at the hand-off, or later, as `escalation.contact_updated`): from then on its webhooks and portal
 * say so on the case (`dangerFromOther`), so a counsellor asks first whether it is safe to talk and
 * leaves no voicemail a partner who hurts them could hear. Kept once told: a notice closing later
 * does not make the phone safe.
 */
export class EscalationDangerTold1764910000000 implements MigrationInterface {
  name = 'EscalationDangerTold1764910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalations ADD COLUMN danger_told_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalations DROP COLUMN danger_told_at`);
  }
}
