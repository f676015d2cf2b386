import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Words the classifier failed to read at every attempt (a bug, a job it cannot parse) go to a
 * person instead of nowhere: the worker opens their review item with a signal of its own,
 * `unreadable`. Nothing else read them, and they may be someone in crisis.
 */
export class UnreadableSignals1764830000000 implements MigrationInterface {
  name = 'UnreadableSignals1764830000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE flag_signals DROP CONSTRAINT flag_signals_source_check`);
    await db.query(`ALTER TABLE flag_signals ADD CONSTRAINT flag_signals_source_check CHECK (source IN ('classifier','report','watched_word','support_request','moderator','unreadable'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM flag_signals WHERE source = 'unreadable'`);
    await db.query(`ALTER TABLE flag_signals DROP CONSTRAINT flag_signals_source_check`);
    await db.query(`ALTER TABLE flag_signals ADD CONSTRAINT flag_signals_source_check CHECK (source IN ('classifier','report','watched_word','support_request','moderator'))`);
  }
}
