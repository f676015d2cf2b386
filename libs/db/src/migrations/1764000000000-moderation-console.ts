import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What moderators do, and the record of it. The audit log is append-only in the database itself:
 * a trigger refuses UPDATE and DELETE, so no code path (and no operator with SQL) rewrites it.
 */
export class ModerationConsole1764000000000 implements MigrationInterface {
  name = 'ModerationConsole1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid,
        actor_role text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        reason text,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, created_at)`);
    await db.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at)`);
    await db.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await db.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await db.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    // Sanctions and a moderator's visible note on an edited post. IF NOT EXISTS: identity may
    // already have created the sanction columns.
    await db.query(`ALTER TABLE members ADD COLUMN IF NOT EXISTS muted_until timestamptz, ADD COLUMN IF NOT EXISTS suspended_until timestamptz`);
    await db.query(`ALTER TABLE posts ADD COLUMN moderator_note text`);

    // A warning the member sees on their next visit, in the moderator's words.
    await db.query(`
      CREATE TABLE member_warnings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        flag_id uuid REFERENCES flags(id) ON DELETE SET NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        seen_at timestamptz
      )`);
    await db.query(`CREATE INDEX member_warnings_unseen_idx ON member_warnings (member_id) WHERE seen_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS member_warnings`);
    await db.query(`ALTER TABLE posts DROP COLUMN IF EXISTS moderator_note`);
    await db.query(`DROP TABLE IF EXISTS audit_log`);
    await db.query(`DROP FUNCTION IF EXISTS audit_log_append_only()`);
  }
}
