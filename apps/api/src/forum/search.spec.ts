import type { Page, Post, SearchHit, Thread, ThreadSummary } from '@lantern/contracts';
import { FORUM_LIMITS } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { SEARCH_SQL } from './forum-read-sql';

interface ErrorResponse {
  error: { code: string; message: string };
}

describe('forum search (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let reader: Session;
  let troll: Session;
  let friend: Session;
  let moderator: Session;

  beforeAll(async () => {
    api = await startApi('search');
    await seedDemoData(api.db.dataSource);
    reader = await registerMember(api, 'Reader Finch');
    troll = await registerMember(api, 'Troll Magpie');
    friend = await registerMember(api, 'Friend Wren');
    moderator = await withRole(api, await registerMember(api, 'Mod Plover'), 'moderator');
  });

  afterAll(async () => api.close());

  const startThread = async (who: Session, title: string, body: string, postAs?: 'alias') =>
    (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'anxiety', title, body, ...(postAs ? { postAs } : {}) } })).body;
  const reply = async (who: Session, threadId: string, body: string) =>
    (await rest<Post>(api, 'POST', `/api/v1/threads/${threadId}/posts`, { token: who.token, body: { body } })).body;
  const search = (who: Session, q: string, cursor?: string) =>
    rest<Page<SearchHit>>(api, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`, { token: who.token });
  const hitPosts = async (who: Session, q: string) => (await search(who, q)).body.items.map((hit) => hit.postId);
  const listedTitles = async (who: Session) => (await rest<Page<ThreadSummary>>(api, 'GET', '/api/v1/categories/anxiety/threads', { token: who.token })).body.items.map((t) => t.title);

  it('leaves out every hit from a thread opened by a member the reader hid, as the thread lists do', async () => {
    const trollThread = await startThread(troll, 'Pangolin thoughts nobody asked for', 'You are all pathetic');
    const kindReply = await reply(friend, trollThread.id, 'A pangolin fact to lighten things: they curl into a ball');
    const aliasThread = await startThread(troll, 'Another pangolin rant', 'Under an alias this time', 'alias');
    const kindAliasReply = await reply(friend, aliasThread.id, 'Pangolin hugs to anyone reading');
    const ownThread = await startThread(friend, 'Pangolin sanctuary visit', 'I saw a pangolin today');

    expect((await rest(api, 'POST', '/api/v1/me/hidden-members', { token: reader.token, body: { postId: trollThread.firstPost.id } })).status).toBe(201);
    expect((await rest(api, 'POST', '/api/v1/me/hidden-members', { token: reader.token, body: { postId: aliasThread.firstPost.id } })).status).toBe(201);

    // The lists already leave both threads out for the reader...
    const titles = await listedTitles(reader);
    expect(titles).not.toContain(trollThread.title);
    expect(titles).not.toContain(aliasThread.title);
    // ...and so does search: a kind reply there would otherwise carry the hidden member's title.
    const readerHits = (await search(reader, 'pangolin')).body.items;
    expect(readerHits.map((hit) => hit.title)).toEqual([ownThread.title]);
    expect(readerHits.map((hit) => hit.postId)).toEqual([ownThread.firstPost.id]);

    // Only for the member who hid them: the friend and moderators still find every hit.
    const everyHit = [ownThread.firstPost.id, kindAliasReply.id, aliasThread.firstPost.id, kindReply.id, trollThread.firstPost.id];
    expect(await hitPosts(friend, 'pangolin')).toEqual(everyHit);
    expect(await hitPosts(moderator, 'pangolin')).toEqual(everyHit);
  });

  it('keeps held, removed and deleted words out of members results, and finds a moderators edit, not the words it took out', async () => {
    // Written by someone the reader never hid, so only the moderation state keeps the words out.
    const writer = await registerMember(api, 'Writer Ibis');
    const thread = await startThread(reader, 'Axolotl evenings', 'Axolotl tanks calm me down');
    const held = await reply(writer, thread.id, 'axolotl heldword');
    const removed = await reply(writer, thread.id, 'axolotl removedword');
    const deleted = await reply(friend, thread.id, 'axolotl deletedword');
    const edited = await reply(friend, thread.id, 'axolotl call me on 555 0100');
    await api.db.dataSource.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [held.id]);
    await api.db.dataSource.query(`UPDATE posts SET status = 'removed' WHERE id = $1`, [removed.id]);
    expect((await rest(api, 'DELETE', `/api/v1/posts/${deleted.id}`, { token: friend.token })).status).toBe(204);
    await api.db.dataSource.query(`UPDATE posts SET body = 'axolotl call me (number taken out by a moderator)', version = version + 1, moderator_note = 'Personal details removed' WHERE id = $1`, [edited.id]);

    for (const word of ['heldword', 'removedword', 'deletedword', '555']) expect(await hitPosts(reader, word)).toEqual([]);
    expect(await hitPosts(reader, 'axolotl')).toEqual([edited.id, thread.firstPost.id]);
    expect((await search(reader, 'axolotl')).body.items[0].excerpt).toBe('axolotl call me (number taken out by a moderator)');
    // Their writer, too, finds a held post only on its thread page, marked there.
    expect(await hitPosts(writer, 'heldword')).toEqual([]);

    // A thread whose opening post is held leaves with every reply in it.
    const heldThread = await startThread(writer, 'Caracal bait', 'opening words held for review');
    const answer = await reply(friend, heldThread.id, 'a caracalreply in a held thread');
    expect(await hitPosts(reader, 'caracalreply')).toEqual([answer.id]);
    await api.db.dataSource.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [heldThread.firstPost.id]);
    expect(await hitPosts(reader, 'caracalreply')).toEqual([]);
    expect(await hitPosts(reader, 'caracal')).toEqual([]);
    expect(await hitPosts(moderator, 'caracalreply')).toEqual([answer.id]);
  });

  it('tells moderators the status of each hit and its thread, and never gives members the field', async () => {
    const writer = await registerMember(api, 'Writer Kiwi');
    const thread = await startThread(reader, 'Okapi afternoons', 'okapi live words');
    const held = await reply(writer, thread.id, 'okapi heldwords');
    const removed = await reply(writer, thread.id, 'okapi removedwords');
    const deleted = await reply(writer, thread.id, 'okapi deletedwords');
    await api.db.dataSource.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [held.id]);
    await api.db.dataSource.query(`UPDATE posts SET status = 'removed' WHERE id = $1`, [removed.id]);
    expect((await rest(api, 'DELETE', `/api/v1/posts/${deleted.id}`, { token: writer.token })).status).toBe(204);
    const removedThread = await startThread(writer, 'Okapi taken down', 'okapi opening words');
    const liveReply = await reply(friend, removedThread.id, 'okapi reply in a removed thread');
    await api.db.dataSource.query(`UPDATE posts SET status = 'removed' WHERE id = $1`, [removedThread.firstPost.id]);

    const staffHits = (await search(moderator, 'okapi')).body.items;
    expect(staffHits.map((hit) => [hit.postId, hit.status, hit.threadStatus])).toEqual([
      [liveReply.id, 'visible', 'removed'],
      [removedThread.firstPost.id, 'removed', 'removed'],
      [deleted.id, 'deleted', 'visible'],
      [removed.id, 'removed', 'visible'],
      [held.id, 'hidden', 'visible'],
      [thread.firstPost.id, 'visible', 'visible'],
    ]);
    for (const who of [reader, writer, friend]) {
      const hits = (await search(who, 'okapi')).body.items;
      expect(hits.map((hit) => hit.postId)).toEqual([thread.firstPost.id]);
      for (const hit of hits) {
        expect(hit).not.toHaveProperty('status');
        expect(hit).not.toHaveProperty('threadStatus');
      }
    }
  });

  it('finds an erased members words without naming them or their hides', async () => {
    const leaving = await registerMember(api, 'Leaving Tern');
    const thread = await startThread(leaving, 'Quokka mornings', 'Quokka pictures got me through the week');
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: leaving.token })).status).toBe(204);
    const hits = (await search(reader, 'quokka')).body.items;
    expect(hits.map((hit) => hit.postId)).toEqual([thread.firstPost.id]);
    expect(JSON.stringify(hits)).not.toContain('Leaving Tern');
    expect(JSON.stringify(hits)).not.toContain(leaving.memberId);
  });

  it('pages through many hits without repeats or gaps, and refuses forged cursors with a code', async () => {
    const thread = await startThread(friend, 'Numbat counting', 'numbat one');
    for (let n = 2; n <= FORUM_LIMITS.pageSize + 5; n += 1) await reply(friend, thread.id, `numbat ${n}`);
    const first = (await search(reader, 'numbat')).body;
    expect(first.items).toHaveLength(FORUM_LIMITS.pageSize);
    expect(first.nextCursor).not.toBeNull();
    const second = (await search(reader, 'numbat', first.nextCursor ?? '')).body;
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items].map((hit) => hit.postId);
    expect(new Set(seen).size).toBe(FORUM_LIMITS.pageSize + 5);

    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of ['not-a-cursor', forged(['2026-01-01T00:00:00Z', 'not-a-uuid']), forged(['0000-01-01T00:00:00Z', thread.id]), forged(['+010000-01-01T00:00:00Z', thread.id]), forged({ at: 1 })]) {
      const response = await search(reader, 'numbat', cursor);
      expect([response.status, (response.body as unknown as ErrorResponse).error.code]).toEqual([400, 'INVALID_CURSOR']);
    }
    const tooLong = await search(reader, 'numbat', 'x'.repeat(600));
    expect(tooLong.status).toBe(400);
    expect((tooLong.body as unknown as ErrorResponse).error.message).toBe('cursor: That cursor is not one Lantern gave out.');
  });

  it('answers odd, hostile and oversized words with a result or a 4xx sentence, never a 500', async () => {
    await startThread(friend, 'Wombat burrows', 'Wombat facts: they dig at night');
    const odd = ['wombat:*', 'wombat & !burrows', "'wombat' | 'dig'", '!!!&&&|||:::***', '"wombat', '\\\\', "'; DROP TABLE posts; --", 'wombat <-> dig', '(((', '-', 'the and of'];
    for (const q of odd) {
      const response = await search(reader, q);
      expect([q, response.status]).toEqual([q, 200]);
    }
    // Operators are words here, not syntax: "wombat:*" is no prefix search for everything.
    expect((await search(reader, 'wombat:*')).body.items).toHaveLength(1);
    expect((await search(reader, '!!!&&&|||:::***')).body.items).toEqual([]);

    const long = await search(reader, 'w'.repeat(10_000));
    expect([long.status, (long.body as unknown as ErrorResponse).error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((long.body as unknown as ErrorResponse).error.message).toContain(`at most ${FORUM_LIMITS.searchMax} characters`);
    const nul = await search(reader, 'wombat\u0000');
    expect([nul.status, (nul.body as unknown as ErrorResponse).error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const megabyte = await fetch(`${api.baseUrl}/api/v1/search?q=${'w'.repeat(1_000_000)}`, { headers: { Authorization: `Bearer ${reader.token}` } });
    expect([megabyte.status, ((await megabyte.json()) as ErrorResponse).error.code]).toEqual([431, 'HEADERS_TOO_LARGE']);
    const twice = await rest<ErrorResponse>(api, 'GET', '/api/v1/search?q=a&q=b', { token: reader.token });
    expect([twice.status, twice.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('lets the word indexes serve a search instead of reading every post in the forum', async () => {
    const thread = await startThread(friend, 'Plenty of posts', 'the first of many');
    await api.db.dataSource.query(
      `INSERT INTO posts (thread_id, author_id, body, created_at)
       SELECT $1, $2, 'filler ' || md5(n::text), now() - make_interval(secs => n) FROM generate_series(1, 3000) AS n`,
      [thread.id, friend.memberId],
    );
    await api.db.dataSource.query(`VACUUM ANALYZE posts`);
    await api.db.dataSource.query(`VACUUM ANALYZE threads`);
    // With sequential scans priced out, a plan that still reads no index on the words can only be
    // one whose match condition no index can serve.
    const plan = await api.db.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_seqscan = off`);
      const rows: Array<{ 'QUERY PLAN': string }> = await manager.query(`EXPLAIN ${SEARCH_SQL}`, ['echidna', false, null, null, FORUM_LIMITS.pageSize + 1, reader.memberId]);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('posts_search_idx');
    expect(plan).toContain('threads_search_idx');
  });
});
