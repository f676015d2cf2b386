import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the worker read a report's note for the reporter's own crisis (a `report-note` job). Set in
 * the transaction that shows them their crisis lines, so a job run twice (a worker killed and the
 * job retried, an outbox row relayed again) opens one notice and one support request. A later
 * report with a new note clears it, and that note is read in its turn.
 */
export class ReportNotesChecked1764753000000 implements MigrationInterface {
  name = 'ReportNotesChecked1764753000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE post_reports ADD COLUMN note_checked_at timestamptz`);
    await db.query(`ALTER TABLE message_reports ADD COLUMN note_checked_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE message_reports DROP COLUMN note_checked_at`);
    await db.query(`ALTER TABLE post_reports DROP COLUMN note_checked_at`);
  }
}
