import { classify, decide } from '@lantern/moderation';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
// The worker's own code against the api's test database, as lock-order.spec does; the api itself never imports the worker.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { recordFlag } from '../../../worker/src/moderation/flag-writer';

describe("a review item's kind when more is found (the worker's recordFlag, real PostgreSQL)", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('flag-kind');
    await api.db.dataSource.query(`INSERT INTO categories (slug, name) VALUES ('kinds', 'Kinds')`);
  });
  afterAll(async () => api.close());

  async function post(body: string): Promise<string> {
    const [thread] = await api.db.dataSource.query(`INSERT INTO threads (category_id, title) SELECT id, 'kinds' FROM categories LIMIT 1 RETURNING id`);
    const [row] = await api.db.dataSource.query(`INSERT INTO posts (thread_id, body) VALUES ($1, $2) RETURNING id`, [thread.id, body]);
    return row.id as string;
  }
  const merge = (contentId: string, text: string, options: Parameters<typeof decide>[1] = {}) => {
    const result = classify(text);
    return api.db.dataSource.transaction((manager) => recordFlag(manager, { contentType: 'post', contentId, version: 2, authorId: null, result, decision: decide(result, options) }));
  };
  const kindOf = async (id: string) => (await api.db.dataSource.query(`SELECT kind, priority FROM flags WHERE content_id = $1`, [id]))[0];

  it('keeps a crisis a crisis when abuse or a second opinion of higher priority joins it, and lets abuse outrank a report', async () => {
    // A moderator opened a crisis review (kind crisis, a low priority): abuse found later does not make it abuse.
    const reviewed = await post('first words');
    await api.db.dataSource.query(`INSERT INTO flags (content_type, content_id, kind, priority, risk, due_at) VALUES ('post', $1, 'crisis', 20, 'none', now() + interval '1 day')`, [reviewed]);
    await merge(reviewed, 'you are all worthless idiots');
    expect(await kindOf(reviewed)).toEqual({ kind: 'crisis', priority: 40 });

    // A severe-harm item stays abuse when a second opinion's report joins it.
    const harmful = await post('first words');
    await merge(harmful, 'nobody wants you here, kys');
    expect((await kindOf(harmful)).kind).toBe('harm');
    await merge(harmful, 'I just want it to stop', { secondOpinion: true });
    expect((await kindOf(harmful)).kind).toBe('harm');

    // A report that turns out to be abuse becomes abuse.
    const reported = await post('first words');
    await api.db.dataSource.query(`INSERT INTO flags (content_type, content_id, kind, priority, risk, due_at) VALUES ('post', $1, 'report', 20, 'none', now() + interval '1 day')`, [reported]);
    await merge(reported, 'you are all worthless idiots');
    expect(await kindOf(reported)).toEqual({ kind: 'harm', priority: 40 });
  });
});
