import { seedDemoData } from '@lantern/db';
import { createBullConnection, createModerationQueue, closeQueue } from '@lantern/queue';
import type { Queue } from 'bullmq';
import type { Page, Post, SearchHit, Thread, ThreadSummary } from '@lantern/contracts';
import { FORUM_LIMITS } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { XSS_PAYLOADS, unsafeParts } from '../../test/support/html-safety';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { waitFor } from '../../test/support/worker-process';

interface ErrorResponse {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}

describe('forum over REST (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let alice: Session;
  let bob: Session;
  let moderator: Session;
  let inspector: Queue;

  beforeAll(async () => {
    api = await startApi('forum');
    await seedDemoData(api.db.dataSource);
    alice = await registerMember(api, 'Alice Lamp');
    bob = await registerMember(api, 'Bob Candle');
    moderator = await withRole(api, await registerMember(api, 'Mod Beacon'), 'moderator');
    inspector = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'forum-inspector'), api.env.QUEUE_PREFIX);
  });

  afterAll(async () => {
    await inspector.obliterate({ force: true }).catch(() => undefined);
    await closeQueue(inspector);
    await api.close();
  });

  const newThread = async (who: Session, body: Record<string, unknown>) =>
    rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'anxiety', title: 'A thread title', body: 'Body text', ...body } });

  it('lists the seeded categories without an account, with the self-harm category behind a warning', async () => {
    const response = await rest<{ items: Array<{ slug: string; contentWarning: boolean }> }>(api, 'GET', '/api/v1/categories');
    expect(response.status).toBe(200);
    expect(response.body.items.map((c) => c.slug)).toEqual([
      'introductions',
      'anxiety',
      'depression',
      'grief-and-loss',
      'relationships-and-family',
      'self-harm-support',
      'caring-for-someone',
      'recovery-and-small-wins',
    ]);
    expect(response.body.items.find((c) => c.slug === 'self-harm-support')?.contentWarning).toBe(true);
  });

  it('lets admins add, edit and archive categories, audited, and nobody else', async () => {
    const admin = await withRole(api, await registerMember(api, 'Category Keeper'), 'admin');
    const body = { slug: 'sleep-and-rest', name: 'Sleep & rest', description: 'Nights that are too long.' };
    expect((await rest(api, 'POST', '/api/v1/categories', { token: moderator.token, body })).status).toBe(403);
    const created = await rest<{ slug: string; contentWarning: boolean }>(api, 'POST', '/api/v1/categories', { token: admin.token, body });
    expect([created.status, created.body.slug, created.body.contentWarning]).toEqual([201, 'sleep-and-rest', false]);
    expect(((await rest(api, 'POST', '/api/v1/categories', { token: admin.token, body })).body as ErrorResponse).error.code).toBe('CATEGORY_EXISTS');
    const edited = await rest<{ name: string; contentWarning: boolean }>(api, 'PATCH', '/api/v1/categories/sleep-and-rest', { token: admin.token, body: { name: 'Sleep', contentWarning: true } });
    expect(edited.body).toMatchObject({ name: 'Sleep', contentWarning: true });
    await rest(api, 'PATCH', '/api/v1/categories/sleep-and-rest', { token: admin.token, body: { archived: true } });
    const listed = await rest<{ items: Array<{ slug: string }> }>(api, 'GET', '/api/v1/categories');
    expect(listed.body.items.map((c) => c.slug)).not.toContain('sleep-and-rest');
    const audit = await api.db.dataSource.query(`SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id`, [admin.memberId]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['category_create', 'category_update', 'category_archive']);
    expect(((await rest(api, 'PATCH', '/api/v1/categories/sleep-and-rest', { token: admin.token, body: {} })).body as ErrorResponse).error.code).toBe('VALIDATION_FAILED');
  });

  it('keeps threads for signed-in members only', async () => {
    expect((await rest(api, 'GET', '/api/v1/categories/anxiety/threads')).status).toBe(401);
    expect((await rest(api, 'POST', '/api/v1/threads', { body: { categorySlug: 'anxiety', title: 'x', body: 'y' } })).status).toBe(401);
  });

  it('creates a thread with its first post, and the moderation job holds ids, not words', async () => {
    const created = await newThread(alice, { title: 'Tight chest before work', body: 'Every morning my chest gets tight before the bus.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Tight chest before work', categorySlug: 'anxiety', author: { displayName: 'Alice Lamp', isAlias: false, isYou: true } });
    const postId = created.body.firstPost.id;
    const job = await waitFor(async () => inspector.getJob(`post-${postId}-v1`), 10_000, 'the moderation job');
    expect(job.data).toEqual({ contentType: 'post', contentId: postId, version: 1 });
    expect(JSON.stringify(job.data)).not.toContain('chest');

    const read = await rest<Thread>(api, 'GET', `/api/v1/threads/${created.body.id}`, { token: bob.token });
    expect(read.status).toBe(200);
    expect(read.body.author).toEqual({ displayName: 'Alice Lamp', isAlias: false, isYou: false, isModerator: false });
    const asModerator = await rest<Thread>(api, 'GET', `/api/v1/threads/${created.body.id}`, { token: moderator.token });
    expect(asModerator.body.author.memberId).toBe(alice.memberId);
  });

  it('refuses bad input with field-level messages and stable codes', async () => {
    const missing = await rest<ErrorResponse>(api, 'POST', '/api/v1/threads', { token: alice.token, body: { categorySlug: 'anxiety', body: 'no title' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(missing.body.error.details)).toContain('title');
    // PostgreSQL cannot store a NUL character: refused by field, not a 500 from the database.
    const nul = await rest<ErrorResponse>(api, 'POST', '/api/v1/threads', { token: alice.token, body: { categorySlug: 'anxiety', title: 'A title', body: 'before\u0000after' } });
    expect([nul.status, nul.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(nul.body.error.details).toEqual([{ path: 'body', message: expect.stringMatching(/NUL/) }]);

    const long = await newThread(alice, { body: 'x'.repeat(20_001) });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body)).toContain('20,000');

    // The longest post in emoji, as a client that escapes every character sends it (\ud83c\udf19 for each
    // moon: 240 kB): taken whole, not refused as too large.
    const moons = '\u{1F319}'.repeat(20_000);
    const escaped = JSON.stringify({ categorySlug: 'anxiety', title: 'Moons', body: moons }).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(escaped.length).toBeGreaterThan(200 * 1024);
    const wide = await fetch(`${api.baseUrl}/api/v1/threads`, { method: 'POST', headers: { Authorization: `Bearer ${alice.token}`, 'Content-Type': 'application/json' }, body: escaped });
    expect(wide.status).toBe(201);
    expect((await api.db.dataSource.query(`SELECT body FROM posts WHERE id = $1`, [((await wide.json()) as Thread).firstPost.id]))[0].body).toBe(moons);

    expect(((await newThread(alice, { categorySlug: 'nowhere' })).body as unknown as ErrorResponse).error.code).toBe('CATEGORY_NOT_FOUND');
    const badCursor = await rest<ErrorResponse>(api, 'GET', '/api/v1/categories/anxiety/threads?cursor=not-a-cursor', { token: alice.token });
    expect([badCursor.status, badCursor.body.error.code]).toEqual([400, 'INVALID_CURSOR']);
    const badId = await rest<ErrorResponse>(api, 'GET', '/api/v1/threads/1%27%20OR%201=1', { token: alice.token });
    expect([badId.status, badId.body.error.code]).toEqual([404, 'THREAD_NOT_FOUND']);
    const unknownThread = await rest<ErrorResponse>(api, 'GET', '/api/v1/threads/00000000-0000-4000-8000-000000000000', { token: alice.token });
    expect([unknownThread.status, unknownThread.body.error.code]).toEqual([404, 'THREAD_NOT_FOUND']);
  });

  it('replies, quote-replies and posts under an alias nobody else can link to the member', async () => {
    const thread = (await newThread(alice, { title: 'Aliases' })).body;
    const reply = await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'Me too, every day.', postAs: 'alias' } });
    expect(reply.status).toBe(201);
    expect(reply.body.author.isAlias).toBe(true);
    expect(reply.body.author.displayName).not.toContain('Bob');

    const again = await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'Still here.', postAs: 'alias' } });
    expect(again.body.author.displayName).toBe(reply.body.author.displayName);

    const quote = await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, {
      token: alice.token,
      body: { body: 'Thank you for saying that.', quotePostId: reply.body.id },
    });
    expect(quote.body.quote).toEqual({ postId: reply.body.id, authorName: reply.body.author.displayName, excerpt: 'Me too, every day.' });

    const seenByAlice = await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token });
    expect(JSON.stringify(seenByAlice.body)).not.toContain(bob.memberId);
    expect(JSON.stringify(seenByAlice.body)).not.toContain('Bob Candle');
    const seenByModerator = await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: moderator.token });
    expect(seenByModerator.body.items[1].author.memberId).toBe(bob.memberId);

    const otherThread = (await newThread(alice, { title: 'Another' })).body;
    const elsewhere = await rest<Post>(api, 'POST', `/api/v1/threads/${otherThread.id}/posts`, { token: bob.token, body: { body: 'Hi', postAs: 'alias' } });
    expect(elsewhere.status).toBe(201);
    const rows: Array<{ n: number }> = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM thread_aliases WHERE member_id = $1`, [bob.memberId]);
    expect(rows[0].n).toBe(2);

    const wrongQuote = await rest<ErrorResponse>(api, 'POST', `/api/v1/threads/${otherThread.id}/posts`, { token: alice.token, body: { body: 'x', quotePostId: reply.body.id } });
    expect(wrongQuote.body.error.code).toBe('QUOTE_NOT_IN_THREAD');
  });

  it('lets readers quote only what they can read: a reply taken down or deleted meanwhile is QUOTE_UNAVAILABLE, and nothing is stored', async () => {
    const thread = (await newThread(alice, { title: 'Quoting what is gone' })).body;
    const replyBy = async (who: Session, body: string) => (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: who.token, body: { body } })).body;
    const quoting = (who: Session, quotePostId: string) => rest<Post & ErrorResponse>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: who.token, body: { body: `answering ${quotePostId}`, quotePostId } });
    const takenDown = await replyBy(bob, 'words a moderator will take down');
    const deleted = await replyBy(bob, 'words their author will delete');
    expect((await rest(api, 'DELETE', `/api/v1/posts/${deleted.id}`, { token: bob.token })).status).toBe(204);
    // Taken down as a moderator's hide or removal leaves it.
    for (const status of ['hidden', 'removed']) {
      await api.db.dataSource.query(`UPDATE posts SET status = $2 WHERE id = $1`, [takenDown.id, status]);
      for (const who of [alice, bob]) {
        const refused = await quoting(who, takenDown.id);
        expect([status, refused.status, refused.body.error.code]).toEqual([status, 409, 'QUOTE_UNAVAILABLE']);
      }
      // Moderators read it, and their quote is shown to those who can read it.
      expect((await quoting(moderator, takenDown.id)).status).toBe(201);
    }
    for (const who of [alice, bob, moderator]) {
      const refused = await quoting(who, deleted.id);
      expect([refused.status, refused.body.error.code]).toEqual([409, 'QUOTE_UNAVAILABLE']);
    }
    const stored: Array<{ author_id: string }> = await api.db.dataSource.query(`SELECT author_id FROM posts WHERE thread_id = $1 AND quote_post_id IS NOT NULL`, [thread.id]);
    expect(stored.map((row) => row.author_id)).toEqual([moderator.memberId, moderator.memberId]);
    // Back up, it can be quoted again.
    await api.db.dataSource.query(`UPDATE posts SET status = 'visible' WHERE id = $1`, [takenDown.id]);
    expect((await quoting(alice, takenDown.id)).body.quote).toMatchObject({ postId: takenDown.id, excerpt: 'words a moderator will take down' });
  });

  it('edits within the window keeping history for moderators, and refuses others and late edits', async () => {
    const thread = (await newThread(alice, { title: 'Editing', body: 'First words' })).body;
    const postId = thread.firstPost.id;
    const edited = await rest<Post>(api, 'PATCH', `/api/v1/posts/${postId}`, { token: alice.token, body: { body: 'Better words' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, bodyHtml: '<p>Better words</p>', body: 'Better words' });
    expect(edited.body.editedAt).not.toBeNull();
    const revisions = await api.db.dataSource.query(`SELECT version, body FROM post_revisions WHERE post_id = $1`, [postId]);
    expect(revisions).toEqual([{ version: 1, body: 'First words' }]);
    await waitFor(async () => inspector.getJob(`post-${postId}-v2`), 10_000, 'the job for the edited version');

    const byBob = await rest<ErrorResponse>(api, 'PATCH', `/api/v1/posts/${postId}`, { token: bob.token, body: { body: 'hijack' } });
    expect([byBob.status, byBob.body.error.code]).toEqual([403, 'NOT_YOUR_POST']);

    await api.db.dataSource.query(`UPDATE posts SET created_at = now() - interval '2 hours' WHERE id = $1`, [postId]);
    const late = await rest<ErrorResponse>(api, 'PATCH', `/api/v1/posts/${postId}`, { token: alice.token, body: { body: 'too late' } });
    expect([late.status, late.body.error.code]).toEqual([403, 'EDIT_WINDOW_CLOSED']);
  });

  it('refuses an edit from a stale copy with 409 EDIT_CONFLICT and the post as it is now, so a moderator’s edit is never undone', async () => {
    const written = 'Call me on 555 0100, or come to 12 Elm Street. I am scared tonight.';
    const thread = (await newThread(alice, { title: 'Stale editor', body: written })).body;
    const postId = thread.firstPost.id;
    const edit = (body: Record<string, unknown>) => rest<Post & { error: { code: string; message: string; details?: unknown } }>(api, 'PATCH', `/api/v1/posts/${postId}`, { token: alice.token, body });
    // A report opens a review item, and a moderator edits the personal details out.
    expect((await rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: bob.token, body: { reason: 'other' } })).status).toBe(201);
    const item = await waitFor(
      async () => (await rest<{ items: Array<{ id: string; contentId: string }> }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((entry) => entry.contentId === postId),
      10_000,
      'the review item',
    );
    const moderated = 'Call me on [personal details removed]. I am scared tonight.';
    const resolved = await rest(api, 'POST', `/api/v1/moderation/flags/${item.id}/resolve`, {
      token: moderator.token,
      body: { action: 'edit', body: moderated, note: 'Personal details removed to keep you safe.' },
    });
    expect(resolved.status).toBe(200);

    // Alice's editor opened on version 1, before the moderator's edit: refused, nothing stored.
    const stale = await edit({ body: `${written} Thank you for reading.`, version: 1 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'EDIT_CONFLICT']);
    expect(stale.body.error.message).toMatch(/A moderator edited this post/);
    expect(stale.body.error.details).toMatchObject({
      byModerator: true,
      current: { id: postId, version: 2, body: moderated, moderatorNote: 'Personal details removed to keep you safe.' },
    });
    expect(await api.db.dataSource.query(`SELECT body, version FROM posts WHERE id = $1`, [postId])).toEqual([{ body: moderated, version: 2 }]);

    // A version no post could have (past PostgreSQL's integer) is refused as input, not a 500.
    const overflow = await edit({ body: `${written} Thank you for reading.`, version: 2_147_483_648 });
    expect([overflow.status, overflow.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);

    // From the version she now has, her edit is saved.
    const fresh = await edit({ body: `${moderated} Thank you for reading.`, version: 2 });
    expect([fresh.status, fresh.body.version, fresh.body.body]).toEqual([200, 3, `${moderated} Thank you for reading.`]);
    // A copy left open in another tab is stale too, and no moderator is named for her own edit.
    const otherTab = await edit({ body: 'Words from an older tab.', version: 2 });
    expect([otherTab.status, otherTab.body.error.code]).toEqual([409, 'EDIT_CONFLICT']);
    expect(otherTab.body.error.details).toMatchObject({ byModerator: false, current: { version: 3 } });
    expect(otherTab.body.error.message).not.toMatch(/moderator/);
    // Saving what the post already says is no conflict.
    expect((await edit({ body: `${moderated} Thank you for reading.`, version: 1 })).status).toBe(200);
    // A client that sends no version cannot undo the moderator's edit either (the words they took out, put back).
    const unversioned = await edit({ body: written });
    expect([unversioned.status, unversioned.body.error.code]).toEqual([409, 'EDIT_CONFLICT']);
    expect(unversioned.body.error.details).toMatchObject({ byModerator: true, current: { version: 3 } });
    const [stored] = await api.db.dataSource.query(`SELECT body, version FROM posts WHERE id = $1`, [postId]);
    expect(stored).toEqual({ body: `${moderated} Thank you for reading.`, version: 3 });
    expect((await edit({ body: 'x', version: 0 })).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('soft-deletes your own post: its words leave every reader’s view, and quotes of it too', async () => {
    const thread = (await newThread(alice, { title: 'Deleting' })).body;
    const post = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'I regret posting this' } })).body;
    const quoting = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: alice.token, body: { body: 'ok', quotePostId: post.id } })).body;
    expect((await rest(api, 'DELETE', `/api/v1/posts/${post.id}`, { token: alice.token })).status).toBe(403);
    expect((await rest(api, 'DELETE', `/api/v1/posts/${post.id}`, { token: bob.token })).status).toBe(204);
    const page = (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token })).body;
    const deleted = page.items.find((item) => item.id === post.id);
    expect(deleted).toMatchObject({ status: 'deleted', bodyHtml: '' });
    expect(JSON.stringify(page)).not.toContain('regret');
    expect(page.items.find((item) => item.id === quoting.id)?.quote).toBeNull();
    const [row] = await api.db.dataSource.query(`SELECT status, body FROM posts WHERE id = $1`, [post.id]);
    expect(row).toEqual({ status: 'deleted', body: 'I regret posting this' });
    // A reply taken back no longer counts in "N replies": two replies, one deleted.
    const replies = async () => (await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).body.replyCount;
    expect(await replies()).toBe(1);
    // Deleted once, however many clicks arrive together: one 204, the rest find it gone, and the count goes down once.
    const twice = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'double click' } })).body;
    expect(await replies()).toBe(2);
    const statuses = await Promise.all(Array.from({ length: 6 }, () => rest(api, 'DELETE', `/api/v1/posts/${twice.id}`, { token: bob.token }).then((response) => response.status)));
    expect(statuses.sort()).toEqual([204, 404, 404, 404, 404, 404]);
    expect(await replies()).toBe(1);
    // The opening post taken back leaves the replies' count as it was: it was never one of them.
    expect((await rest(api, 'DELETE', `/api/v1/posts/${thread.firstPost.id}`, { token: alice.token })).status).toBe(204);
    expect(await replies()).toBe(1);
  });

  it('reacts with kind words only, once per member and kind', async () => {
    const thread = (await newThread(alice, { title: 'Reactions' })).body;
    const url = `/api/v1/posts/${thread.firstPost.id}/reactions`;
    await rest(api, 'POST', url, { token: bob.token, body: { kind: 'hug' } });
    const twice = await rest<Post>(api, 'POST', url, { token: bob.token, body: { kind: 'hug' } });
    expect(twice.body.reactions).toEqual({ hug: 1, me_too: 0, thank_you: 0 });
    expect(twice.body.myReactions).toEqual(['hug']);
    const dislike = await rest<ErrorResponse>(api, 'POST', url, { token: bob.token, body: { kind: 'dislike' } });
    expect([dislike.status, dislike.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const removed = await rest<Post>(api, 'DELETE', `${url}/hug`, { token: bob.token });
    expect(removed.body.reactions.hug).toBe(0);
  });

  it('records a report once per member, with a reason', async () => {
    const thread = (await newThread(alice, { title: 'Reports' })).body;
    const url = `/api/v1/posts/${thread.firstPost.id}/reports`;
    const first = await rest<{ created: boolean }>(api, 'POST', url, { token: bob.token, body: { reason: 'spam' } });
    const second = await rest<{ created: boolean }>(api, 'POST', url, { token: bob.token, body: { reason: 'harassment', note: 'on reflection' } });
    expect([first.status, first.body.created, second.body.created]).toEqual([201, true, false]);
    const rows = await api.db.dataSource.query(`SELECT reason, note FROM post_reports WHERE post_id = $1`, [thread.firstPost.id]);
    expect(rows).toEqual([{ reason: 'harassment', note: 'on reflection' }]);
    const bad = await rest<ErrorResponse>(api, 'POST', url, { token: bob.token, body: { reason: 'because' } });
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('pages threads by latest activity with a cursor that stays stable while new threads arrive', async () => {
    for (let i = 0; i < 45; i++) await newThread(bob, { categorySlug: 'grief-and-loss', title: `Grief thread ${i}` });
    const first = (await rest<Page<ThreadSummary>>(api, 'GET', '/api/v1/categories/grief-and-loss/threads', { token: alice.token })).body;
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    await newThread(bob, { categorySlug: 'grief-and-loss', title: 'Arrived while paging' });
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await rest<Page<ThreadSummary>>(api, 'GET', `/api/v1/categories/grief-and-loss/threads?cursor=${encodeURIComponent(cursor)}`, { token: alice.token })).body;
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    const titles = seen.map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).not.toContain('Arrived while paging');
    expect(titles.filter((t) => t.startsWith('Grief thread'))).toHaveLength(45);
    const times = seen.map((t) => Date.parse(t.lastActivityAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(titles[0]).toBe('Grief thread 44');
  });

  it('pages a thread’s posts oldest first, stable while replies arrive', async () => {
    const thread = (await newThread(alice, { title: 'Long thread' })).body;
    for (let i = 0; i < 24; i++) await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: `reply ${i}` } });
    const first = (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token })).body;
    await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'late reply' } });
    const second = (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts?cursor=${first.nextCursor}`, { token: alice.token })).body;
    const bodies = [...first.items, ...second.items].map((p) => p.bodyHtml);
    expect(bodies[0]).toBe('<p>Body text</p>');
    expect(bodies.slice(1, 26)).toEqual([...Array.from({ length: 24 }, (_, i) => `<p>reply ${i}</p>`), '<p>late reply</p>']);
    expect(second.nextCursor).toBeNull();
  });

  it('counts unread replies in followed threads and clears them on reading', async () => {
    const thread = (await newThread(alice, { title: 'Follow me' })).body;
    expect(thread.following).toBe(true);
    await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'one' } });
    await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'two' } });
    expect((await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).body.unread).toBe(2);
    await rest(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token });
    expect((await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).body.unread).toBe(0);
    const unfollowed = await rest<Thread>(api, 'DELETE', `/api/v1/threads/${thread.id}/follow`, { token: alice.token });
    expect(unfollowed.body.following).toBe(false);
  });

  it('keeps a reply the follower has not read as new when they post in the thread themself or press Follow again', async () => {
    const thread = (await newThread(alice, { title: 'Posting is not reading' })).body;
    const unread = async () => (await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).body.unread;
    await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'Written while her page was open' } });
    // Her page, loaded before Bob answered, never showed it; she replies to what it did show.
    expect((await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: alice.token, body: { body: 'Adding a thought' } })).status).toBe(201);
    expect(await unread()).toBe(1);
    expect((await rest<Thread>(api, 'PUT', `/api/v1/threads/${thread.id}/follow`, { token: alice.token })).body).toMatchObject({ following: true, unread: 1 });
    await rest(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token });
    expect(await unread()).toBe(0);
    // A member who starts following by replying begins with nothing new.
    expect((await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: moderator.token, body: { body: 'Joining in' } })).status).toBe(201);
    expect((await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: moderator.token })).body).toMatchObject({ following: true, unread: 0 });
  });

  it('marks a long thread read only when the reader reaches its end', async () => {
    const thread = (await newThread(alice, { title: 'Long read' })).body;
    for (let i = 0; i < FORUM_LIMITS.pageSize + 2; i++) await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: `reply ${i}` } });
    const unread = async () => (await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).body.unread;
    expect(await unread()).toBe(FORUM_LIMITS.pageSize + 2);
    const first = (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token })).body;
    expect(first.nextCursor).not.toBeNull();
    expect(await unread()).toBe(FORUM_LIMITS.pageSize + 2);
    await rest(api, 'GET', `/api/v1/threads/${thread.id}/posts?cursor=${first.nextCursor}`, { token: alice.token });
    expect(await unread()).toBe(0);
  });

  it('stops counting unread replies at the cap, so a huge thread costs no more than a small one', async () => {
    const thread = (await newThread(alice, { title: 'Busy thread' })).body;
    await api.db.dataSource.query(
      `INSERT INTO posts (thread_id, author_id, body, created_at) SELECT $1, $2, 'reply ' || n, now() + make_interval(secs => n) FROM generate_series(1, $3) AS n`,
      [thread.id, bob.memberId, FORUM_LIMITS.unreadCap + 25],
    );
    expect((await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).body.unread).toBe(FORUM_LIMITS.unreadCap);
  });

  it('searches titles and bodies, takes any input without an error, and leaves hidden posts out', async () => {
    const thread = (await newThread(alice, { title: 'Marmalade sandwiches at midnight', body: 'Comfort food that helps' })).body;
    await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'I find kneading bread very calming' } });
    const byTitle = (await rest<Page<SearchHit>>(api, 'GET', '/api/v1/search?q=marmalade', { token: bob.token })).body;
    expect(byTitle.items.map((hit) => hit.threadId)).toEqual([thread.id]);
    const byBody = (await rest<Page<SearchHit>>(api, 'GET', `/api/v1/search?q=${encodeURIComponent('"kneading bread"')}`, { token: bob.token })).body;
    expect(byBody.items).toHaveLength(1);
    expect(byBody.items[0].excerpt).toContain('kneading bread');

    for (const odd of ['"unclosed', 'OR OR -', "'; DROP TABLE posts; --", '🙂 & | !', '(((', '\\']) {
      const response = await rest(api, 'GET', `/api/v1/search?q=${encodeURIComponent(odd)}`, { token: bob.token });
      expect(response.status).toBe(200);
    }
    expect((await rest<ErrorResponse>(api, 'GET', '/api/v1/search?q=', { token: bob.token })).body.error.code).toBe('VALIDATION_FAILED');

    await api.db.dataSource.query(`UPDATE posts SET status = 'hidden' WHERE body LIKE 'I find kneading%'`);
    expect((await rest<Page<SearchHit>>(api, 'GET', '/api/v1/search?q=kneading', { token: bob.token })).body.items).toHaveLength(0);
    expect((await rest<Page<SearchHit>>(api, 'GET', '/api/v1/search?q=kneading', { token: moderator.token })).body.items).toHaveLength(1);
  });

  it('carries the content warning of a hit from a warned thread or category, so the list can fold its words', async () => {
    const warned = (await newThread(alice, { categorySlug: 'self-harm-support', title: 'Quillwort evenings', body: 'The quillwort urge came back tonight' })).body;
    const ownWarning = (await newThread(alice, { title: 'Quillwort and the hospital', body: 'Quillwort memories of the ward', contentWarning: 'Hospital stay' })).body;
    const plain = (await newThread(alice, { title: 'Quillwort in the garden', body: 'Quillwort flowers by the pond' })).body;
    const hits = (await rest<Page<SearchHit>>(api, 'GET', '/api/v1/search?q=quillwort', { token: bob.token })).body.items;
    const byThread = new Map(hits.map((hit) => [hit.threadId, { contentWarning: hit.contentWarning, categoryContentWarning: hit.categoryContentWarning }]));
    expect(byThread.get(warned.id)).toEqual({ contentWarning: null, categoryContentWarning: true });
    expect(byThread.get(ownWarning.id)).toEqual({ contentWarning: 'Hospital stay', categoryContentWarning: false });
    expect(byThread.get(plain.id)).toEqual({ contentWarning: null, categoryContentWarning: false });
  });

  it('hides hidden posts’ words from members but not from moderators', async () => {
    const thread = (await newThread(alice, { title: 'Hidden' })).body;
    const post = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'something held for review' } })).body;
    await api.db.dataSource.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [post.id]);
    const asAlice = (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token })).body;
    expect(asAlice.items[1]).toMatchObject({ status: 'hidden', bodyHtml: '' });
    const asModerator = (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: moderator.token })).body;
    expect(asModerator.items[1].bodyHtml).toBe('<p>something held for review</p>');
    // Its writer still reads their own words (Markdown too, to edit from), as a held chat message stays theirs.
    const asWriter = (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: bob.token })).body;
    expect(asWriter.items[1]).toMatchObject({ status: 'hidden', bodyHtml: '<p>something held for review</p>', body: 'something held for review' });
    // Removed by a moderator's decision: gone for its writer too.
    await api.db.dataSource.query(`UPDATE posts SET status = 'removed' WHERE id = $1`, [post.id]);
    expect((await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: bob.token })).body.items[1]).toMatchObject({ status: 'removed', bodyHtml: '' });
    // The opening post hidden (the thread's status mirrors it): gone for other members (404, not an
    // empty page), there for moderators, and for its writer, who is told it is hidden.
    await api.db.dataSource.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [thread.firstPost.id]);
    expect((await api.db.dataSource.query(`SELECT status FROM threads WHERE id = $1`, [thread.id]))[0].status).toBe('hidden');
    expect((await rest(api, 'GET', `/api/v1/threads/${thread.id}`, { token: bob.token })).status).toBe(404);
    expect((await rest(api, 'GET', `/api/v1/threads/${thread.id}`, { token: moderator.token })).status).toBe(200);
    const membersPosts = await rest<{ error: { code: string } }>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: bob.token });
    expect([membersPosts.status, membersPosts.body.error.code]).toEqual([404, 'THREAD_NOT_FOUND']);
    expect((await rest(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).status).toBe(200);
    const writersPosts = await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: alice.token });
    expect(writersPosts.body.items[0]).toMatchObject({ id: thread.firstPost.id, status: 'hidden' });
    // Removed, or deleted by its writer, it is gone for the writer too.
    await api.db.dataSource.query(`UPDATE posts SET status = 'removed' WHERE id = $1`, [thread.firstPost.id]);
    expect((await rest(api, 'GET', `/api/v1/threads/${thread.id}`, { token: alice.token })).status).toBe(404);
    await api.db.dataSource.query(`UPDATE posts SET status = 'hidden' WHERE id = $1`, [thread.firstPost.id]);
    const moderatorsPosts = await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: moderator.token });
    expect(moderatorsPosts.status).toBe(200);
    expect(moderatorsPosts.body.items.map((item) => item.id)).toContain(post.id);
  });

  it('keeps a reply in a thread taken down from anyone who asks for it by id, as the thread’s pages do', async () => {
    const thread = (await newThread(alice, { title: 'Taken down later' })).body;
    const reply = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: 'my number is in here somewhere' } })).body;
    const reader = await registerMember(api, 'Reader With An Id');
    const asked = (who: Session) => rest<Post & ErrorResponse>(api, 'GET', `/api/v1/posts/${reply.id}`, { token: who.token });
    expect((await asked(reader)).status).toBe(200);
    for (const status of ['hidden', 'removed'] as const) {
      await api.db.dataSource.query(`UPDATE posts SET status = $2 WHERE id = $1`, [thread.firstPost.id, status]);
      const refused = await asked(reader);
      expect([refused.status, refused.body.error?.code]).toEqual([404, 'POST_NOT_FOUND']);
      // Nor reacted to or reported through its id.
      expect((await rest(api, 'POST', `/api/v1/posts/${reply.id}/reactions`, { token: reader.token, body: { kind: 'hug' } })).status).toBe(404);
      expect((await rest(api, 'POST', `/api/v1/posts/${reply.id}/reports`, { token: reader.token, body: { reason: 'spam' } })).status).toBe(404);
      // Moderators read it, and so does its writer (their own words).
      expect((await asked(moderator)).body.body).toBe('my number is in here somewhere');
      expect((await asked(bob)).status).toBe(200);
      // The thread's writer reads it while the thread is held, as its pages show them, not once it is removed.
      expect((await asked(alice)).status).toBe(status === 'hidden' ? 200 : 404);
    }
    expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM post_reactions WHERE post_id = $1`, [reply.id])).toEqual([{ n: 0 }]);
  });

  it('stores a standard XSS corpus as written and renders every payload harmless', async () => {
    const thread = (await newThread(alice, { title: 'XSS' })).body;
    for (const payload of XSS_PAYLOADS) {
      const response = await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: bob.token, body: { body: payload } });
      expect(response.status).toBe(201);
      expect(unsafeParts(response.body.bodyHtml)).toEqual([]);
      expect(response.body.body).toBe(payload.trim());
    }
  });
});
