import type { EntityManager } from 'typeorm';

/**
 * Members a write answers or names besides its writer (a thread's starter, a quoted writer, a
 * reported writer, an item's member, the member of a hand-off), held FOR KEY SHARE in id order
 * before the rows they would wait on. An account erasure holds the account first, then updates or
 * deletes their threads, posts, messages, items, send window and hand-offs: one under way finishes
 * first, and the write then sees them gone. Held after such a row (or only by a foreign key, at
 * the end), the write waited on the erasure while the erasure waited on the row, and PostgreSQL
 * ended one as a deadlock. `named` is a query whose rows are member ids; the ids of the accounts
 * still live are returned (and stay held until the transaction ends).
 */
export async function holdNamedMembers(manager: Pick<EntityManager, 'query'>, named: { sql: string; parameters: unknown[] }): Promise<Set<string>> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT id FROM members WHERE id IN (${named.sql}) AND deleted_at IS NULL ORDER BY id FOR KEY SHARE`,
    named.parameters,
  );
  return new Set(rows.map((row) => row.id));
}
