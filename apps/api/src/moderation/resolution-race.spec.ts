import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, type Session } from '../../test/support/rest-client';
import { holdLocks, untilLockWaiters } from '../../test/support/db-locks';

/**
 * A plea for help or a report that arrives while a moderator is resolving the open item it would
 * join: the moderator's transaction holds the item, the request waits for it, and by the time it
 * may look the item is resolved. It must open a new item (201), not fail with a 500 and lose itself.
 */
describe('a request racing the resolution of its review item (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let member: Session;

  beforeAll(async () => {
    api = await startApi('resolution-race');
    await seedDemoData(api.db.dataSource);
    member = await registerMember(api, 'Racing Willow');
  });
  afterAll(async () => {
    await api?.close();
  });

  /**
   * Holds the item as a moderator's resolution does, starts `request`, waits until it is blocked
   * on the item, then resolves the item and lets go.
   */
  async function resolveWhile<T>(flagId: string, request: () => Promise<T>): Promise<T> {
    const moderator = await holdLocks(api, (client) => client.query(`SELECT id FROM flags WHERE id = $1 FOR UPDATE`, [flagId]));
    try {
      const pending = request();
      await untilLockWaiters(api, 1, 'the request to wait for the item');
      await moderator.query(`UPDATE flags SET status = 'resolved', resolution = 'dismiss', resolved_at = now() WHERE id = $1`, [flagId]);
      await moderator.release('COMMIT');
      return await pending;
    } finally {
      await moderator.release();
    }
  }

  const openItems = (contentId: string) => api.db.dataSource.query(`SELECT id FROM flags WHERE content_id = $1 AND status <> 'resolved'`, [contentId]);

  it('opens a new item for "talk to a moderator now" asked again while the first is being resolved', async () => {
    const first = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} });
    expect(first.status).toBe(201);
    const again = await resolveWhile(first.body.flagId, () => rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} }));
    expect(again.status).toBe(201);
    expect(again.body.flagId).not.toBe(first.body.flagId);
    expect(await openItems(member.memberId)).toEqual([{ id: again.body.flagId }]);
  });

  it('keeps a report sent while its item is being resolved, on a new item', async () => {
    const author = await registerMember(api, 'Reported Alder');
    const thread = await rest<{ id: string; firstPost: { id: string } }>(api, 'POST', '/api/v1/threads', { token: author.token, body: { categorySlug: 'anxiety', title: 'A thread', body: 'Words someone will report.' } });
    expect(thread.status).toBe(201);
    const postId = thread.body.firstPost.id;
    const reporters = [await registerMember(api, 'First Reporter'), await registerMember(api, 'Second Reporter')];
    expect((await rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: reporters[0].token, body: { reason: 'harassment' } })).status).toBe(201);
    const [item] = await openItems(postId);
    const report = await resolveWhile(item.id, () => rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: reporters[1].token, body: { reason: 'harassment' } }));
    expect(report.status).toBe(201);
    const [fresh] = await openItems(postId);
    expect(fresh.id).not.toBe(item.id);
    const signals = await api.db.dataSource.query(`SELECT reporter_id FROM flag_signals WHERE flag_id = $1 AND source = 'report'`, [fresh.id]);
    expect(signals).toEqual([{ reporter_id: reporters[1].memberId }]);
  });
});
