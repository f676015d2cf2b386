import type { EntityManager } from 'typeorm';

/** How often an open item may be resolved under us before we give up (each time a moderator acted in between). */
const ATTEMPTS = 5;

/**
 * The open review item about a piece of content, in the caller's transaction and locked: the one
 * `insert` opens (an `INSERT … ON CONFLICT … WHERE status <> 'resolved' DO NOTHING RETURNING id`),
 * or the one already open. An open item a moderator is resolving at this moment blocks the insert
 * and is resolved by the time the lock is ours; then the insert is tried again, and opens a new
 * one, so a report or a plea for help that races a resolution starts a fresh item, never a 500.
 */
export async function openFlagFor(
  manager: EntityManager,
  content: { type: string; id: string },
  insert: { sql: string; parameters: unknown[] },
): Promise<{ flagId: string; created: boolean }> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [created]: Array<{ id: string }> = await manager.query(insert.sql, insert.parameters);
    if (created) return { flagId: created.id, created: true };
    const [open]: Array<{ id: string }> = await manager.query(`SELECT id FROM flags WHERE content_type = $1 AND content_id = $2 AND status <> 'resolved' FOR UPDATE`, [
      content.type,
      content.id,
    ]);
    if (open) return { flagId: open.id, created: false };
  }
  throw new Error(`the review item for ${content.type} ${content.id} kept being resolved while it was being opened`);
}
