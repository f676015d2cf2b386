import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a member last changed their own name, kept on their row: a few changes a month
 * (PSEUDONYM_CHANGES), counted where the change is made, in the same transaction (two changes at
 * once cannot both take the last one), and kept through a Redis restart, which used to reset the
 * count. Only times within the window are kept; they go with the account when it is erased.
 * Existing members' recent changes are read from the names they left.
 */
export class NameChanges1764810000000 implements MigrationInterface {
  name = 'NameChanges1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members ADD COLUMN name_changed_at timestamptz[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      UPDATE members m SET name_changed_at = changes.times
        FROM (SELECT member_id, array_agg(replaced_at ORDER BY replaced_at) AS times
                FROM former_pseudonyms
               WHERE replaced_by = 'member' AND replaced_at > now() - interval '30 days'
               GROUP BY member_id) changes
       WHERE changes.member_id = m.id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members DROP COLUMN name_changed_at`);
  }
}
