import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regions as the hotline directory reads them: "UK", which members type far more often than the
 * ISO code, is GB. Members' regions and crisis lines' regions were stored as typed, so a member
 * who said UK saw British lines but could not be handed to a line serving GB. Both are stored as
 * GB from now on (the api's schemas and the CLI); this brings the rows saved before into line.
 */
export class RegionCodes1764940000000 implements MigrationInterface {
  name = 'RegionCodes1764940000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE members SET region = 'GB' WHERE region = 'UK'`);
    await db.query(`UPDATE partners SET regions = ARRAY(SELECT DISTINCT code FROM unnest(array_replace(regions, 'UK', 'GB')) AS code ORDER BY code) WHERE 'UK' = ANY (regions)`);
  }

  async down(): Promise<void> {
    // Nothing to undo: GB is what UK always meant.
  }
}
