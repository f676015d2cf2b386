import type { ModerationJob } from '@lantern/contracts';
import { CONTENT_TABLES, holdNamedMembers } from '@lantern/db';
import type { EntityManager } from 'typeorm';

/**
 * The content version a job names, locked against change until the caller's transaction ends, and
 * its writer while their account stands. The writer is held first (holdNamedMembers): an erasure
 * under way holds them, then unlinks the row, so it finishes before this reads it, and one that
 * starts later waits. The row is locked FOR NO KEY UPDATE, as the caller may hide it: two runs of
 * the same version take turns, and the second finds the work done (two shared locks would each
 * wait to write). `gone` or `superseded` when the row is no longer there or was edited since (the
 * new version has a job of its own).
 */
export async function lockCurrentVersion(manager: Pick<EntityManager, 'query'>, item: ModerationJob): Promise<{ authorId: string | null } | 'gone' | 'superseded'> {
  const table = CONTENT_TABLES[item.contentType];
  const live = await holdNamedMembers(manager, { sql: `SELECT author_id FROM ${table} WHERE id = $1`, parameters: [item.contentId] });
  const [row]: Array<{ version: number; author_id: string | null }> = await manager.query(`SELECT version, author_id FROM ${table} WHERE id = $1 FOR NO KEY UPDATE`, [
    item.contentId,
  ]);
  if (!row) return 'gone';
  if (row.version !== item.version) return 'superseded';
  return { authorId: row.author_id !== null && live.has(row.author_id) ? row.author_id : null };
}
