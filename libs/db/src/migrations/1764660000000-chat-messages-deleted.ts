import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A writer can take back their own chat message: `deleted`, gone from the room for everyone and
 * kept for moderators' reviews, as a deleted post is (an account's erasure still unlinks it).
 */
export class ChatMessagesDeleted1764660000000 implements MigrationInterface {
  name = 'ChatMessagesDeleted1764660000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messages DROP CONSTRAINT messages_status_check`);
    await db.query(`ALTER TABLE messages ADD CONSTRAINT messages_status_check CHECK (status IN ('visible','hidden','removed','deleted'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE messages SET status = 'removed' WHERE status = 'deleted'`);
    await db.query(`ALTER TABLE messages DROP CONSTRAINT messages_status_check`);
    await db.query(`ALTER TABLE messages ADD CONSTRAINT messages_status_check CHECK (status IN ('visible','hidden','removed'))`);
  }
}
