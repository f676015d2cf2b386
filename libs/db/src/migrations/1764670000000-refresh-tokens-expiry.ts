import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker deletes sessions past their end (a row that can only be refused is just a record
 * of when a member was here): this index lets it find them without reading the whole table.
 */
export class RefreshTokensExpiry1764670000000 implements MigrationInterface {
  name = 'RefreshTokensExpiry1764670000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX IF NOT EXISTS refresh_tokens_expires_idx ON refresh_tokens (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS refresh_tokens_expires_idx`);
  }
}
