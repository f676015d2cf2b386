import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Words the lexicon did not read as crisis but the learned second opinion does go to a person:
 * the worker opens (or joins) their review item with a signal of its own, `second_opinion`, whose
 * reason carries the model's score and version. Once per content version, as the classifier's.
 */
export class SecondOpinionSignals1764950000000 implements MigrationInterface {
  name = 'SecondOpinionSignals1764950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE flag_signals DROP CONSTRAINT flag_signals_source_check`);
    await db.query(
      `ALTER TABLE flag_signals ADD CONSTRAINT flag_signals_source_check CHECK (source IN ('classifier','report','watched_word','support_request','moderator','unreadable','second_opinion'))`,
    );
    await db.query(`CREATE UNIQUE INDEX flag_signals_second_opinion_once ON flag_signals (flag_id, content_version) WHERE source = 'second_opinion'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS flag_signals_second_opinion_once`);
    await db.query(`DELETE FROM flag_signals WHERE source = 'second_opinion'`);
    await db.query(`ALTER TABLE flag_signals DROP CONSTRAINT flag_signals_source_check`);
    await db.query(`ALTER TABLE flag_signals ADD CONSTRAINT flag_signals_source_check CHECK (source IN ('classifier','report','watched_word','support_request','moderator','unreadable'))`);
  }
}
