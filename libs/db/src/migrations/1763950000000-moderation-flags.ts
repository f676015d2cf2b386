import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review items on Discourse's model: one open flag per piece of content gathers every signal
 * about it (classifier results, member reports, watched words, support requests), with a
 * priority, a due time and a status; `version` is the optimistic lock for moderators' actions.
 *
 * Crisis notices are what the author is shown: written in the same transaction as the flag, so a
 * member who is offline sees their panel on the next visit, and NOTIFY wakes every api node to
 * deliver it live.
 */
export class ModerationFlags1763950000000 implements MigrationInterface {
  name = 'ModerationFlags1763950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content_type text NOT NULL CHECK (content_type IN ('post','message','member')),
        content_id uuid NOT NULL,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('crisis','harm','report')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','claimed','resolved')),
        priority int NOT NULL,
        risk text NOT NULL DEFAULT 'none' CHECK (risk IN ('none','low','moderate','high','imminent')),
        categories text[] NOT NULL DEFAULT '{}',
        score real NOT NULL DEFAULT 0,
        due_at timestamptz NOT NULL,
        claimed_by uuid REFERENCES members(id) ON DELETE SET NULL,
        claim_expires_at timestamptz,
        resolved_by uuid REFERENCES members(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        resolution text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open review item per piece of content; resolved ones stay as history.
    await db.query(`CREATE UNIQUE INDEX flags_one_open_per_content ON flags (content_type, content_id) WHERE status <> 'resolved'`);
    await db.query(`CREATE INDEX flags_queue_idx ON flags (priority DESC, due_at) WHERE status <> 'resolved'`);

    await db.query(`
      CREATE TABLE flag_signals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        flag_id uuid NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('classifier','report','watched_word','support_request')),
        content_version int,
        risk text,
        categories text[] NOT NULL DEFAULT '{}',
        evidence jsonb NOT NULL DEFAULT '[]',
        reporter_id uuid REFERENCES members(id) ON DELETE SET NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX flag_signals_classifier_once ON flag_signals (flag_id, content_version) WHERE source = 'classifier'`);
    await db.query(`CREATE UNIQUE INDEX flag_signals_report_once ON flag_signals (flag_id, reporter_id) WHERE source = 'report'`);

    await db.query(`
      CREATE TABLE crisis_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('post','message')),
        content_id uuid NOT NULL,
        for_other boolean NOT NULL DEFAULT false,
        risk text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        closed_at timestamptz,
        closed_how text CHECK (closed_how IN ('safe_now','support_requested','dismissed')),
        CONSTRAINT crisis_notices_once UNIQUE (content_type, content_id, member_id)
      )`);
    await db.query(`CREATE INDEX crisis_notices_open_idx ON crisis_notices (member_id) WHERE closed_at IS NULL`);

    // A new crisis notice is delivered once; a flag is announced whenever it changes.
    for (const [table, channel, events] of [
      ['crisis_notices', 'lantern_crisis', 'INSERT'],
      ['flags', 'lantern_flags', 'INSERT OR UPDATE'],
    ]) {
      await db.query(`
        CREATE FUNCTION ${table}_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('${channel}', NEW.id::text);
          RETURN NULL;
        END $$`);
      await db.query(`CREATE TRIGGER ${table}_notify AFTER ${events} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_notify()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['crisis_notices', 'flags']) {
      await db.query(`DROP TRIGGER IF EXISTS ${table}_notify ON ${table}`);
      await db.query(`DROP FUNCTION IF EXISTS ${table}_notify()`);
    }
    for (const table of ['crisis_notices', 'flag_signals', 'flags']) await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
