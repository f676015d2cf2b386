import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member can withdraw their request for a crisis counsellor (`DELETE /me/outreach`). The request
 * is kept as the record of the consent given and taken back, without its phone number; a hand-off
 * it led to is closed as withdrawn (`escalations.withdrawn_at`) and its partner told.
 */
export class OutreachWithdrawal1764730000000 implements MigrationInterface {
  name = 'OutreachWithdrawal1764730000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outreach_requests ADD COLUMN withdrawn_at timestamptz`);
    await db.query(`ALTER TABLE escalations ADD COLUMN withdrawn_at timestamptz`);
    // A withdrawn phone request keeps no number.
    await db.query(`ALTER TABLE outreach_requests DROP CONSTRAINT outreach_phone`);
    await db.query(
      `ALTER TABLE outreach_requests ADD CONSTRAINT outreach_phone CHECK ((channel = 'phone') = (phone_ciphertext IS NOT NULL) OR escalation_id IS NOT NULL OR withdrawn_at IS NOT NULL)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // Withdrawn requests that never became a hand-off cannot meet the old rule: they go.
    await db.query(`DELETE FROM outreach_requests WHERE withdrawn_at IS NOT NULL AND escalation_id IS NULL`);
    await db.query(`ALTER TABLE outreach_requests DROP CONSTRAINT outreach_phone`);
    await db.query(`ALTER TABLE outreach_requests ADD CONSTRAINT outreach_phone CHECK ((channel = 'phone') = (phone_ciphertext IS NOT NULL) OR escalation_id IS NOT NULL)`);
    await db.query(`ALTER TABLE escalations DROP COLUMN withdrawn_at`);
    await db.query(`ALTER TABLE outreach_requests DROP COLUMN withdrawn_at`);
  }
}
