import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A moderator can give a member a new, generated name in place of one that slipped past the lists.
 * The name is also how the member signs in, so the old one must keep signing them in (a member
 * signed out at the time would otherwise never find their account again) and nobody else may take
 * it. Only a SHA-256 of the old name in lower case is kept, never the name: nobody reads it back
 * from the table at a glance, and it goes with the account when it is erased.
 *
 * A note about it reaches the member as a moderator's warning does; `member_warnings.kind` tells
 * the two apart, so the count of warnings a moderator reads stays a count of warnings.
 */
export class FormerPseudonyms1764780000000 implements MigrationInterface {
  name = 'FormerPseudonyms1764780000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE former_pseudonyms (
        name_hash text PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX former_pseudonyms_member_idx ON former_pseudonyms (member_id)`);
    await db.query(`ALTER TABLE member_warnings ADD COLUMN kind text NOT NULL DEFAULT 'warning' CHECK (kind IN ('warning', 'new_name'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE member_warnings DROP COLUMN kind`);
    await db.query(`DROP TABLE former_pseudonyms`);
  }
}
