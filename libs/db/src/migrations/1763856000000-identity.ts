import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pseudonymous identity: a passphrase hash (argon2id) and a recovery-code hash instead of an
 * e-mail; refresh tokens stored only as hashes, rotated on every use and grouped in families so
 * reuse of an old one revokes them all; partner organisations for partner accounts. Nothing that
 * identifies a person (no e-mail, IP address or user agent) has a column.
 */
export class Identity1763856000000 implements MigrationInterface {
  name = 'Identity1763856000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        regions text[] NOT NULL DEFAULT '{}',
        hours text NOT NULL DEFAULT '24/7',
        webhook_url text NOT NULL,
        -- The HMAC key partners verify our webhooks with: we must sign, so we must keep it.
        webhook_secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE members
      ADD COLUMN passphrase_hash text,
      ADD COLUMN recovery_code_hash text,
      ADD COLUMN partner_id uuid REFERENCES partners(id) ON DELETE RESTRICT,
      ADD COLUMN preferences jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN IF NOT EXISTS muted_until timestamptz,
      ADD COLUMN IF NOT EXISTS suspended_until timestamptz,
      ADD COLUMN IF NOT EXISTS deleted_at timestamptz`);
    await db.query(`ALTER TABLE members ADD CONSTRAINT members_partner_role CHECK ((role = 'partner') = (partner_id IS NOT NULL))`);
    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await db.query(`CREATE INDEX refresh_tokens_member_idx ON refresh_tokens (member_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS refresh_tokens`);
    await db.query(`ALTER TABLE members DROP CONSTRAINT IF EXISTS members_partner_role`);
    await db.query(`ALTER TABLE members DROP COLUMN IF EXISTS preferences, DROP COLUMN IF EXISTS partner_id, DROP COLUMN IF EXISTS recovery_code_hash, DROP COLUMN IF EXISTS passphrase_hash`);
    await db.query(`DROP TABLE IF EXISTS partners`);
  }
}
