import type { AccountExport, MemberView, Page, Post, QueueItem, RepliesToYouPage, RepliesUnread, RepliesUnreadEvent, Thread, WatchedWordEntry } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, TestSockets } from '../../test/support/socket-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Replies per member per minute in this spec: low enough that the limit test reaches it quickly, high enough for the others. */
const REPLIES_PER_MINUTE = 40;

describe('replies to you (real PostgreSQL, Redis, the worker, two api nodes)', () => {
  const sockets = new TestSockets();
  let api: ApiHarness;
  let node2: ApiHarness;
  let worker: WorkerProcess;
  let moderator: Session;
  let titles = 0;

  beforeAll(async () => {
    api = await startApi('replies-to-you', { RATE_LIMIT_REPLIES_PER_MINUTE: String(REPLIES_PER_MINUTE) });
    await seedDemoData(api.db.dataSource);
    node2 = await startApiNode(api.db, api.env);
    worker = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, WORKER_CONCURRENCY: '2' });
    moderator = await withRole(api, await registerMember(api, 'Mod Sandpiper'), 'moderator');
    const admin = await withRole(api, await registerMember(api, 'Ash Curlew'), 'admin');
    // Before the worker's first job, so it is on the list the worker loads then.
    const word = await rest<WatchedWordEntry>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: { pattern: 'zorblat', action: 'hold' } });
    expect(word.status).toBe(201);
  });

  afterEach(() => sockets.closeAll());

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await node2.close();
    await api.close();
  });

  const member = (name: string) => registerMember(api, name);
  const thread = async (who: Session, title = `Replies thread ${++titles}`) => {
    const created = await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'introductions', title, body: `${title}: thank you for reading.` } });
    expect(created.status).toBe(201);
    return created.body;
  };
  const reply = async (who: Session, threadId: string, body: string, extra: { quotePostId?: string; postAs?: 'alias' } = {}) => {
    const created = await rest<Post>(api, 'POST', `/api/v1/threads/${threadId}/posts`, { token: who.token, body: { body, ...extra } });
    expect(created.status).toBe(201);
    return created.body;
  };
  const replies = async (who: Session, cursor?: string, on: ApiHarness = api) => {
    const response = await rest<RepliesToYouPage>(on, 'GET', `/api/v1/me/replies${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { token: who.token });
    expect(response.status).toBe(200);
    return response.body;
  };
  const unread = async (who: Session) => (await rest<RepliesUnread>(api, 'GET', '/api/v1/me/replies/unread', { token: who.token })).body.unread;
  const markRead = (who: Session, body: unknown) => rest<RepliesUnread & ErrorBody>(node2, 'POST', '/api/v1/me/replies/read', { token: who.token, body });
  const openThread = async (who: Session, threadId: string, cursor?: string) =>
    (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${threadId}/posts${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { token: who.token })).body;
  const preferences = (who: Session, body: unknown) => rest<MemberView & ErrorBody>(api, 'PATCH', '/api/v1/me', { token: who.token, body });
  /** The live counts a member's socket on the other node hears. */
  const liveCounts = async (who: Session, on: ApiHarness = node2) => collect<RepliesUnreadEvent>(await sockets.connected(on, who.token), 'replies:unread');
  const hearsCount = (heard: RepliesUnreadEvent[], count: number, what: string) => waitFor(async () => heard.at(-1)?.count === count, 5000, what);
  /** A report puts the post on the queue; the moderator then acts on it so. */
  async function moderate(postId: string, reporter: Session, resolution: Record<string, unknown>): Promise<void> {
    expect((await rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: reporter.token, body: { reason: 'harassment' } })).status).toBe(201);
    const item = await waitFor(
      async () => (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((entry) => entry.contentId === postId),
      10_000,
      'the review item',
    );
    const resolved = await rest(api, 'POST', `/api/v1/moderation/flags/${item.id}/resolve`, { token: moderator.token, body: resolution });
    expect(resolved.status).toBe(200);
  }

  it('tells a member of replies in threads they started and of posts quoting them, newest first, never of their own', async () => {
    const [alice, bob, carol] = [await member('Alice Petrel'), await member('Bob Gannet'), await member('Carol Tern')];
    const hers = await thread(alice, 'A long week');
    const first = await reply(bob, hers.id, '**I hear you.** That sounds like a *lot* to carry.');
    const own = await reply(alice, hers.id, 'Thank you, it helps to say it.');
    const carols = await thread(carol, 'Small wins today');
    const inCarols = await reply(alice, carols.id, 'I made tea and opened a window.');
    const quoted = await reply(bob, carols.id, 'That counts, truly.', { quotePostId: inCarols.id });
    await reply(bob, carols.id, 'Same here, a walk.');
    // In her own thread and quoting her: one item, a quote.
    const both = await reply(carol, hers.id, 'Saying it is brave.', { quotePostId: own.id });
    const viaAlias = await reply(bob, hers.id, 'Writing this one under an alias.', { postAs: 'alias' });

    const page = await replies(alice);
    expect(page.items.map((item) => [item.postId, item.kind, item.threadTitle, item.read])).toEqual([
      [viaAlias.id, 'reply', 'A long week', false],
      [both.id, 'quote', 'A long week', false],
      [quoted.id, 'quote', 'Small wins today', false],
      [first.id, 'reply', 'A long week', false],
    ]);
    expect(page).toMatchObject({ nextCursor: null, unread: 4 });
    expect(page.items[0].author).toEqual({ displayName: viaAlias.author.displayName, isAlias: true, isModerator: false });
    expect(page.items[0].author.displayName).not.toBe('Bob Gannet');
    expect(page.items[3]).toMatchObject({
      threadId: hers.id,
      author: { displayName: 'Bob Gannet', isAlias: false, isModerator: false },
      excerpt: 'I hear you. That sounds like a lot to carry.',
      contentWarning: null,
      categoryContentWarning: false,
      createdAt: first.createdAt,
    });
    expect(await unread(alice)).toBe(4);

    // Carol started the other thread: Alice's reply and both of Bob's are for her (a quote of Alice is a reply to Carol).
    expect((await replies(carol)).items.map((item) => [item.author.displayName, item.kind])).toEqual([
      ['Bob Gannet', 'reply'],
      ['Bob Gannet', 'reply'],
      ['Alice Petrel', 'reply'],
    ]);
    expect((await replies(carol)).items[1].postId).toBe(quoted.id);
    // Bob started nothing and nobody quoted him.
    expect(await replies(bob)).toEqual({ items: [], nextCursor: null, unread: 0 });
  });

  it('cuts a long reply to a short plain-text excerpt', async () => {
    const [alice, bob] = [await member('Alice Shearwater'), await member('Bob Fulmar')];
    const hers = await thread(alice);
    await reply(bob, hers.id, `# A heading\n\n${'word '.repeat(80)}<script>alert(1)</script>`);
    const [item] = (await replies(alice)).items;
    expect(item.excerpt.length).toBeLessThanOrEqual(160);
    expect(item.excerpt.startsWith('A heading word word')).toBe(true);
    expect(item.excerpt.endsWith('…')).toBe(true);
    expect(item.excerpt).not.toMatch(/[<>#]/);
  });

  it("sends the new count to the member's tabs on every node at once, the count alone, and to nobody else", async () => {
    const [alice, bob] = [await member('Alice Skua'), await member('Bob Auk')];
    const hers = await thread(alice);
    const aliceTab = await liveCounts(alice, node2);
    const aliceOtherTab = await liveCounts(alice, api);
    const bobTab = await liveCounts(bob, node2);

    await reply(bob, hers.id, 'Here with you tonight.');
    await hearsCount(aliceTab, 1, 'the count on the other node');
    await hearsCount(aliceOtherTab, 1, 'the count on the same node');
    expect(Object.keys(aliceTab[0])).toEqual(['count']);
    await reply(bob, hers.id, 'And again in the morning.');
    await hearsCount(aliceTab, 2, 'the second reply');
    // Her own reply changes nothing and tells nobody.
    await reply(alice, hers.id, 'Thank you both.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(aliceTab.map((event) => event.count)).toEqual([1, 2]);
    expect(bobTab).toEqual([]);

    // Opening the thread in one tab reads its replies: every tab hears it.
    await openThread(alice, hers.id);
    await hearsCount(aliceTab, 0, 'the count after reading the thread');
    expect((await replies(alice)).items.map((item) => item.read)).toEqual([true, true]);
    expect(await unread(alice)).toBe(0);
  });

  it('counts a moderator answering, and leaves out replies held, hidden, removed or deleted after the fact, live', async () => {
    const [alice, bob, carol] = [await member('Alice Dunlin'), await member('Bob Knot'), await member('Carol Stint')];
    const hers = await thread(alice);
    const aliceTab = await liveCounts(alice);
    const hidden = await reply(bob, hers.id, 'A reply a moderator will hide.');
    const removed = await reply(carol, hers.id, 'A reply a moderator will remove.');
    const deleted = await reply(carol, hers.id, 'A reply its writer takes back.');
    const kept = await reply(bob, hers.id, 'A reply that stays.');
    await hearsCount(aliceTab, 4, 'four replies');

    // A moderator's hide reaches the review item, whose NOTIFY every node hears.
    await moderate(hidden.id, carol, { action: 'hide', note: 'Hidden for the test.' });
    await hearsCount(aliceTab, 3, 'the count after the hide');
    await moderate(removed.id, bob, { action: 'remove', note: 'Removed for the test.' });
    await hearsCount(aliceTab, 2, 'the count after the removal');
    expect((await rest(api, 'DELETE', `/api/v1/posts/${deleted.id}`, { token: carol.token })).status).toBe(204);
    await hearsCount(aliceTab, 1, 'the count after the delete');
    expect((await replies(alice)).items.map((item) => item.postId)).toEqual([kept.id]);

    // Held by the worker (a watched word set before anything was posted): gone from her count as soon as it is held.
    const held = await reply(bob, hers.id, 'Buy zorblat now.');
    await waitFor(async () => (await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [held.id]))[0].status === 'hidden', 15_000, 'the worker holding the reply');
    await hearsCount(aliceTab, 1, 'the count after the hold');
    expect(aliceTab.map((event) => event.count)).toContain(2);
    expect((await replies(alice)).items.map((item) => item.postId)).toEqual([kept.id]);
    expect(await unread(alice)).toBe(1);

    // A moderator who answers under the member's words ("keep" with a reply) quotes them: a reply to her.
    await moderate(kept.id, carol, { action: 'keep', body: 'A moderator here: you are not alone in this.', note: 'Kept, with a kind word.' });
    await hearsCount(aliceTab, 2, 'the moderator reply');
    const [fromModerator] = (await replies(alice)).items;
    expect(fromModerator).toMatchObject({ kind: 'reply', author: { displayName: 'Mod Sandpiper', isModerator: true }, excerpt: 'A moderator here: you are not alone in this.' });
    // The moderator's reply quotes Bob's post: Bob hears of it as a quote.
    expect((await replies(bob)).items.map((item) => [item.kind, item.excerpt])).toEqual([['quote', 'A moderator here: you are not alone in this.']]);
  });

  it('leaves out replies from a member they hid, and replies in a thread they can no longer see', async () => {
    const [alice, bob, carol] = [await member('Alice Avocet'), await member('Bob Stilt'), await member('Carol Plover')];
    const hers = await thread(alice);
    const fromBob = await reply(bob, hers.id, 'Words that hurt.');
    const fromCarol = await reply(carol, hers.id, 'Words that help.');
    const aliceTab = await liveCounts(alice);

    const hide = await rest<{ id: string }>(api, 'POST', '/api/v1/me/hidden-members', { token: alice.token, body: { postId: fromBob.id } });
    expect(hide.status).toBe(201);
    await hearsCount(aliceTab, 1, 'the count without the hidden member');
    expect((await replies(alice)).items.map((item) => item.postId)).toEqual([fromCarol.id]);
    // A new reply from him does not count either.
    await reply(bob, hers.id, 'More of the same.');
    expect(await unread(alice)).toBe(1);
    // Shown again, his replies are back.
    expect((await rest(api, 'DELETE', `/api/v1/me/hidden-members/${hide.body.id}`, { token: alice.token })).status).toBe(204);
    await hearsCount(aliceTab, 3, 'the count with him shown again');

    // No route hides a whole thread yet; when one is not visible, its replies are not shown.
    await api.db.dataSource.query(`UPDATE threads SET status = 'hidden' WHERE id = $1`, [hers.id]);
    try {
      expect(await replies(alice)).toEqual({ items: [], nextCursor: null, unread: 0 });
    } finally {
      await api.db.dataSource.query(`UPDATE threads SET status = 'visible' WHERE id = $1`, [hers.id]);
    }
    expect(await unread(alice)).toBe(3);
  });

  it('can be switched off on the account and on again: nothing is counted, sent or collected while off', async () => {
    const [alice, bob] = [await member('Alice Godwit'), await member('Bob Whimbrel')];
    const hers = await thread(alice);
    const before = await reply(bob, hers.id, 'Before she switched them off.');
    expect((await preferences(alice, { preferences: { reducedMotion: true } })).status).toBe(200);

    const off = await preferences(alice, { preferences: { repliesToYou: false } });
    expect(off.status).toBe(200);
    // Merged key by key: the other preference stays.
    expect(off.body.preferences).toEqual({ reducedMotion: true, repliesToYou: false });
    expect(await replies(alice)).toEqual({ items: [], nextCursor: null, unread: 0 });

    const aliceTab = await liveCounts(alice);
    await reply(bob, hers.id, 'While they were off.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(aliceTab.filter((event) => event.count > 0)).toEqual([]);
    expect(await unread(alice)).toBe(0);

    // The data export carries the setting.
    const exported = await rest<AccountExport>(api, 'GET', '/api/v1/me/export', { token: alice.token });
    expect(exported.body.account.preferences).toEqual({ reducedMotion: true, repliesToYou: false });

    const on = await preferences(alice, { preferences: { repliesToYou: true } });
    expect(on.body.preferences).toEqual({ reducedMotion: true, repliesToYou: true });
    expect((await replies(alice)).items.map((item) => item.postId)).toEqual([before.id]);
    const after = await reply(bob, hers.id, 'After they came back on.');
    await hearsCount(aliceTab, 2, 'the count once on again');
    expect((await replies(alice)).items.map((item) => item.postId)).toEqual([after.id, before.id]);

    // A key removed with null; a wrong type is refused with the field named.
    expect((await preferences(alice, { preferences: { reducedMotion: null } })).body.preferences).toEqual({ repliesToYou: true });
    const wrong = await preferences(alice, { preferences: { repliesToYou: 'sometimes' } });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(wrong.body.error.details)).toContain('repliesToYou');
  });

  it('marks all as read up to the reply the member was shown, so one that arrives after stays unread', async () => {
    const [alice, bob, carol] = [await member('Alice Sanderling'), await member('Bob Turnstone'), await member('Carol Ruff')];
    const hers = await thread(alice);
    for (const words of ['One.', 'Two.', 'Three.']) await reply(bob, hers.id, words);
    const shown = await replies(alice);
    const aliceTab = await liveCounts(alice, api);
    const late = await reply(carol, hers.id, 'Arrived after the list was loaded.');
    await hearsCount(aliceTab, 4, 'the late reply');

    const marked = await markRead(alice, { upTo: shown.items[0].postId });
    expect([marked.status, marked.body]).toEqual([200, { unread: 1 }]);
    await hearsCount(aliceTab, 1, 'the count after marking');
    const after = await replies(alice);
    expect(after.items.map((item) => [item.postId, item.read])).toEqual([[late.id, false], ...shown.items.map((item) => [item.postId, true])]);
    // Again: nothing changes.
    expect((await markRead(alice, { upTo: shown.items[0].postId })).body).toEqual({ unread: 1 });

    // Somebody else's reply, or no reply, is not the member's to mark; bad input is a 400 naming it.
    const notHers = await markRead(bob, { upTo: late.id });
    expect([notHers.status, notHers.body.error.code]).toEqual([404, 'REPLY_NOT_FOUND']);
    const nothing = await markRead(alice, { upTo: '00000000-0000-4000-8000-000000000000' });
    expect([nothing.status, nothing.body.error.code]).toEqual([404, 'REPLY_NOT_FOUND']);
    for (const body of [{}, { upTo: 'not-an-id' }, { upTo: late.id, all: true }, { upTo: 7 }]) {
      const refused = await markRead(alice, body);
      expect([refused.status, refused.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await unread(alice)).toBe(1);
  });

  it('gives a page and its count from one moment, even when a reply lands between the two reads', async () => {
    const [alice, bob] = [await member('Alice Dovekie'), await member('Bob Guillemot')];
    const hers = await thread(alice);
    const first = await reply(bob, hers.id, 'First, and here with you.');
    // Made to happen every time: just after the page's rows are read, another reply commits. A
    // count read apart from the rows would say 2 beside one item, and the web page, trusting the
    // count its list came with, would never ask for the missing reply.
    const read = PostgresQueryRunner.prototype.query;
    let between: Promise<Post> | undefined;
    const interleave = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(async function (this: PostgresQueryRunner, ...args: Parameters<PostgresQueryRunner['query']>) {
      const result: unknown = await read.apply(this, args);
      if (between === undefined && args[0].includes('cursor_at')) {
        between = reply(bob, hers.id, 'Second, landing mid-read.');
        await between;
      }
      return result;
    });
    let page: RepliesToYouPage;
    try {
      page = await replies(alice);
    } finally {
      interleave.mockRestore();
    }
    const second = await between;
    expect(second).toBeDefined();
    expect(page.items.map((item) => item.postId)).toEqual([first.id]);
    expect(page.unread).toBe(1);
    // Asked again, both, and the count with them.
    const again = await replies(alice);
    expect([again.items.map((item) => item.postId), again.unread]).toEqual([[second?.id, first.id], 2]);
  });

  it('pages newest first with a cursor that new replies do not shift, and reading a thread page marks only that page', async () => {
    const [alice, bob] = [await member('Alice Sandgrouse'), await member('Bob Pratincole')];
    const hers = await thread(alice);
    const written: string[] = [];
    for (let index = 1; index <= 24; index += 1) written.push((await reply(bob, hers.id, `Reply number ${index}.`)).id);

    const first = await replies(alice);
    expect(first.items.map((item) => item.postId)).toEqual(written.slice(4).reverse());
    expect(first.unread).toBe(24);
    expect(first.nextCursor).not.toBeNull();
    // A reply landing between pages goes on top, not into the next page.
    const newest = await reply(bob, hers.id, 'Reply number 25.');
    const second = await replies(alice, first.nextCursor as string, node2);
    expect(second.items.map((item) => item.postId)).toEqual(written.slice(0, 4).reverse());
    expect(second.nextCursor).toBeNull();
    expect(second.unread).toBe(25);

    // The thread's first page is its opening post and 19 replies: those 19 are read, no more.
    const page = await openThread(alice, hers.id);
    expect(page.items).toHaveLength(20);
    expect(await unread(alice)).toBe(6);
    await openThread(alice, hers.id, page.nextCursor as string);
    expect(await unread(alice)).toBe(0);
    expect((await replies(alice)).items[0]).toMatchObject({ postId: newest.id, read: true });

    const badCursor = await rest<ErrorBody>(api, 'GET', '/api/v1/me/replies?cursor=bm90LWEtY3Vyc29y', { token: alice.token });
    expect([badCursor.status, badCursor.body.error.code]).toEqual([400, 'INVALID_CURSOR']);
    const longCursor = await rest<ErrorBody>(api, 'GET', `/api/v1/me/replies?cursor=${'a'.repeat(600)}`, { token: alice.token });
    expect([longCursor.status, longCursor.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('goes with an erased account, and shows a reply from an erased account as "former member"', async () => {
    const [alice, bob, carol] = [await member('Alice Jacana'), await member('Bob Lapwing'), await member('Carol Killdeer')];
    const hers = await thread(alice);
    await reply(bob, hers.id, 'Written before I left.');
    const bobs = await thread(bob);
    await reply(carol, bobs.id, 'For Bob.');
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: bob.token })).status).toBe(204);
    expect(await api.db.dataSource.query(`SELECT 1 FROM reply_notices WHERE member_id = $1`, [bob.memberId])).toEqual([]);
    expect((await replies(alice)).items.map((item) => item.author)).toEqual([{ displayName: 'former member', isAlias: false, isModerator: false }]);
    // Their access token stops counting with the account, though it has not run out.
    const refused = await rest<ErrorBody>(api, 'GET', '/api/v1/me/replies', { token: bob.token });
    expect([refused.status, refused.body.error.code]).toEqual([401, 'SESSION_ENDED']);
  });

  it('answers 401 without a sign-in, 403 for partners, and 429 for a loop', async () => {
    expect((await rest(api, 'GET', '/api/v1/me/replies')).status).toBe(401);
    expect((await rest(api, 'POST', '/api/v1/me/replies/read', { body: { upTo: '00000000-0000-4000-8000-000000000000' } })).status).toBe(401);
    const partner = await withRole(api, await member('Partner Egret'), 'partner');
    expect((await rest(api, 'GET', '/api/v1/me/replies/unread', { token: partner.token })).status).toBe(403);

    const looping = await member('Looping Rail');
    for (let index = 0; index < REPLIES_PER_MINUTE; index += 1) expect((await rest(api, 'GET', '/api/v1/me/replies/unread', { token: looping.token })).status).toBe(200);
    const refused = await rest<ErrorBody>(api, 'GET', '/api/v1/me/replies/unread', { token: looping.token });
    expect([refused.status, refused.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
