import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first slice: members, the forum skeleton, the outbox and moderation results. */
export class Foundation1763769600000 implements MigrationInterface {
  name = 'Foundation1763769600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pseudonym text NOT NULL CHECK (char_length(pseudonym) BETWEEN 3 AND 32),
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member','moderator','admin','partner')),
        region char(2),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX members_pseudonym_ci_key ON members (lower(pseudonym))`);
    await db.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        content_warning boolean NOT NULL DEFAULT false,
        position int NOT NULL DEFAULT 0,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES categories(id),
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        title text NOT NULL,
        content_warning text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX threads_category_activity_idx ON threads (category_id, last_activity_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        body text NOT NULL,
        version int NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'visible' CHECK (status IN ('visible','hidden','removed','deleted')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX posts_thread_created_idx ON posts (thread_id, created_at, id)`);
    await db.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        attempts int NOT NULL DEFAULT 0
      )`);
    await db.query(`CREATE INDEX outbox_events_pending_idx ON outbox_events (id) WHERE relayed_at IS NULL`);
    await db.query(`
      CREATE TABLE moderation_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content_type text NOT NULL CHECK (content_type IN ('post','message')),
        content_id uuid NOT NULL,
        version int NOT NULL,
        flagged boolean NOT NULL,
        crisis boolean NOT NULL,
        risk text NOT NULL CHECK (risk IN ('none','low','moderate','high','imminent')),
        categories text[] NOT NULL DEFAULT '{}',
        scores jsonb NOT NULL DEFAULT '{}',
        classified_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT moderation_results_content_version_key UNIQUE (content_type, content_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['moderation_results', 'outbox_events', 'posts', 'threads', 'categories', 'members']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
