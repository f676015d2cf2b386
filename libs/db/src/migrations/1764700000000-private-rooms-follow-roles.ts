import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Support rooms a member (not staff) is in that are not their own: what a demotion leaves. */
const OTHERS_SUPPORT_ROOMS = (member: string) => `
  DELETE FROM room_members rm USING rooms r, members m
   WHERE rm.room_id = r.id AND m.id = rm.member_id AND ${member} AND r.slug LIKE 'support-%' AND m.role NOT IN ('moderator', 'admin')
     AND NOT EXISTS (SELECT 1 FROM flags f WHERE r.slug = 'support-' || f.id::text AND f.author_id = m.id)`;

/** Case rooms a counsellor is in without an open case of their line there: a closed case, another line. */
const CASE_ROOMS_WITHOUT_A_CASE = (member: string) => `
  DELETE FROM room_members rm USING rooms r, members m
   WHERE rm.room_id = r.id AND m.id = rm.member_id AND ${member} AND r.slug LIKE 'care-%' AND m.role = 'partner'
     AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.room_slug = r.slug AND e.status <> 'closed' AND e.partner_id = m.partner_id)`;

/**
 * A private room's people are there for a role they hold: the moderator who opened a member's
 * support room (`support-<flag id>`), the crisis-line counsellors of a member's case
 * (`care-<…>`). When the role goes, so does the room: a moderator demoted to member leaves every
 * support room but their own, a counsellor whose organisation changes or who stops being one
 * leaves every case room of the old line. (A case closed by its line takes its counsellors out
 * too; the api does that, with the close.) Rows left behind by earlier changes are removed here.
 */
export class PrivateRoomsFollowRoles1764700000000 implements MigrationInterface {
  name = 'PrivateRoomsFollowRoles1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION members_role_change_leaves_rooms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.role IN ('moderator', 'admin') THEN
          ${OTHERS_SUPPORT_ROOMS('m.id = NEW.id')};
        END IF;
        IF OLD.role = 'partner' THEN
          -- No longer a counsellor, or one of another line now: no case room of the old line is theirs.
          DELETE FROM room_members rm USING rooms r
           WHERE rm.room_id = r.id AND rm.member_id = NEW.id AND r.slug LIKE 'care-%'
             AND (NEW.role <> 'partner' OR NEW.partner_id IS DISTINCT FROM OLD.partner_id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER members_role_change_leaves_rooms AFTER UPDATE OF role, partner_id ON members
      FOR EACH ROW WHEN (NEW.role IS DISTINCT FROM OLD.role OR NEW.partner_id IS DISTINCT FROM OLD.partner_id)
      EXECUTE FUNCTION members_role_change_leaves_rooms()`);
    await db.query(OTHERS_SUPPORT_ROOMS('true'));
    await db.query(CASE_ROOMS_WITHOUT_A_CASE('true'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS members_role_change_leaves_rooms ON members`);
    await db.query(`DROP FUNCTION IF EXISTS members_role_change_leaves_rooms()`);
  }
}
