import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Replies to you": one row for each post that answers a member, a reply by someone else in a
 * thread they started or a post that quotes one of theirs (`quote` when it is both), written in
 * the same transaction as the post. A row says only that the post is for this member and whether
 * they have read it: whether it is shown (the post and thread still visible, its writer not one
 * they hid) is decided each time it is read, so nothing has to be taken back when a post is
 * hidden later. Erasing the member deletes their rows (explicitly in the erase transaction, as
 * members are soft-deleted; the cascade covers a hard delete); a post or thread that is really
 * deleted takes its rows with it.
 *
 * Replies written before this table existed are filled in as already read, so nobody opens
 * Lantern to a badge of old news.
 */
export class ReplyNotices1764650000000 implements MigrationInterface {
  name = 'ReplyNotices1764650000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reply_notices (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('reply','quote')),
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        PRIMARY KEY (member_id, post_id)
      )`);
    // The list, newest first, keyset-paged.
    await db.query(`CREATE INDEX reply_notices_newest_idx ON reply_notices (member_id, created_at DESC, post_id DESC)`);
    // The unread count, and a thread's replies marked read when the member opens it.
    await db.query(`CREATE INDEX reply_notices_unread_idx ON reply_notices (member_id, thread_id, created_at) WHERE read_at IS NULL`);
    // Whose count changes when a post is hidden, removed, restored or deleted.
    await db.query(`CREATE INDEX reply_notices_post_idx ON reply_notices (post_id)`);
    await db.query(`
      INSERT INTO reply_notices (member_id, post_id, thread_id, kind, created_at, read_at)
      SELECT DISTINCT ON (r.member_id, r.post_id) r.member_id, r.post_id, r.thread_id, r.kind, r.created_at, now()
        FROM (SELECT t.author_id AS member_id, p.id AS post_id, p.thread_id, 'reply' AS kind, p.created_at, p.author_id AS writer_id
                FROM posts p JOIN threads t ON t.id = p.thread_id
              UNION ALL
              SELECT q.author_id, p.id, p.thread_id, 'quote', p.created_at, p.author_id
                FROM posts p JOIN posts q ON q.id = p.quote_post_id) r
        JOIN members m ON m.id = r.member_id AND m.deleted_at IS NULL
       WHERE r.writer_id IS DISTINCT FROM r.member_id
       ORDER BY r.member_id, r.post_id, (r.kind = 'quote') DESC`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS reply_notices`);
  }
}
