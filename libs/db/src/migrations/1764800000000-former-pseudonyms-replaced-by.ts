import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who replaced a former name: the member themself, who may take it back later (a name changed on
 * a bad night is still theirs), or a moderator, whose replacement stands (a slur or a real name
 * must not come back by typing it again). Rows already here are read from the audit log: a
 * moderator's `new_name` is written in the same transaction as the row, so at the same instant.
 * No default from here on: whoever replaces a name says who they are.
 */
export class FormerPseudonymsReplacedBy1764800000000 implements MigrationInterface {
  name = 'FormerPseudonymsReplacedBy1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE former_pseudonyms ADD COLUMN replaced_by text NOT NULL DEFAULT 'member' CHECK (replaced_by IN ('member', 'moderator'))`);
    await db.query(`
      UPDATE former_pseudonyms f SET replaced_by = 'moderator'
       WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'new_name' AND a.target_type = 'member' AND a.target_id = f.member_id AND a.created_at = f.replaced_at)`);
    await db.query(`ALTER TABLE former_pseudonyms ALTER COLUMN replaced_by DROP DEFAULT`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE former_pseudonyms DROP COLUMN replaced_by`);
  }
}
