import { seedDemoData } from '@lantern/db';
import type { Thread } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest } from '../../test/support/rest-client';

describe('a posting flood from one member (real api, Redis counters)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('flood', { RATE_LIMIT_POSTS_PER_MINUTE: '5' });
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  it('runs into 429 with a retry-after, stores nothing past the limit, and leaves everyone else posting and reading', async () => {
    const flooder = await registerMember(api, 'Flood Gate');
    const neighbour = await registerMember(api, 'Calm Harbour');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: neighbour.token, body: { categorySlug: 'introductions', title: 'Hello all', body: 'First time here.' } })).body;
    const flood = Array.from({ length: 30 }, (_, i) =>
      rest<{ error?: { code: string; details?: { retryAfterSeconds?: number } } }>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: flooder.token, body: { body: `spam ${i}` } }),
    );
    const neighbourWork = Promise.all([
      rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: neighbour.token, body: { body: 'Welcome, everyone.' } }),
      rest(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: neighbour.token }),
      rest(api, 'GET', '/api/v1/categories/introductions/threads', { token: neighbour.token }),
    ]);
    const results = await Promise.all(flood);
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    const refused = results.find((result) => result.status === 429)!;
    expect(refused.body.error?.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await neighbourWork).map((result) => result.status)).toEqual([201, 200, 200]);
    const [{ n }] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1`, [flooder.memberId]);
    expect(n).toBe(5);
  });

  it('counts edits against the same budget: a flood of edits to one post stops at it, and stores no revision past it', async () => {
    const editor = await registerMember(api, 'Edit Storm');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: editor.token, body: { categorySlug: 'introductions', title: 'Edited often', body: 'version zero' } })).body;
    const postId = thread.firstPost.id;
    // The thread spent one of the five; saving the same words again spends none.
    expect((await rest(api, 'PATCH', `/api/v1/posts/${postId}`, { token: editor.token, body: { body: 'version zero' } })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) statuses.push((await rest(api, 'PATCH', `/api/v1/posts/${postId}`, { token: editor.token, body: { body: `edit number ${i}` } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    const [{ revisions }] = await api.db.dataSource.query(`SELECT count(*)::int AS revisions FROM post_revisions WHERE post_id = $1`, [postId]);
    expect(revisions).toBe(4);
    const [{ body }] = await api.db.dataSource.query(`SELECT body FROM posts WHERE id = $1`, [postId]);
    expect(body).toBe('edit number 4');
  });

  it('lets a member take words out of a post once the budget is spent, on a budget of its own, and nothing else', async () => {
    const writer = await registerMember(api, 'Said Too Much');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'introductions', title: 'Reaching out', body: 'Text me on 0770 090 0461, I am Sam from Leeds, any time at all.' } })).body;
    for (let i = 1; i <= 4; i++) expect((await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: writer.token, body: { body: `more ${i}` } })).status).toBe(201);
    const edit = (body: string) => rest<{ body?: string; error?: { code: string; message: string } }>(api, 'PATCH', `/api/v1/posts/${thread.firstPost.id}`, { token: writer.token, body: { body } });
    // Putting words in is refused, and does not shut the door on the edit that follows.
    const added = await edit('Text me on 0770 090 0461, I am Sam from Leeds, any time at all, really.');
    expect([added.status, added.body.error?.code]).toEqual([429, 'RATE_LIMITED']);
    expect(added.body.error?.message).toMatch(/Taking words out of a post still works now/);
    // Nor is a word changed, however much shorter the post, nor a number made of the digits left behind.
    expect((await edit('Text me, I am Tom.')).status).toBe(429);
    expect((await edit('Text me on 070 090 041, I am Sam from Leeds, any time at all.')).status).toBe(429);
    const steps = ['Text me, I am Sam from Leeds, any time at all.', 'Text me, I am Sam, any time at all.', 'I am Sam, any time at all.', 'I am Sam.', 'Sam.'];
    for (const step of steps) {
      const taken = await edit(step);
      expect([step, taken.status, taken.body.body]).toEqual([step, 200, step]);
    }
    // Taking out has a budget of its own, which runs out too.
    expect((await edit('Sam')).status).toBe(429);
    const [row] = await api.db.dataSource.query(`SELECT body, version FROM posts WHERE id = $1`, [thread.firstPost.id]);
    expect(row).toEqual({ body: 'Sam.', version: 6 });
    const [{ revisions }] = await api.db.dataSource.query(`SELECT count(*)::int AS revisions FROM post_revisions WHERE post_id = $1`, [thread.firstPost.id]);
    expect(revisions).toBe(5);
  });
});
