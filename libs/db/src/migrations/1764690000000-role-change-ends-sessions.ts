import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A role or partner organisation changed by any statement ends the member's sessions, as
 * `npm run cli -- user:set-role` does. The api reads a moderator's powers (and a partner's
 * organisation) from the access token, so a demotion typed by hand in `psql` used to leave the
 * old powers working until the token ran out, up to 15 minutes. Now the change itself moves
 * `tokens_revoked_at` on, the sessions-ended NOTIFY tells every node at commit, and the member's
 * app refreshes into the new role (the refresh token stays good). A statement that sets
 * `tokens_revoked_at` itself keeps its value when it is the later one.
 *
 * Every such change is also written to the audit log (`role_changed`, before and after, by
 * "operator": nobody signed in to Lantern can change a role), however it was made: the command
 * or a statement in psql.
 */
/** Row triggers on members that fire only when the role or the partner organisation changed. */
const onRoleChange = (name: string, when: 'BEFORE' | 'AFTER') => `
  CREATE TRIGGER ${name} ${when} UPDATE OF role, partner_id ON members
  FOR EACH ROW WHEN (NEW.role IS DISTINCT FROM OLD.role OR NEW.partner_id IS DISTINCT FROM OLD.partner_id)
  EXECUTE FUNCTION ${name}()`;

/** The sessions-ended NOTIFY (migration 1764680000000), fired by a statement naming any of `columns`. */
const sessionsEndedNotify = (columns: string) => `
  CREATE TRIGGER members_sessions_ended_notify AFTER UPDATE OF ${columns} ON members
  FOR EACH ROW WHEN (NEW.tokens_revoked_at IS NOT NULL AND NEW.tokens_revoked_at IS DISTINCT FROM OLD.tokens_revoked_at)
  EXECUTE FUNCTION members_sessions_ended_notify()`;

export class RoleChangeEndsSessions1764690000000 implements MigrationInterface {
  name = 'RoleChangeEndsSessions1764690000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION members_role_change_ends_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The wall clock at the change, not the transaction's start: a token refreshed while a
        -- long transaction was open must not outlive it.
        NEW.tokens_revoked_at := greatest(NEW.tokens_revoked_at, clock_timestamp());
        RETURN NEW;
      END $$`);
    await db.query(onRoleChange('members_role_change_ends_sessions', 'BEFORE'));
    await db.query(`
      CREATE FUNCTION members_role_changed_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id, before, after)
        VALUES (NULL, 'operator', 'role_changed', 'member', NEW.id,
                jsonb_build_object('role', OLD.role, 'partnerId', OLD.partner_id),
                jsonb_build_object('role', NEW.role, 'partnerId', NEW.partner_id));
        RETURN NULL;
      END $$`);
    await db.query(onRoleChange('members_role_changed_audit', 'AFTER'));
    // A column-specific trigger fires only for the columns a statement names, not for what a
    // BEFORE trigger changed: the NOTIFY must also fire for a statement naming only the role.
    await db.query(`DROP TRIGGER members_sessions_ended_notify ON members`);
    await db.query(sessionsEndedNotify('tokens_revoked_at, role, partner_id'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS members_sessions_ended_notify ON members`);
    await db.query(sessionsEndedNotify('tokens_revoked_at'));
    await db.query(`DROP TRIGGER IF EXISTS members_role_changed_audit ON members`);
    await db.query(`DROP FUNCTION IF EXISTS members_role_changed_audit()`);
    await db.query(`DROP TRIGGER IF EXISTS members_role_change_ends_sessions ON members`);
    await db.query(`DROP FUNCTION IF EXISTS members_role_change_ends_sessions()`);
  }
}
