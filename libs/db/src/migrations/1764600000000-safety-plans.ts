import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's own safety plan: the names and numbers of people they trust and their reasons to
 * live, so only the sealed form is stored (AES-256-GCM in the api; this table never sees the
 * words or the key). One plan per member; `updated_at` is what a save names as the copy it started
 * from, so two tabs cannot silently overwrite each other. Erasing a member deletes it (members are
 * soft-deleted, so the erase transaction deletes it explicitly; the cascade covers a hard delete).
 */
export class SafetyPlans1764600000000 implements MigrationInterface {
  name = 'SafetyPlans1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE safety_plans (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        ciphertext bytea NOT NULL,
        iv bytea NOT NULL,
        tag bytea NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS safety_plans`);
  }
}
