import { randomUUID } from 'node:crypto';
import { seedDemoData } from '@lantern/db';
import type { CrisisResources, QueueItem, Thread } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, TestSockets } from '../../test/support/socket-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';
// The worker's own write, run here against the same database.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { insertCrisisNotice } from '../../../worker/src/moderation/crisis-follow-up';

interface Hotlines {
  region: string;
  basis: string;
  emergencyNumber: string | null;
  hotlines: Array<{ id: string; number?: string; source: string; checkedOn: string }>;
  fallback: { url?: string };
}

describe('crisis support (real PostgreSQL, Redis and worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let member: Session;
  let moderator: Session;

  beforeAll(async () => {
    api = await startApi('crisis');
    await seedDemoData(api.db.dataSource);
    worker = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, WORKER_CONCURRENCY: '2' });
    member = await registerMember(api, 'Willow Rain');
    moderator = await withRole(api, await registerMember(api, 'Mod Hearth'), 'moderator');
  });

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await api.close();
  });

  it('keeps "Hide for now" with the notice, for every device; only the member, only while it is open, and only true or false', async () => {
    const writer = await registerMember(api, 'Folded Reed');
    const [{ id }] = await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk, danger) VALUES ($1, 'post', $2, 'high', true) RETURNING id`, [writer.memberId, randomUUID()]);
    const hiddenNow = async () => (await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: writer.token })).body.items.find((notice) => notice.noticeId === id)?.hidden;
    expect(await hiddenNow()).toBe(false);
    expect((await rest(api, 'POST', `/api/v1/me/crisis-notices/${id}/hidden`, { token: writer.token, body: { hidden: true } })).status).toBe(204);
    expect(await hiddenNow()).toBe(true);
    expect((await rest(api, 'POST', `/api/v1/me/crisis-notices/${id}/hidden`, { token: writer.token, body: { hidden: false } })).status).toBe(204);
    expect(await hiddenNow()).toBe(false);
    const someoneElse = await rest<{ error: { code: string } }>(api, 'POST', `/api/v1/me/crisis-notices/${id}/hidden`, { token: member.token, body: { hidden: true } });
    expect([someoneElse.status, someoneElse.body.error.code]).toEqual([404, 'NOTICE_NOT_FOUND']);
    const badBody = await rest<{ error: { code: string } }>(api, 'POST', `/api/v1/me/crisis-notices/${id}/hidden`, { token: writer.token, body: { hidden: 'yes' } });
    expect([badBody.status, badBody.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await hiddenNow()).toBe(false);
    expect((await rest(api, 'POST', `/api/v1/me/crisis-notices/${id}/close`, { token: writer.token, body: { how: 'safe_now' } })).status).toBe(204);
    const closed = await rest<{ error: { code: string } }>(api, 'POST', `/api/v1/me/crisis-notices/${id}/hidden`, { token: writer.token, body: { hidden: true } });
    expect([closed.status, closed.body.error.code]).toEqual([404, 'NOTICE_NOT_FOUND']);
  });

  it('keeps danger told later on a notice already open for the same words, beside the member\'s own crisis; a worried friend\'s becomes the member\'s own, pushed again live', async () => {
    const writer = await registerMember(api, 'Late Telling');
    const sockets = new TestSockets();
    try {
      const live = collect<CrisisResources>(await sockets.connected(api, writer.token), 'crisis:resources');
      const [post, friendPost, friendThenSelf, selfThenFriend] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const notice = (contentId: string, concern: 'self' | 'danger' | 'concern_for_other', dangerBeside = false) =>
        insertCrisisNotice(api.db.dataSource.manager, { memberId: writer.memberId, contentType: 'post', contentId, concern, dangerBeside, risk: 'high' });
      const pushesOf = (contentId: string) => live.filter((each) => each.contentId === contentId).map((each) => [each.concern, each.alsoInDanger]);
      // Each first, shown in the tab (a push reads the notice as it is when sent), then read again.
      expect(await notice(post, 'self')).toBe(false);
      expect(await notice(friendPost, 'concern_for_other')).toBe(false);
      await notice(friendThenSelf, 'concern_for_other');
      await notice(selfThenFriend, 'self');
      await waitFor(async () => [post, friendPost, friendThenSelf, selfThenFriend].every((id) => pushesOf(id).length === 1), 10_000, 'the first notices pushed');
      expect(await notice(post, 'danger')).toBe(true);
      expect(await notice(friendPost, 'danger')).toBe(true);
      expect(await notice(friendThenSelf, 'self', true)).toBe(true);
      await notice(selfThenFriend, 'concern_for_other');
      const rows: Array<{ id: string; content_id: string; danger: boolean; danger_beside: boolean; for_other: boolean }> = await api.db.dataSource.query(
        `SELECT id, content_id, danger, danger_beside, for_other FROM crisis_notices WHERE member_id = $1`,
        [writer.memberId],
      );
      expect(Object.fromEntries(rows.map((row) => [row.content_id, [row.for_other, row.danger, row.danger_beside]]))).toEqual({
        [post]: [false, false, true],
        [friendPost]: [false, true, false],
        [friendThenSelf]: [false, false, true],
        [selfThenFriend]: [false, false, false],
      });
      // Each tab shown the friend's panel is sent the notice as it is now, under the same id; one
      // whose concern did not change is not sent again.
      await waitFor(async () => pushesOf(friendPost).length === 2 && pushesOf(friendThenSelf).length === 2 && pushesOf(post).length === 2, 10_000, 'the notices pushed again');
      expect(pushesOf(friendPost)).toEqual([
        ['concern_for_other', false],
        ['danger', false],
      ]);
      expect(pushesOf(friendThenSelf)).toEqual([
        ['concern_for_other', false],
        ['self', true],
      ]);
      expect(pushesOf(post)).toEqual([
        ['self', false],
        ['self', true],
      ]);
      expect(new Set(live.filter((each) => each.contentId === friendPost).map((each) => each.noticeId))).toEqual(new Set([rows.find((row) => row.content_id === friendPost)!.id]));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(pushesOf(selfThenFriend)).toEqual([['self', false]]);
    } finally {
      sockets.closeAll();
    }
  });

  it('"Talk to a moderator now" from someone another person may be hurting tells the moderator so on the item', async () => {
    const writer = await registerMember(api, 'Quiet Shelter');
    const other = await registerMember(api, 'Quiet Meadow');
    try {
      const [{ id }] = await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk, danger) VALUES ($1, 'post', $2, 'high', true) RETURNING id`, [writer.memberId, randomUUID()]);
      const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: writer.token, body: { noticeId: id } });
      expect(asked.status).toBe(201);
      const item = (await rest<{ categories: string[]; signals: Array<{ categories: string[] }> }>(api, 'GET', `/api/v1/moderation/flags/${asked.body.flagId}`, { token: moderator.token })).body;
      expect(item.categories).toEqual(['danger_from_other']);
      expect(item.signals.map((signal) => signal.categories)).toEqual([['danger_from_other']]);
      // Someone with no such notice: nothing of the kind said.
      const plain = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: other.token, body: {} });
      expect((await rest<{ categories: string[] }>(api, 'GET', `/api/v1/moderation/flags/${plain.body.flagId}`, { token: moderator.token })).body.categories).toEqual([]);
    } finally {
      // Off the queue again: the tests after this one read its top.
      await api.db.dataSource.query(`UPDATE flags SET status = 'resolved', resolved_at = now() WHERE content_type = 'member' AND content_id = ANY($1::uuid[])`, [[writer.memberId, other.memberId]]);
    }
  });

  const hotlines = async (path: string, headers: { token?: string; language?: string } = {}) => {
    const response = await fetch(`${api.baseUrl}/api/v1/hotlines${path}`, {
      headers: { ...(headers.token ? { Authorization: `Bearer ${headers.token}` } : {}), ...(headers.language ? { 'Accept-Language': headers.language } : {}) },
    });
    return { status: response.status, body: (await response.json()) as Hotlines };
  };

  it('answers without an account, by the default region, with sourced and dated lines', async () => {
    const answer = await hotlines('');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ region: 'US', basis: 'default', emergencyNumber: '911' });
    expect(answer.body.hotlines.some((line) => line.number === '988')).toBe(true);
    for (const line of answer.body.hotlines) {
      expect(line.source).toMatch(/^https:\/\//);
      expect(line.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(answer.body.fallback.url).toContain('findahelpline.com');
  });

  it('picks the member’s region, then the browser’s language, then the default; an explicit region wins', async () => {
    expect((await hotlines('', { language: 'en-GB,en;q=0.8' })).body).toMatchObject({ region: 'GB', basis: 'accept-language' });
    expect((await hotlines('', { language: 'de-DE' })).body).toMatchObject({ region: 'DE', basis: 'accept-language', emergencyNumber: '112' });
    expect((await hotlines('', { language: 'es-MX,es;q=0.9' })).body).toMatchObject({ region: 'MX', basis: 'accept-language', emergencyNumber: '911' });
    expect((await hotlines('', { language: 'pt-BR,pt;q=0.9' })).body).toMatchObject({ region: 'BR', basis: 'accept-language', emergencyNumber: '192' });
    expect((await hotlines('', { language: 'ja-JP' })).body).toMatchObject({ region: 'INTL', basis: 'accept-language', emergencyNumber: null });
    await api.db.dataSource.query(`UPDATE members SET region = 'CA' WHERE id = $1`, [member.memberId]);
    expect((await hotlines('', { token: member.token, language: 'en-GB' })).body).toMatchObject({ region: 'CA', basis: 'member' });
    expect((await hotlines('?region=AU', { token: member.token })).body).toMatchObject({ region: 'AU', basis: 'query' });
    expect((await hotlines('?region=zz')).body.region).toBe('INTL');
    await api.db.dataSource.query(`UPDATE members SET region = NULL WHERE id = $1`, [member.memberId]);
  });

  it('keeps the panel for the next visit, for the writer or for someone worried about a friend, and records "I’m safe" without judgement', async () => {
    const post = async (body: string) =>
      (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'depression', title: 'tonight', body } })).body.firstPost.id;
    const own = await post('I want to die. I have been thinking about ending my life every night this week.');
    const friend = await post('My friend keeps saying she wants to kill herself and I am scared for her.');
    const notices = await waitFor(async () => {
      const response = await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: member.token });
      return response.body.items.length === 2 ? response.body.items : undefined;
    }, 20_000, `two notices (worker: ${worker.output().slice(-300)})`);
    const forOwn = notices.find((notice) => notice.contentId === own)!;
    const forFriend = notices.find((notice) => notice.contentId === friend)!;
    expect(forOwn).toMatchObject({ contentType: 'post', concern: 'self', region: 'US' });
    expect(forFriend.concern).toBe('concern_for_other');
    expect(forOwn.message).not.toMatch(/method|overdose|pills/i);
    // Promised of the lines shown only what holds for all of them: one US line may cost a text.
    expect(forOwn.message).toContain('ready to listen, in confidence, any time of day or night, and the ones marked free cost nothing.');
    // In Italy the adult line keeps hours: no "any time".
    await api.db.dataSource.query(`UPDATE members SET region = 'IT' WHERE id = $1`, [member.memberId]);
    const inItaly = (await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: member.token })).body.items.find((notice) => notice.contentId === own)!;
    expect(inItaly).toMatchObject({ region: 'IT' });
    expect(inItaly.message).toContain('ready to listen, in confidence; each says below when it answers, and the ones marked free cost nothing.');
    await api.db.dataSource.query(`UPDATE members SET region = NULL WHERE id = $1`, [member.memberId]);

    expect([forOwn.supportRequested, forFriend.supportRequested]).toEqual([false, false]);

    // "Talk to a moderator now" keeps the panel (its lines, its way to a human) for the next page, saying so.
    expect((await rest(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: { noticeId: forOwn.noticeId } })).status).toBe(201);
    const after = await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: member.token });
    // The two notices were written by two worker jobs that may run side by side: either order. The
    // moderator asked for is the member's, on their way whichever panel they asked from: the other
    // says so too, rather than offering to ask again.
    expect(Object.fromEntries(after.body.items.map((notice) => [notice.noticeId, notice.supportRequested]))).toEqual({
      [forOwn.noticeId]: true,
      [forFriend.noticeId]: true,
    });
    // Once a moderator resolved the member's item, every panel offers it again.
    await api.db.dataSource.query(`UPDATE flags SET status = 'resolved' WHERE content_type = 'member' AND content_id = $1`, [member.memberId]);
    const resolved = await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: member.token });
    expect(Object.fromEntries(resolved.body.items.map((notice) => [notice.noticeId, notice.supportRequested]))).toEqual({
      [forOwn.noticeId]: false,
      [forFriend.noticeId]: false,
    });

    const byModerator = await rest(api, 'POST', `/api/v1/me/crisis-notices/${forOwn.noticeId}/close`, { token: moderator.token, body: { how: 'safe_now' } });
    expect(byModerator.status).toBe(404);
    expect((await rest(api, 'POST', `/api/v1/me/crisis-notices/${forOwn.noticeId}/close`, { token: member.token, body: { how: 'safe_now' } })).status).toBe(204);
    const left = await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: member.token });
    expect(left.body.items.map((notice) => notice.noticeId)).toEqual([forFriend.noticeId]);
    const [row] = await api.db.dataSource.query(`SELECT closed_how, delivered_at FROM crisis_notices WHERE id = $1`, [forOwn.noticeId]);
    expect(row.closed_how).toBe('safe_now');
    expect(row.delivered_at).not.toBeNull();
    const [{ status }] = await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [own]);
    expect(status).toBe('visible');
  });

  it('speaks to a member someone else threatens of their safety, live and on the next visit, and never treats the threat they report as theirs', async () => {
    const writer = await registerMember(api, 'Quiet Harbour');
    await api.db.dataSource.query(`UPDATE members SET region = 'GB' WHERE id = $1`, [writer.memberId]);
    const sockets = new TestSockets();
    try {
      const live = collect<CrisisResources>(await sockets.connected(api, writer.token), 'crisis:resources');
      const post = (
        await rest<Thread>(api, 'POST', '/api/v1/threads', {
          token: writer.token,
          body: { categorySlug: 'depression', title: 'at home', body: "My husband told me if I leave he will kill me. He choked me last week." },
        })
      ).body.firstPost.id;
      const pushed = await waitFor(async () => live.find((notice) => notice.contentId === post), 20_000, `the pushed notice (worker: ${worker.output().slice(-300)})`);
      expect(pushed).toMatchObject({ concern: 'danger', heading: 'You deserve to be safe', region: 'GB' });
      expect(pushed.message).toContain('it is not your fault');
      expect(pushed.message).toContain('free and confidential, any time of day or night');
      expect(pushed.hotlines.emergencyNumber).toBe('999');
      expect(pushed.hotlines.abuseLines.map((line) => line.number)).toEqual(['0808 2000 247']);
      const [kept] = (await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: writer.token })).body.items.filter((notice) => notice.contentId === post);
      expect(kept).toMatchObject({ concern: 'danger', noticeId: pushed.noticeId });
      // A crisis on the queue, urgent as a threat to kill is; the words stay up, and nothing in them is read as a threat by the writer.
      const [flag] = await api.db.dataSource.query(`SELECT kind, risk, categories FROM flags WHERE content_id = $1`, [post]);
      expect(flag).toMatchObject({ kind: 'crisis', risk: 'high' });
      expect(flag.categories).toContain('danger_from_other');
      expect(flag.categories).not.toContain('threat');
      const [{ status }] = await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [post]);
      expect(status).toBe('visible');
      const [row] = await api.db.dataSource.query(`SELECT danger, for_other FROM crisis_notices WHERE id = $1`, [pushed.noticeId]);
      expect(row).toEqual({ danger: true, for_other: false });
    } finally {
      sockets.closeAll();
    }
  });

  it('shows every reader of a thread with a crisis post a resources footer, and no other thread', async () => {
    const newThread = async (body: string) =>
      (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'depression', title: 'footer check', body } })).body;
    const crisis = await newThread('Some days I feel fine.');
    const calm = await newThread('Went for a long walk by the sea today, it helped.');
    await rest(api, 'POST', `/api/v1/threads/${crisis.id}/posts`, { token: member.token, body: { body: 'Actually I keep thinking I want to die, every night.' } });
    const reader = await registerMember(api, 'Footer Reader');
    const shown = await waitFor(
      async () => ((await rest<Thread>(api, 'GET', `/api/v1/threads/${crisis.id}`, { token: reader.token })).body.crisisSupport ? true : undefined),
      20_000,
      'the crisis footer flag',
    );
    expect(shown).toBe(true);
    // The calm thread was classified too (its result row exists), and stays without a footer.
    await waitFor(async () => ((await api.db.dataSource.query(`SELECT 1 FROM moderation_results WHERE content_id = $1`, [calm.firstPost.id])).length ? true : undefined), 20_000, 'the calm post classified');
    expect((await rest<Thread>(api, 'GET', `/api/v1/threads/${calm.id}`, { token: reader.token })).body.crisisSupport).toBe(false);
  });

  it('reads a thread’s title and content warning with its opening post: crisis in either alone brings its writer help, and a thread whose opening post is hidden leaves the lists until it is restored', async () => {
    const writer = await registerMember(api, 'Titled Writer');
    const titled = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'depression', title: 'I want to die tonight', body: 'Nothing else to say.' } })).body;
    const notice = await waitFor(async () => {
      const response = await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: writer.token });
      return response.body.items.find((item) => item.contentId === titled.firstPost.id);
    }, 20_000, `the notice for a crisis title (worker: ${worker.output().slice(-300)})`);
    expect(notice).toMatchObject({ contentType: 'post', concern: 'self' });
    const [item] = await api.db.dataSource.query(`SELECT kind FROM flags WHERE content_id = $1`, [titled.firstPost.id]);
    expect(item.kind).toBe('crisis');
    // Its content warning too: crisis in the warning alone brings its writer help.
    const warned = (
      await rest<Thread>(api, 'POST', '/api/v1/threads', {
        token: writer.token,
        body: { categorySlug: 'depression', title: 'a note', body: 'Nothing else to say today.', contentWarning: 'I want to die tonight' },
      })
    ).body;
    const warnedNotice = await waitFor(async () => {
      const response = await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: writer.token });
      return response.body.items.find((item) => item.contentId === warned.firstPost.id);
    }, 20_000, `the notice for a crisis content warning (worker: ${worker.output().slice(-300)})`);
    expect(warnedNotice).toMatchObject({ contentType: 'post', concern: 'self' });
    // A reply is read without the title: the same words in a reply's thread do not flag the reply.
    const reply = (await rest<{ id: string }>(api, 'POST', `/api/v1/threads/${titled.id}/posts`, { token: member.token, body: { body: 'Sending you a hug.' } })).body;
    await waitFor(async () => ((await api.db.dataSource.query(`SELECT 1 FROM moderation_results WHERE content_id = $1`, [reply.id])).length ? true : undefined), 20_000, 'the reply classified');
    expect(await api.db.dataSource.query(`SELECT 1 FROM flags WHERE content_id = $1`, [reply.id])).toEqual([]);

    // A thread whose opening post the checks hide: its title leaves the members' lists with it.
    const cruel = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'depression', title: 'you are pathetic and worthless, kys', body: 'you are pathetic and worthless, kys' } })).body;
    await waitFor(async () => ((await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [cruel.firstPost.id]))[0].status === 'hidden' ? true : undefined), 20_000, 'the opening post hidden');
    const listed = async (who: Session, path: string) => (await rest<{ items: Array<{ id: string }> }>(api, 'GET', path, { token: who.token })).body.items.map((thread) => thread.id);
    const reader = await registerMember(api, 'List Reader');
    expect(await listed(reader, '/api/v1/threads')).not.toContain(cruel.id);
    expect(await listed(reader, '/api/v1/categories/depression/threads')).not.toContain(cruel.id);
    expect((await rest(api, 'GET', `/api/v1/threads/${cruel.id}`, { token: reader.token })).status).toBe(404);
    // Moderators still find it, and restoring the post brings the thread back for everyone.
    expect((await rest(api, 'GET', `/api/v1/threads/${cruel.id}`, { token: moderator.token })).status).toBe(200);
    const [flag] = await api.db.dataSource.query(`SELECT id FROM flags WHERE content_id = $1`, [cruel.firstPost.id]);
    const restored = await rest(api, 'POST', `/api/v1/moderation/flags/${flag.id}/resolve`, { token: moderator.token, body: { action: 'restore', note: 'Checked.' } });
    expect(restored.status).toBe(200);
    expect(await listed(reader, '/api/v1/threads')).toContain(cruel.id);
    expect((await rest(api, 'GET', `/api/v1/threads/${cruel.id}`, { token: reader.token })).status).toBe(200);

    // Its writer deleting a hidden opening post does not bring its title back.
    const again = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'depression', title: 'you are pathetic and worthless, kys', body: 'you are pathetic and worthless, kys!' } })).body;
    await waitFor(async () => ((await api.db.dataSource.query(`SELECT status FROM threads WHERE id = $1`, [again.id]))[0].status === 'hidden' ? true : undefined), 20_000, 'the thread hidden');
    expect((await rest(api, 'DELETE', `/api/v1/posts/${again.firstPost.id}`, { token: writer.token })).status).toBe(204);
    expect(await listed(reader, '/api/v1/threads')).not.toContain(again.id);
  });

  it('does not push a notice the member closed before its push went out', async () => {
    const writer = await registerMember(api, 'Closed Before Push');
    const sockets = new TestSockets();
    try {
      const live = collect<CrisisResources>(await sockets.connected(api, writer.token), 'crisis:resources');
      // Two notices about two of their posts: the first already closed when its NOTIFY is read (as
      // when "I'm safe right now" comes first, the push late under load), the second open.
      const [closedPost, openPost] = [randomUUID(), randomUUID()];
      await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk, closed_at, closed_how) VALUES ($1, 'post', $2, 'high', now(), 'safe_now')`, [
        writer.memberId,
        closedPost,
      ]);
      await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk) VALUES ($1, 'post', $2, 'high')`, [writer.memberId, openPost]);
      await waitFor(async () => live.some((notice) => notice.contentId === openPost), 5_000, 'the open notice pushed');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(live.map((notice) => notice.contentId)).toEqual([openPost]);
    } finally {
      sockets.closeAll();
    }
  });

  it('sends a tab a notice written as it connects once, though both the connection’s read of open notices and the live push bring it', async () => {
    const writer = await registerMember(api, 'Written As It Connected');
    const sockets = new TestSockets();
    // The notice written, and the table held, until the connection's read of open notices waits on
    // it: on commit that read and the live push (its NOTIFY goes at commit) both find the notice.
    const holder = api.db.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      const post = randomUUID();
      await holder.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk) VALUES ($1, 'post', $2, 'high')`, [writer.memberId, post]);
      await holder.query(`LOCK TABLE crisis_notices IN ACCESS EXCLUSIVE MODE`);
      const live = collect<CrisisResources>(await sockets.connected(api, writer.token), 'crisis:resources');
      // The connection's read of open notices itself (crisis.service openNotices), not a worker's query.
      const waiting = `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%n.member_id = $1 AND n.closed_at IS NULL ORDER BY n.created_at%'`;
      await waitFor(async () => ((await api.db.dataSource.query(waiting)).length ? true : undefined), 15_000, 'the connection reading open notices');
      expect(live).toEqual([]);
      await holder.commitTransaction();
      await waitFor(async () => (live.length ? true : undefined), 15_000, 'the notice sent');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(live.map((notice) => notice.contentId)).toEqual([post]);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
      sockets.closeAll();
    }
  });

  it('pushes the lines for where each of the member’s tabs is: its browser’s language, unless they saved a region', async () => {
    const writer = await registerMember(api, 'Two Tabs Abroad');
    const sockets = new TestSockets();
    try {
      const german = collect<CrisisResources>(await sockets.connected(api, writer.token, { 'Accept-Language': 'de-DE,de;q=0.9' }), 'crisis:resources');
      const other = collect<CrisisResources>(await sockets.connected(api, writer.token), 'crisis:resources');
      const push = async () => {
        const post = randomUUID();
        await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk) VALUES ($1, 'post', $2, 'high')`, [writer.memberId, post]);
        await waitFor(async () => german.some((notice) => notice.contentId === post) && other.some((notice) => notice.contentId === post), 5_000, 'the notice pushed to both tabs');
        return [german, other].map((seen) => seen.find((notice) => notice.contentId === post)!.hotlines);
      };
      const [inGermany, unsaid] = await push();
      expect(inGermany).toMatchObject({ region: 'DE', basis: 'accept-language', emergencyNumber: '112' });
      // A tab whose browser names no country gets the deployment's default, as over REST.
      expect(unsaid).toMatchObject({ region: 'US', basis: 'default' });
      // A region the member saved wins over every browser's guess.
      await api.db.dataSource.query(`UPDATE members SET region = 'GB' WHERE id = $1`, [writer.memberId]);
      expect((await push()).map((lines) => [lines.region, lines.basis])).toEqual([
        ['GB', 'member'],
        ['GB', 'member'],
      ]);
    } finally {
      sockets.closeAll();
    }
  });

  it('brings the panel back, live, when a member who said they were safe edits the same post to say they are in crisis again', async () => {
    const writer = await registerMember(api, 'Second Evening');
    const notices = async () => (await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: writer.token })).body.items;
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'depression', title: 'a hard week', body: 'I want to die. I keep thinking about ending my life.' } })).body;
    const first = await waitFor(async () => (await notices()).find((item) => item.contentId === thread.firstPost.id), 20_000, `the first notice (worker: ${worker.output().slice(-300)})`);
    expect((await rest(api, 'POST', `/api/v1/me/crisis-notices/${first.noticeId}/close`, { token: writer.token, body: { how: 'safe_now' } })).status).toBe(204);
    expect(await notices()).toEqual([]);

    // Later that night they change the same post: its words show crisis again, so help must show again.
    const sockets = new TestSockets();
    try {
      const socket = await sockets.connected(api, writer.token);
      const live = collect<CrisisResources>(socket, 'crisis:resources');
      const edited = await rest<{ version: number }>(api, 'PATCH', `/api/v1/posts/${thread.firstPost.id}`, {
        token: writer.token,
        body: { body: 'It is worse tonight. I am going to kill myself, I have decided.', version: 1 },
      });
      expect(edited.status).toBe(200);
      expect(edited.body.version).toBe(2);
      await waitFor(async () => ((await api.db.dataSource.query(`SELECT 1 FROM moderation_results WHERE content_id = $1 AND version = 2`, [thread.firstPost.id])).length ? true : undefined), 20_000, 'the edit classified');
      const again = await waitFor(async () => live.find((item) => item.contentId === thread.firstPost.id), 5_000, 'the panel pushed live again');
      expect(again).toMatchObject({ contentType: 'post', concern: 'self', supportRequested: false });
      // A notice of its own: the tab that hid or answered the first one shows this one afresh.
      expect(again.noticeId).not.toBe(first.noticeId);
      expect((await notices()).map((item) => item.noticeId)).toEqual([again.noticeId]);
      // The first stays, with how it was closed: the member's history (and export) keeps it.
      const kept: Array<{ id: string; closed_how: string | null }> = await api.db.dataSource.query(
        `SELECT id, closed_how FROM crisis_notices WHERE content_id = $1 ORDER BY created_at, id`,
        [thread.firstPost.id],
      );
      expect(kept).toEqual([
        { id: first.noticeId, closed_how: 'safe_now' },
        { id: again.noticeId, closed_how: null },
      ]);
      // Nothing but help: the post stays up, as it was written.
      const [post] = await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [thread.firstPost.id]);
      expect(post.status).toBe('visible');
    } finally {
      sockets.closeAll();
    }
  });

  it('puts "talk to a moderator now" on top of the queue, once however often it is asked', async () => {
    const first = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} });
    const second = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} });
    expect(first.status).toBe(201);
    expect(second.body.flagId).toBe(first.body.flagId);
    const queue = await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token });
    expect(queue.body.items[0]).toMatchObject({ id: first.body.flagId, kind: 'crisis', contentType: 'member', risk: 'imminent' });
    expect(Date.parse(queue.body.items[0].dueAt) - Date.now()).toBeLessThanOrEqual(2 * 60_000);
    expect((await rest(api, 'POST', '/api/v1/me/support-requests', { body: {} })).status).toBe(401);
    // Asked over and over within the minute (a script, a button pressed again and again): one
    // signal, and the item is not changed again (each change reaches every moderator live).
    const [{ version }] = await api.db.dataSource.query(`SELECT version FROM flags WHERE id = $1`, [first.body.flagId]);
    for (let i = 0; i < 5; i++) expect((await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} })).body.flagId).toBe(first.body.flagId);
    const [after] = await api.db.dataSource.query(
      `SELECT f.version, (SELECT count(*)::int FROM flag_signals s WHERE s.flag_id = f.id AND s.reason = 'talk_to_moderator') AS signals FROM flags f WHERE f.id = $1`,
      [first.body.flagId],
    );
    expect(after).toEqual({ version, signals: 1 });
  });
});
