import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A thread is its opening post's title: when that post is hidden (by the moderation checks or a
 * moderator) or removed, its thread leaves the lists, the home page and search with it, and comes
 * back when the post is restored. (Its writer deleting it leaves the thread as it was: up, with the
 * replies others wrote, or still hidden.) Done by the database on any change of the post's status,
 * whoever makes it.
 */
export class OpeningPostStatusToThread1764710000000 implements MigrationInterface {
  name = 'OpeningPostStatusToThread1764710000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION posts_opening_status_to_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        wanted text := CASE WHEN NEW.status IN ('hidden', 'removed') THEN NEW.status ELSE 'visible' END;
      BEGIN
        -- Its writer taking it back changes nothing for the thread: a thread hidden for its title
        -- stays hidden (a deletion must not bring the title back), a visible one stays up.
        IF NEW.status = 'deleted' THEN RETURN NULL; END IF;
        UPDATE threads t SET status = wanted
         WHERE t.id = NEW.thread_id AND t.status IS DISTINCT FROM wanted
           AND NEW.id = (SELECT o.id FROM posts o WHERE o.thread_id = NEW.thread_id ORDER BY o.created_at, o.id LIMIT 1);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER posts_opening_status_to_thread AFTER UPDATE OF status ON posts
      FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status)
      EXECUTE FUNCTION posts_opening_status_to_thread()`);
    // Threads whose opening post is already hidden or removed.
    await db.query(`
      UPDATE threads t SET status = o.status
        FROM (SELECT DISTINCT ON (p.thread_id) p.thread_id, p.status FROM posts p ORDER BY p.thread_id, p.created_at, p.id) o
       WHERE o.thread_id = t.id AND o.status IN ('hidden', 'removed') AND t.status = 'visible'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER IF EXISTS posts_opening_status_to_thread ON posts`);
    await db.query(`DROP FUNCTION IF EXISTS posts_opening_status_to_thread()`);
  }
}
