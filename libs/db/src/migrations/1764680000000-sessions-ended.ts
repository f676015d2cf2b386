import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Sign out everywhere" now, not in 15 minutes. Access tokens are short-lived JWTs that no
 * database row backs, so ending a member's sessions used to leave every device's access token
 * working until it ran out: a quarter of an hour in which whoever held a borrowed phone could
 * still read the member's private chats and safety plan. `tokens_revoked_at` is the instant
 * (to the millisecond) before which the member's access tokens no longer count; every api node keeps
 * the recent ones in memory, told by this NOTIFY the moment one commits.
 */
export class SessionsEnded1764680000000 implements MigrationInterface {
  name = 'SessionsEnded1764680000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE members ADD COLUMN tokens_revoked_at timestamptz`);
    await db.query(`
      CREATE FUNCTION members_sessions_ended_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lantern_sessions_ended', json_build_object('memberId', NEW.id, 'at', floor(extract(epoch FROM NEW.tokens_revoked_at) * 1000))::text);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER members_sessions_ended_notify AFTER UPDATE OF tokens_revoked_at ON members
      FOR EACH ROW WHEN (NEW.tokens_revoked_at IS NOT NULL AND NEW.tokens_revoked_at IS DISTINCT FROM OLD.tokens_revoked_at)
      EXECUTE FUNCTION members_sessions_ended_notify()`);
    // The nodes read the recent ones when they start (or their listener reconnects).
    await db.query(`CREATE INDEX members_tokens_revoked_idx ON members (tokens_revoked_at) WHERE tokens_revoked_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS members_sessions_ended_notify ON members`);
    await db.query(`DROP FUNCTION IF EXISTS members_sessions_ended_notify()`);
    await db.query(`DROP INDEX IF EXISTS members_tokens_revoked_idx`);
    await db.query(`ALTER TABLE members DROP COLUMN IF EXISTS tokens_revoked_at`);
  }
}
