import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Words and phrases admins want handled (Discourse's watched words): flag for a moderator, hold
 * until reviewed, block with a message, or replace. Patterns use the lexicon's pattern language.
 */
export class WatchedWords1764150000000 implements MigrationInterface {
  name = 'WatchedWords1764150000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE watched_words (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pattern text NOT NULL CHECK (length(pattern) BETWEEN 1 AND 200),
        action text NOT NULL CHECK (action IN ('flag','hold','block','replace')),
        replacement text CHECK (replacement IS NULL OR length(replacement) <= 200),
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT watched_words_replacement CHECK ((action = 'replace') = (replacement IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX watched_words_pattern_key ON watched_words (lower(pattern))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS watched_words`);
  }
}
