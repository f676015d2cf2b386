import { createHash } from 'node:crypto';
import { returnedRows } from '@lantern/db';
import type { EntityManager } from 'typeorm';

/**
 * The key a replaced name is kept under (`former_pseudonyms`): a SHA-256 of the name in lower
 * case, so the table never shows the name itself, and a name typed in another case still finds it.
 */
export function formerNameHash(pseudonym: string): string {
  return createHash('sha256').update(pseudonym.toLowerCase()).digest('hex');
}

/**
 * A typed name as names are stored (`pseudonymSchema`): trimmed, each run of spaces or tabs kept
 * as one. Sign-in finds a name by it and counts failed guesses under it, so spellings that
 * differ only in their spaces share one budget of guesses.
 */
export function nameAsStored(typed: string): string {
  return typed.trim().replace(/\s+/g, ' ');
}

/** The keys a typed name may be kept under: as typed, and as names are stored. */
export function formerNameHashes(typed: string): string[] {
  const trimmed = typed.trim();
  return [...new Set([trimmed, nameAsStored(trimmed)])].map(formerNameHash);
}

/**
 * SQL: another member's name (not `memberId`'s, when given) looks just like the name `name` holds,
 * written in other letters or forms ("Норе Сосо" in Cyrillic, "Ｈｏｐｅ Ｃｏｃｏ" for "Hope Coco"):
 * the names' skeletons (the `lantern_name_skeleton` function and its index) are the same.
 */
export function nameLookAlikeOf(name: string, memberId?: string): string {
  return `EXISTS (SELECT 1 FROM members look_alike WHERE look_alike.deleted_at IS NULL AND lantern_name_skeleton(look_alike.pseudonym) = lantern_name_skeleton(${name})
                   AND lower(look_alike.pseudonym) <> lower(${name})${memberId ? ` AND look_alike.id <> ${memberId}` : ''})`;
}

/**
 * Makes the transaction `manager` runs in the only one, until it ends, to give a name that looks
 * like `name` (the same skeleton, as `nameLookAlikeOf` compares them): two members choosing "Hope
 * Coco" and "Норе Сосо" at the same moment would each find no look-alike (neither sees the other's
 * uncommitted row), and the skeletons' index is not unique, since a deployment from before it may
 * hold look-alikes already. The second waits here and then finds the first's name. A lock on the
 * skeleton only: names that look like nothing in common never wait for each other.
 */
export async function lockNameLook(manager: Pick<EntityManager, 'query'>, ...names: string[]): Promise<void> {
  // Several (a rename holds the name it leaves too): always in the same order, so two renames
  // between the same names wait for each other instead of each holding what the other needs.
  const keys: Array<{ key: number }> = await manager.query(`SELECT DISTINCT hashtext(lantern_name_skeleton(name)) AS key FROM unnest($1::text[]) AS name ORDER BY key`, [names]);
  for (const { key } of keys) await manager.query(`SELECT pg_advisory_xact_lock(${NAME_LOOK_LOCK_SEED}, $1)`, [key]);
}

/** The first key of a name skeleton's advisory lock (`lockNameLook`), apart from any other lock's; the migration that made skeletons. */
const NAME_LOOK_LOCK_SEED = 1764930;

/** Who replaced a name: the member may take their own back later; a moderator's replacement stands. */
export type NameReplacer = 'member' | 'moderator';

/**
 * Gives the member the name `to` in place of `from`, which is kept (as its hash) so that it still
 * signs them in and nobody else takes it. False, changing nothing, when `to` is someone's former
 * name, unless it is the member's own and they are the one changing it and had replaced it
 * themself: then it is theirs again, a name in use rather than a former one. A name someone uses
 * now fails on the names' unique index (`isNameInUse`). The caller asks the member's devices for
 * tokens with the new name (`SessionsEnded.renew`) in the same transaction.
 */
export async function replaceName(manager: Pick<EntityManager, 'query'>, memberId: string, from: string, to: string, by: NameReplacer): Promise<boolean> {
  // The name left too: one registering it as this commits would otherwise find it neither in use
  // nor yet a former name, and two members would both sign in with it.
  await lockNameLook(manager, to, from);
  const renamed = returnedRows(
    await manager.query(
      `UPDATE members SET pseudonym = $2 WHERE id = $1
         AND NOT EXISTS (SELECT 1 FROM former_pseudonyms WHERE name_hash = $3 AND NOT (member_id = $1 AND replaced_by = 'member' AND $4 = 'member'))
         AND NOT ${nameLookAlikeOf('$2::text', '$1')}
       RETURNING id`,
      [memberId, to, formerNameHash(to), by],
    ),
  );
  if (renamed.length === 0) return false;
  await manager.query(`DELETE FROM former_pseudonyms WHERE name_hash = $1 AND member_id = $2`, [formerNameHash(to), memberId]);
  await manager.query(`INSERT INTO former_pseudonyms (name_hash, member_id, replaced_by) VALUES ($1, $2, $3) ON CONFLICT (name_hash) DO NOTHING`, [formerNameHash(from), memberId, by]);
  return true;
}

/** Whether a moderator replaced this name of the member's (so it cannot be theirs to show again). */
export async function replacedByModerator(manager: Pick<EntityManager, 'query'>, memberId: string, name: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM former_pseudonyms WHERE name_hash = $1 AND member_id = $2 AND replaced_by = 'moderator'`, [formerNameHash(name), memberId]);
  return rows.length > 0;
}

/** A write lost to another account that uses the name now (the unique index on names, any case). */
export function isNameInUse(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'members_pseudonym_ci_key';
}
