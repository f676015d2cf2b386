import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threads where the worker found crisis language carry a flag, so every reader of the thread sees
 * a small resources footer. Kept on the thread (set once by the worker) rather than computed per
 * read, so a thread page stays one indexed lookup however long the thread is.
 */
export class CrisisSupport1764100000000 implements MigrationInterface {
  name = 'CrisisSupport1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE threads ADD COLUMN crisis_support boolean NOT NULL DEFAULT false`);
    await db.query(`
      UPDATE threads t SET crisis_support = true
        WHERE EXISTS (SELECT 1 FROM posts p JOIN moderation_results r ON r.content_type = 'post' AND r.content_id = p.id
                       WHERE p.thread_id = t.id AND r.crisis)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE threads DROP COLUMN IF EXISTS crisis_support`);
  }
}
