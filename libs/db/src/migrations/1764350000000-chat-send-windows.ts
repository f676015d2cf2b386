import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chat burst limit (CHAT_LIMITS: 5 messages in 10 s per member), counted by the send
 * statement itself instead of in Redis: one row per member who has chatted, the start of their
 * current window and how many sends it has taken. The statement upserts the row, and an upsert
 * waits for and sees a concurrent one on another node, so the count holds across nodes exactly.
 * Half-full pages leave room for the row's new version on its own page (HOT updates, no index
 * write). Erasing a member deletes their row.
 */
export class ChatSendWindows1764350000000 implements MigrationInterface {
  name = 'ChatSendWindows1764350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE chat_send_windows (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        used int NOT NULL CHECK (used > 0)
      ) WITH (fillfactor = 50)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS chat_send_windows`);
  }
}
