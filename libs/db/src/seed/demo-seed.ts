import type { DataSource } from 'typeorm';
import { DEMO_CATEGORIES, DEMO_THREADS } from './demo-categories';

const DEMO_AUTHOR = 'Lantern Team';

export interface SeedSummary {
  categoriesCreated: number;
  threadsCreated: number;
}

/**
 * Seeds categories and demo threads. Safe to run on every start: categories are keyed by slug
 * and demo threads are written only the first time (when the demo author does not exist yet).
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

    const author: Array<{ id: string }> = await manager.query(
      `INSERT INTO members (pseudonym, role) VALUES ($1, 'admin')
       ON CONFLICT ((lower(pseudonym))) DO NOTHING RETURNING id`,
      [DEMO_AUTHOR],
    );
    if (author.length === 0) return { categoriesCreated, threadsCreated: 0 };

    for (const thread of DEMO_THREADS) {
      const [created]: Array<{ id: string }> = await manager.query(
        `INSERT INTO threads (category_id, author_id, title)
         SELECT id, $2, $3 FROM categories WHERE slug = $1 RETURNING id`,
        [thread.category, author[0].id, thread.title],
      );
      await manager.query(`INSERT INTO posts (thread_id, author_id, body) VALUES ($1, $2, $3)`, [created.id, author[0].id, thread.body]);
    }
    return { categoriesCreated, threadsCreated: DEMO_THREADS.length };
  });
}
