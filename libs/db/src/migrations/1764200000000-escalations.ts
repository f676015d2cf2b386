import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-offs to crisis-line partners: a member's request for outreach (their consent, and a phone
 * number stored encrypted), the escalation a moderator makes from a review item, and its
 * timeline. Partners read only their own escalations.
 */
export class Escalations1764200000000 implements MigrationInterface {
  name = 'Escalations1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outreach_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('in_app','phone')),
        phone_ciphertext text,
        flag_id uuid REFERENCES flags(id) ON DELETE SET NULL,
        escalation_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outreach_phone CHECK ((channel = 'phone') = (phone_ciphertext IS NOT NULL) OR escalation_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX outreach_requests_open_idx ON outreach_requests (member_id) WHERE escalation_id IS NULL`);
    await db.query(`
      CREATE TABLE escalations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        flag_id uuid REFERENCES flags(id) ON DELETE SET NULL,
        partner_id uuid NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
        member_id uuid REFERENCES members(id) ON DELETE SET NULL,
        basis text NOT NULL CHECK (basis IN ('member_consent','imminent_risk')),
        reason text,
        payload jsonb NOT NULL,
        phone_ciphertext text,
        room_slug text,
        status text NOT NULL DEFAULT 'created' CHECK (status IN ('created','delivered','acknowledged','in_contact','closed')),
        outcome text,
        deliveries int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT escalations_reason CHECK (basis = 'member_consent' OR length(reason) > 0)
      )`);
    await db.query(`CREATE INDEX escalations_partner_idx ON escalations (partner_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE escalation_events (
        id bigserial PRIMARY KEY,
        escalation_id uuid NOT NULL REFERENCES escalations(id) ON DELETE CASCADE,
        status text NOT NULL,
        note text,
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX escalation_events_idx ON escalation_events (escalation_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['escalation_events', 'escalations', 'outreach_requests']) await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
