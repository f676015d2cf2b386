// `npm run cli -- user:create --role member|moderator|admin|partner --pseudonym NAME --passphrase PASS [--partner ID]`
//   prints {"id","pseudonym","role"}, audited as `member_create`
// `npm run cli -- user:set-role --pseudonym NAME --role member|moderator|admin|partner [--partner ID]`
//   prints {"id","pseudonym","role","was"}: the role changes and the member's sessions end at once on
//   every api node (their app refreshes into the new role), audited as `role_changed`
// `npm run cli -- partner:create --name NAME --webhook-url URL --regions US,CA`
//   prints {"id","name","secret"} (the webhook HMAC secret, shown once), audited as `partner_create`
// Operator accounts (moderator, admin, partner) are made here, never by self-registration.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MEMBER_ROLES, normaliseRegionCode, parseServerEnv, passphraseSchema, pseudonymSchema, webhookUrlProblem, type MemberRole, type PartnerSummary } from '@lantern/contracts';
import { openDataSource, retryingOnStderr } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { writeAuditRow, type AuditEntry } from '../audit/audit.service';
import { hashPassphrase } from '../auth/credentials';
import { formerNameHash, lockNameLook, nameLookAlikeOf } from '../auth/former-pseudonyms';
import { pseudonymProblem } from '../auth/pseudonyms';

class UsageError extends Error {}

function options(argv: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!flag.startsWith('--')) throw new UsageError(`Unexpected argument "${flag}".`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    found.set(flag.slice(2), value);
    i++;
  }
  return found;
}

function required(found: Map<string, string>, name: string): string {
  const value = found.get(name);
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

function check<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${flag}: ${result.error.issues[0]?.message ?? 'not valid'}`);
  return result.data;
}

function roleOption(found: Map<string, string>): MemberRole {
  return check(z.enum(MEMBER_ROLES, { error: `is one of ${MEMBER_ROLES.join(', ')}` }), required(found, 'role'), '--role') as MemberRole;
}

/** A partner account belongs to one partner organisation, and only a partner account does. */
async function partnerOption(dataSource: DataSource, found: Map<string, string>, role: MemberRole): Promise<string | null> {
  const partnerId = found.get('partner') ?? null;
  if (role === 'partner' && !partnerId) throw new UsageError('--partner is required for a partner account (the id partner:create printed).');
  if (role !== 'partner' && partnerId) throw new UsageError('--partner only applies to --role partner.');
  if (partnerId) {
    check(z.uuid({ error: 'is a partner id' }), partnerId, '--partner');
    const partners: unknown[] = await dataSource.query(`SELECT 1 FROM partners WHERE id = $1`, [partnerId]);
    if (partners.length === 0) throw new UsageError(`--partner: there is no partner ${partnerId}.`);
  }
  return partnerId;
}

/**
 * An operator's command in the audit log, written as the role-change trigger
 * (`members_role_changed_audit`) writes `user:set-role`'s: nobody is signed in to Lantern at a
 * shell, so there is no actor id, and the actor is "operator". Called in the transaction of the
 * change it records, so neither exists without the other.
 */
async function recordOperatorAction(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await writeAuditRow(manager, { id: null, role: 'operator' }, entry);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'user:create' && command !== 'user:set-role' && command !== 'partner:create') {
    throw new UsageError(
      'Usage: npm run cli -- user:create --role ROLE --pseudonym NAME --passphrase PASS [--partner ID] | user:set-role --pseudonym NAME --role ROLE [--partner ID] | partner:create --name NAME --webhook-url URL --regions US,CA',
    );
  }
  const found = options(rest);
  const env = parseServerEnv(process.env);
  const dataSource = await openDataSource({
    url: env.DATABASE_URL,
    poolSize: 1,
    applicationName: 'lantern-cli',
    waitMs: env.DATABASE_CONNECT_WAIT_MS,
    onRetry: retryingOnStderr('lantern cli'),
  });
  try {
    if (command === 'user:set-role') {
      const role = roleOption(found);
      const pseudonym = required(found, 'pseudonym');
      const partnerId = await partnerOption(dataSource, found, role);
      const changed = await dataSource.transaction(async (manager) => {
        const [before]: Array<{ id: string; pseudonym: string; role: string; partner_id: string | null }> = await manager.query(
          `SELECT id, pseudonym, role, partner_id FROM members WHERE lower(pseudonym) = lower($1) AND deleted_at IS NULL FOR UPDATE`,
          [pseudonym],
        );
        if (!before) throw new UsageError(`--pseudonym: there is no member "${pseudonym}".`);
        // The database's triggers (migration 1764690000000) end the member's sessions and audit
        // the change when the role or organisation changes, as for any statement: tokens issued
        // before it are refused on every api node (401 SESSION_ENDED) and the app refreshes into
        // the new role, the refresh token still good. A demotion does not wait for tokens to run out.
        await manager.query(`UPDATE members SET role = $2, partner_id = $3 WHERE id = $1`, [before.id, role, partnerId]);
        return { id: before.id, pseudonym: before.pseudonym, role, was: before.role };
      });
      process.stdout.write(`${JSON.stringify(changed)}\n`);
    } else if (command === 'user:create') {
      const role = roleOption(found);
      const pseudonym = check(pseudonymSchema, required(found, 'pseudonym'), '--pseudonym');
      // Staff, and a crisis line's counsellors, may be named for what they are; nothing else is let through.
      const problem = pseudonymProblem(pseudonym, { mayClaimRole: ['moderator', 'admin', 'partner'].includes(role) });
      if (problem) throw new UsageError(`--pseudonym: ${problem}`);
      const passphrase = check(passphraseSchema, required(found, 'passphrase'), '--passphrase');
      const partnerId = await partnerOption(dataSource, found, role);
      const passphraseHash = await hashPassphrase(passphrase);
      const created = await dataSource.transaction(async (manager) => {
        // A name a moderator replaced still signs its member in: it is taken, as the api's join says.
        await lockNameLook(manager, pseudonym);
        const rows: Array<{ id: string; pseudonym: string; role: string }> = await manager.query(
          `INSERT INTO members (pseudonym, role, passphrase_hash, partner_id)
           SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM former_pseudonyms WHERE name_hash = $5) AND NOT ${nameLookAlikeOf('$1')}
           ON CONFLICT ((lower(pseudonym))) DO NOTHING RETURNING id, pseudonym, role`,
          [pseudonym, role, passphraseHash, partnerId, formerNameHash(pseudonym)],
        );
        if (!rows[0]) throw new UsageError(`--pseudonym: "${pseudonym}" is taken, or looks just like a name that is.`);
        // The shape `role_changed` records, so an account's powers read the same from its first
        // row on. No pseudonym: an erased account's audit rows stay under its id alone.
        await recordOperatorAction(manager, { action: 'member_create', targetType: 'member', targetId: rows[0].id, after: { role, partnerId } });
        return rows[0];
      });
      process.stdout.write(`${JSON.stringify(created)}\n`);
    } else {
      const name = check(z.string().trim().min(2, { error: 'needs at least 2 characters' }).max(120), required(found, 'name'), '--name');
      const webhookUrl = check(z.url({ protocol: /^https?$/, error: 'is an http(s) URL' }), required(found, 'webhook-url'), '--webhook-url');
      const insecure = webhookUrlProblem(webhookUrl, env.NODE_ENV);
      if (insecure) throw new UsageError(`--webhook-url: ${insecure}`);
      const regions = check(
        z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'is a comma-separated list of two-letter codes such as US,CA' })).min(1),
        required(found, 'regions')
          .split(',')
          .map((region) => region.trim().toUpperCase())
          .filter(Boolean),
        '--regions',
      )
        // Stored as members' regions are: a line that serves "UK" serves GB.
        .map((region) => normaliseRegionCode(region) ?? region)
        .filter((region, at, all) => all.indexOf(region) === at);
      const secret = randomBytes(32).toString('hex');
      const partner = await dataSource.transaction(async (manager) => {
        const [row]: Array<{ id: string; name: string; regions: string[]; hours: string; webhook_url: string; created_at: Date }> = await manager.query(
          `INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ($1, $2, $3, $4) RETURNING id, name, regions, hours, webhook_url, created_at`,
          [name, regions, webhookUrl, secret],
        );
        // As POST /admin/partners records it: the partner as an admin reads it, never the secret.
        const recorded: PartnerSummary = { id: row.id, name: row.name, regions: row.regions, hours: row.hours, webhookUrl: row.webhook_url, createdAt: row.created_at.toISOString() };
        await recordOperatorAction(manager, { action: 'partner_create', targetType: 'partner', targetId: row.id, after: recorded });
        return row;
      });
      process.stdout.write(`${JSON.stringify({ id: partner.id, name: partner.name, secret })}\n`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`lantern cli: ${message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
