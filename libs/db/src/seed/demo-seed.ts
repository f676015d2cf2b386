import type { DataSource } from 'typeorm';
import { DEMO_CATEGORIES } from './demo-categories';
import { DEMO_AUTHORS, DEMO_THREADS } from './demo-threads';

export interface SeedSummary {
  categoriesCreated: number;
  threadsCreated: number;
}

/**
 * Seeds categories and demo conversations. Safe to run on every start: categories are keyed by
 * slug, and the demo threads are written only once (when the first of them is not there yet).
 * Demo members have no passphrase, so nobody can sign in as them.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedSummary> {
  return dataSource.transaction(async (manager) => {
    let categoriesCreated = 0;
    for (const [position, category] of DEMO_CATEGORIES.entries()) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO categories (slug, name, description, content_warning, position)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [category.slug, category.name, category.description, category.contentWarning, position],
      );
      categoriesCreated += rows.length;
    }

    const already: unknown[] = await manager.query(`SELECT 1 FROM threads WHERE title = $1 LIMIT 1`, [DEMO_THREADS[0].title]);
    if (already.length > 0) return { categoriesCreated, threadsCreated: 0 };

    const authors = new Map<string, string>();
    for (const pseudonym of DEMO_AUTHORS) {
      await manager.query(`INSERT INTO members (pseudonym) VALUES ($1) ON CONFLICT ((lower(pseudonym))) DO NOTHING`, [pseudonym]);
      const [row]: Array<{ id: string }> = await manager.query(`SELECT id FROM members WHERE lower(pseudonym) = lower($1)`, [pseudonym]);
      authors.set(pseudonym, row.id);
    }

    // Spread the conversations over the last few days, replies a little after their thread.
    const now = Date.now();
    for (const [index, thread] of DEMO_THREADS.entries()) {
      const startedAt = new Date(now - (DEMO_THREADS.length - index) * 3 * 3600_000);
      const lastAt = new Date(startedAt.getTime() + thread.replies.length * 20 * 60_000);
      const [created]: Array<{ id: string }> = await manager.query(
        `INSERT INTO threads (category_id, author_id, title, created_at, last_activity_at, reply_count)
         SELECT id, $2, $3, $4, $5, $6 FROM categories WHERE slug = $1 RETURNING id`,
        [thread.category, authors.get(thread.author), thread.title, startedAt, lastAt, thread.replies.length],
      );
      await manager.query(`INSERT INTO posts (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)`, [created.id, authors.get(thread.author), thread.body, startedAt]);
      for (const [n, reply] of thread.replies.entries()) {
        await manager.query(`INSERT INTO posts (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)`, [
          created.id,
          authors.get(reply.author),
          reply.body,
          new Date(startedAt.getTime() + (n + 1) * 20 * 60_000),
        ]);
      }
    }
    return { categoriesCreated, threadsCreated: DEMO_THREADS.length };
  });
}
