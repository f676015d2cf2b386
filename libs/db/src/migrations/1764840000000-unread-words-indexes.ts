import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker looks, every minute, for words nothing has read and no job carries any more (Redis
 * lost its queue: a restart without persistence, a failover to a replica behind): posts by when
 * they last changed, chat messages by when they were sent, and reports whose note is unread.
 * These indexes keep that a read of the last few minutes, not of every post and message ever
 * stored. Built CONCURRENTLY (outside a transaction), so members keep writing while they build.
 */
export class UnreadWordsIndexes1764840000000 implements MigrationInterface {
  name = 'UnreadWordsIndexes1764840000000';
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_updated_idx ON posts (updated_at, id)`);
    await db.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS messages_created_idx ON messages (created_at, id)`);
    for (const table of ['post_reports', 'message_reports']) {
      await db.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${table}_note_unread_idx ON ${table} (created_at) WHERE note IS NOT NULL AND note_checked_at IS NULL`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of ['posts_updated_idx', 'messages_created_idx', 'post_reports_note_unread_idx', 'message_reports_note_unread_idx']) {
      await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${index}`);
    }
  }
}
