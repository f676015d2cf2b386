import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open crisis notice per post (or message) and member, where there was one notice ever: a
 * member who said "I'm safe right now" and later edits the same post to say they are in crisis
 * again gets a new notice (its INSERT is what is announced live, so the panel comes back at once),
 * and the closed one stays, with how it was closed, for the member's export and the history.
 */
export class CrisisNoticesPerEpisode1764720000000 implements MigrationInterface {
  name = 'CrisisNoticesPerEpisode1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE crisis_notices DROP CONSTRAINT crisis_notices_once`);
    await db.query(`CREATE UNIQUE INDEX crisis_notices_open_once ON crisis_notices (content_type, content_id, member_id) WHERE closed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Back to one notice ever: the newest of each content and member is kept.
    await db.query(`
      DELETE FROM crisis_notices n USING crisis_notices newer
       WHERE newer.content_type = n.content_type AND newer.content_id = n.content_id AND newer.member_id = n.member_id
         AND (newer.created_at, newer.id) > (n.created_at, n.id)`);
    await db.query(`DROP INDEX crisis_notices_open_once`);
    await db.query(`ALTER TABLE crisis_notices ADD CONSTRAINT crisis_notices_once UNIQUE (content_type, content_id, member_id)`);
  }
}
