import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The classification-latency metric reads the newest results; without an index on
 * `classified_at` each scrape scanned every result ever stored (one per chat message), which at
 * chat scale took a tenth of a second per scrape and grows without end. Built CONCURRENTLY (outside
 * a transaction), so a running worker keeps writing results while it builds.
 */
export class ClassificationLatencyIndex1764300000000 implements MigrationInterface {
  name = 'ClassificationLatencyIndex1764300000000';
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS moderation_results_classified_idx ON moderation_results (classified_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS moderation_results_classified_idx`);
  }
}
