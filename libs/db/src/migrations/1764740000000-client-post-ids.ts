import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A thread or reply may carry the id its client gave the draft (`clientPostId`), so a retry after a
 * timeout or a lost answer is answered with the post stored the first time instead of storing the
 * same words twice. Unique per author, enforced by the index rather than a read before the insert,
 * so two copies in flight at once still store one. `client_request_digest` is a hash of what was
 * asked for (kind, place, words, choices), compared on a retry: a later edit of the post, or a
 * change to the watched words, does not turn a true retry into a refusal. Posts without an id (older
 * clients, seeded data) are left out of the index, and so are erased members' posts (no author).
 */
export class ClientPostIds1764740000000 implements MigrationInterface {
  name = 'ClientPostIds1764740000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE posts ADD COLUMN client_post_id text, ADD COLUMN client_request_digest text`);
    await db.query(`ALTER TABLE posts ADD CONSTRAINT posts_client_post_digest CHECK ((client_post_id IS NULL) = (client_request_digest IS NULL))`);
    await db.query(`CREATE UNIQUE INDEX posts_client_post_key ON posts (author_id, client_post_id) WHERE client_post_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX posts_client_post_key`);
    await db.query(`ALTER TABLE posts DROP CONSTRAINT posts_client_post_digest`);
    await db.query(`ALTER TABLE posts DROP COLUMN client_request_digest, DROP COLUMN client_post_id`);
  }
}
