import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The forum: quote-replies and per-thread aliases on posts, edit history kept for moderators,
 * reactions, follows with read positions, reports, and full-text search over titles and bodies.
 */
export class Forum1763900000000 implements MigrationInterface {
  name = 'Forum1763900000000';

  async up(db: QueryRunner): Promise<void> {
    // Erased members keep their row (so posts keep their thread) and read as "former member".
    await db.query(`ALTER TABLE members ADD COLUMN IF NOT EXISTS deleted_at timestamptz`);
    await db.query(`ALTER TABLE threads
      ADD COLUMN status text NOT NULL DEFAULT 'visible' CHECK (status IN ('visible','hidden','removed','deleted')),
      ADD COLUMN author_alias text,
      ADD COLUMN reply_count int NOT NULL DEFAULT 0,
      ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED`);
    await db.query(`CREATE INDEX threads_search_idx ON threads USING gin (search)`);
    await db.query(`CREATE INDEX threads_activity_idx ON threads (last_activity_at DESC, id DESC)`);

    await db.query(`ALTER TABLE posts
      ADD COLUMN author_alias text,
      ADD COLUMN quote_post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
      ADD COLUMN edited_at timestamptz,
      ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED`);
    await db.query(`CREATE INDEX posts_search_idx ON posts USING gin (search)`);
    await db.query(`CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC)`);

    // Per-thread aliases: the mapping and nothing more. An alias is drawn at random, never derived
    // from the member, so readers cannot link it to a pseudonym or to aliases in other threads.
    await db.query(`
      CREATE TABLE IF NOT EXISTS thread_aliases (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        alias text NOT NULL,
        PRIMARY KEY (thread_id, member_id),
        CONSTRAINT thread_aliases_alias_key UNIQUE (thread_id, alias)
      )`);

    // Every earlier version of a post, for moderators: members see only the current text.
    await db.query(`
      CREATE TABLE post_revisions (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        version int NOT NULL,
        body text NOT NULL,
        written_at timestamptz NOT NULL,
        PRIMARY KEY (post_id, version)
      )`);

    await db.query(`
      CREATE TABLE post_reactions (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('hug','me_too','thank_you')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, member_id, kind)
      )`);

    await db.query(`
      CREATE TABLE thread_follows (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        last_read_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, thread_id)
      )`);

    // One member reporting the same post twice counts once (the unique key).
    await db.query(`
      CREATE TABLE post_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES members(id) ON DELETE SET NULL,
        reason text NOT NULL CHECK (reason IN ('crisis_concern','harassment','harmful_advice','spam','other')),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT post_reports_once_key UNIQUE (post_id, reporter_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['post_reports', 'thread_follows', 'post_reactions', 'post_revisions', 'thread_aliases']) await db.query(`DROP TABLE IF EXISTS ${table}`);
    await db.query(`ALTER TABLE posts DROP COLUMN search, DROP COLUMN edited_at, DROP COLUMN quote_post_id, DROP COLUMN author_alias`);
    await db.query(`ALTER TABLE threads DROP COLUMN search, DROP COLUMN reply_count, DROP COLUMN author_alias, DROP COLUMN status`);
  }
}
