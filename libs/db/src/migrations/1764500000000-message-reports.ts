import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members report chat messages as they report posts: one report per member and message (a second
 * updates it), the reason and an optional note for the moderators. The first report becomes a
 * signal on the message's review item. Erasing a reporter keeps the report without them.
 */
export class MessageReports1764500000000 implements MigrationInterface {
  name = 'MessageReports1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE message_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES members(id) ON DELETE SET NULL,
        reason text NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT message_reports_once_key UNIQUE (message_id, reporter_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE message_reports`);
  }
}
