import { io } from 'socket.io-client';
import { seedDemoData } from '@lantern/db';
import type { MemberContext, Post, QueueItem, QueueItemDetail, ShiftSummary, Thread } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

interface ErrorResponse {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describe('moderation queue and actions (real PostgreSQL, Redis and worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let alice: Session;
  let bob: Session;
  let carol: Session;
  let mod1: Session;
  let mod2: Session;

  beforeAll(async () => {
    api = await startApi('moderation', { OVERDUE_ALERT_SECONDS: '1' });
    await seedDemoData(api.db.dataSource);
    worker = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, WORKER_CONCURRENCY: '2' });
    alice = await registerMember(api, 'Alice Moth');
    bob = await registerMember(api, 'Bob Fern');
    carol = await registerMember(api, 'Carol Tide');
    mod1 = await withRole(api, await registerMember(api, 'Mod One'), 'moderator');
    mod2 = await withRole(api, await registerMember(api, 'Mod Two'), 'moderator');
  });

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await api.close();
  });

  const post = async (who: Session, body: string, title = 'A thread') =>
    (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'depression', title, body } })).body.firstPost.id;
  const queue = async (who: Session, query = '') => rest<{ items: QueueItem[] }>(api, 'GET', `/api/v1/moderation/queue${query}`, { token: who.token });
  const itemFor = async (contentId: string) =>
    waitFor(async () => (await queue(mod1)).body.items.find((item) => item.contentId === contentId), 15_000, `a queue item for ${contentId}`);
  const resolve = (who: Session, id: string, body: Record<string, unknown>) =>
    rest<QueueItem & ErrorResponse>(api, 'POST', `/api/v1/moderation/flags/${id}/resolve`, { token: who.token, body });

  it('lets only moderators and admins in', async () => {
    expect((await rest(api, 'GET', '/api/v1/moderation/queue')).status).toBe(401);
    expect((await queue(alice)).status).toBe(403);
    expect((await queue(mod1)).status).toBe(200);
  });

  it('merges signals into one item per content, counts a member once, and puts crisis on top', async () => {
    const spam = await post(alice, 'Buy cheap followers now, great deal', 'Deals');
    await rest(api, 'POST', `/api/v1/posts/${spam}/reports`, { token: bob.token, body: { reason: 'spam' } });
    await rest(api, 'POST', `/api/v1/posts/${spam}/reports`, { token: bob.token, body: { reason: 'spam' } });
    await rest(api, 'POST', `/api/v1/posts/${spam}/reports`, { token: carol.token, body: { reason: 'other' } });
    const crisis = await post(alice, 'I have decided to end my life tonight, I have everything ready. Goodbye everyone.', 'Tonight');
    const harm = await post(bob, 'you are pathetic and worthless, kys', 'Rude');

    const crisisItem = await itemFor(crisis);
    const harmItem = await itemFor(harm);
    const spamItems = (await queue(mod1)).body.items.filter((item) => item.contentId === spam);
    expect(spamItems).toHaveLength(1);
    expect(spamItems[0]).toMatchObject({ kind: expect.stringMatching(/report|harm/), reports: 2 });
    expect(crisisItem).toMatchObject({ kind: 'crisis', status: 'open' });
    expect(harmItem.kind).toBe('harm');

    const order = (await queue(mod1)).body.items.map((item) => item.contentId);
    expect(order.indexOf(crisis)).toBeLessThan(order.indexOf(harm));
    expect(order.indexOf(harm)).toBeLessThan(order.indexOf(spam));
    const priorities = (await queue(mod1)).body.items.map((item) => item.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);

    const onlyCrisis = (await queue(mod1, '?kind=crisis')).body.items;
    expect(onlyCrisis.every((item) => item.kind === 'crisis')).toBe(true);
    const byCategory = (await queue(mod1, '?category=depression')).body.items;
    expect(byCategory.map((item) => item.contentId)).toEqual(expect.arrayContaining([crisis, harm, spam]));
    expect((await queue(mod1, '?category=anxiety')).body.items.some((item) => item.contentId === crisis)).toBe(false);
  });

  it('raises a post to the crisis queue when a member reports a crisis concern', async () => {
    const worrying = await post(alice, 'Not sure anything matters these days.', 'Matters');
    const reported = await rest(api, 'POST', `/api/v1/posts/${worrying}/reports`, { token: carol.token, body: { reason: 'crisis_concern' } });
    expect(reported.status).toBe(201);
    const item = await itemFor(worrying);
    expect(item.kind).toBe('crisis');
    expect(item.priority).toBeGreaterThanOrEqual(80);
  });

  it('claims with a lock that expires, and tells the second moderator who has it', async () => {
    const content = await post(alice, 'you are all idiots', 'Idiots');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'harassment' } });
    const item = await itemFor(content);
    const claimed = await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${item.id}/claim`, { token: mod1.token });
    expect(claimed.status).toBe(200);
    expect(claimed.body.claimedBy).toEqual({ id: mod1.memberId, pseudonym: 'Mod One' });
    // Claimed again by its moderator (a second tab, a double click): the claim runs on, the item is
    // not made newer for colleagues' copies, and no second claim is written to the log.
    const again = await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${item.id}/claim`, { token: mod1.token });
    expect([again.status, again.body.version, again.body.claimedBy?.id]).toEqual([200, claimed.body.version, mod1.memberId]);
    const claims = await api.db.dataSource.query(`SELECT 1 FROM audit_log WHERE target_type = 'flag' AND target_id = $1 AND action = 'claim'`, [item.id]);
    expect(claims).toHaveLength(1);
    const mine = (await queue(mod1, '?mine=true')).body.items.map((i) => i.id);
    expect(mine).toContain(item.id);

    const second = await rest<ErrorResponse>(api, 'POST', `/api/v1/moderation/flags/${item.id}/claim`, { token: mod2.token });
    expect([second.status, second.body.error.code]).toEqual([409, 'ALREADY_CLAIMED']);
    expect(second.body.error.message).toContain('Mod One');
    const refused = await resolve(mod2, item.id, { action: 'hide' });
    expect(refused.body.error.code).toBe('ALREADY_CLAIMED');
    // The item's version as refused: the page keeps the refusal until its copy is newer than that.
    expect(refused.body.error.details).toMatchObject({ claimedBy: { id: mod1.memberId }, version: claimed.body.version });

    await api.db.dataSource.query(`UPDATE flags SET claim_expires_at = now() - interval '1 second' WHERE id = $1`, [item.id]);
    expect((await queue(mod1, '?status=open')).body.items.map((i) => i.id)).toContain(item.id);
    const taken = await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${item.id}/claim`, { token: mod2.token });
    expect(taken.body.claimedBy?.id).toBe(mod2.memberId);
  });

  it('lets exactly one of two racing moderators resolve an item; the other learns who did', async () => {
    const content = await post(alice, 'total garbage post, you morons', 'Race');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'harassment' } });
    const item = await itemFor(content);
    const results = await Promise.all([resolve(mod1, item.id, { action: 'hide' }), resolve(mod2, item.id, { action: 'remove' })]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.error.code).toBe('ALREADY_RESOLVED');
    const winner = results.find((r) => r.status === 200)!;
    const winnerName = winner === results[0] ? 'Mod One' : 'Mod Two';
    expect(loser.body.error.message).toContain(winnerName);
    expect(loser.body.error.details).toMatchObject({ version: winner.body.version });
    const audits = await api.db.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 AND action IN ('hide','remove')`, [item.id]);
    expect(audits).toHaveLength(1);
  });

  it('applies each action to the content and writes an audit row with before and after', async () => {
    const make = async (body: string) => {
      const id = await post(alice, body, 'Action');
      await rest(api, 'POST', `/api/v1/posts/${id}/reports`, { token: bob.token, body: { reason: 'other' } });
      return { postId: id, flag: await itemFor(id) };
    };
    const status = async (postId: string) => (await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [postId]))[0].status;

    const hidden = await make('hide me');
    expect((await resolve(mod1, hidden.flag.id, { action: 'hide', note: 'rude' })).status).toBe(200);
    expect(await status(hidden.postId)).toBe('hidden');

    const removed = await make('remove me');
    await resolve(mod1, removed.flag.id, { action: 'remove' });
    expect(await status(removed.postId)).toBe('removed');

    const edited = await make('contains a phone number 555-0100');
    const editResult = await resolve(mod1, edited.flag.id, { action: 'edit', body: 'contains a phone number [removed]', note: 'Removed personal details.' });
    expect(editResult.status).toBe(200);
    const shown = (await rest<Post>(api, 'GET', `/api/v1/posts/${edited.postId}`, { token: bob.token })).body;
    expect(shown.bodyHtml).toBe('<p>contains a phone number [removed]</p>');
    expect(shown.moderatorNote).toBe('Removed personal details.');

    const warned = await make('warn me');
    await resolve(mod1, warned.flag.id, { action: 'warn', body: 'Please keep it kind.' });
    expect(await api.db.dataSource.query(`SELECT message FROM member_warnings WHERE member_id = $1`, [alice.memberId])).toEqual([{ message: 'Please keep it kind.' }]);

    const muted = await make('mute me');
    await resolve(mod1, muted.flag.id, { action: 'mute', durationMinutes: 60 });
    const suspended = await make('suspend me');
    await resolve(mod1, suspended.flag.id, { action: 'suspend', durationMinutes: 120 });
    const [sanctions] = await api.db.dataSource.query(
      `SELECT round(extract(epoch FROM muted_until - now()) / 60)::int AS muted, round(extract(epoch FROM suspended_until - now()) / 60)::int AS suspended FROM members WHERE id = $1`,
      [alice.memberId],
    );
    expect(sanctions).toEqual({ muted: 60, suspended: 120 });

    // The sanctions take effect at once, on REST and on sockets, and say until when.
    const refused = await rest<ErrorResponse>(api, 'POST', '/api/v1/threads', { token: alice.token, body: { categorySlug: 'depression', title: 'Still here', body: 'hello' } });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'SANCTIONED']);
    expect(Date.parse(String(refused.body.error.details?.until)) - Date.now()).toBeGreaterThan(110 * 60_000);
    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: alice.token }, transports: ['websocket'] });
    try {
      await socket.timeout(5000).emitWithAck('room:join', { room: 'lounge' });
      const ack = (await socket.timeout(5000).emitWithAck('message:send', { room: 'lounge', body: 'can I talk?', clientMsgId: 'sanctioned-1' })) as { ok: boolean; error?: { code: string } };
      expect(ack).toMatchObject({ ok: false, error: { code: 'SANCTIONED' } });
    } finally {
      socket.disconnect();
    }
    await api.db.dataSource.query(`UPDATE members SET muted_until = NULL, suspended_until = NULL WHERE id = $1`, [alice.memberId]);

    const noted = await make('note me');
    const note = await resolve(mod1, noted.flag.id, { action: 'note', note: 'Watching this one.' });
    expect(note.body.status).not.toBe('resolved');
    const dismissNoReason = await resolve(mod1, noted.flag.id, { action: 'dismiss' });
    expect([dismissNoReason.status, dismissNoReason.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await resolve(mod1, noted.flag.id, { action: 'dismiss', note: 'Fine on reflection.' })).body.status).toBe('resolved');

    const escalated = await make('escalate me');
    const [{ id: partnerId }] = await api.db.dataSource.query(
      `INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Spec Line', '{US}', 'http://127.0.0.1:9/hook', 'spec-secret') RETURNING id`,
    );
    expect((await resolve(mod1, escalated.flag.id, { action: 'escalate', partnerId, basis: 'imminent_risk', note: 'Needs a counsellor.' })).status).toBe(200);

    const audit: Array<{ action: string; actor_id: string; before: unknown; after: Record<string, unknown> }> = await api.db.dataSource.query(
      `SELECT action, actor_id, before, after FROM audit_log WHERE actor_id = $1 ORDER BY id`,
      [mod1.memberId],
    );
    const actions = audit.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['hide', 'remove', 'edit', 'warn', 'mute', 'suspend', 'note', 'dismiss', 'escalate']));
    const hideRow = audit.find((row) => row.action === 'hide');
    expect(hideRow?.before).toMatchObject({ post: { status: 'visible' } });
    expect(hideRow?.after).toMatchObject({ post: { status: 'hidden' }, flag: { status: 'resolved' } });
    expect(audit.find((row) => row.action === 'escalate')?.after).toMatchObject({ escalation: { partnerId } });

    const listed = await rest<{ items: Array<{ action: string }> }>(api, 'GET', '/api/v1/moderation/audit?action=mute', { token: mod2.token });
    expect(listed.body.items.map((row) => row.action)).toEqual(['mute']);
    await expect(api.db.dataSource.query(`UPDATE audit_log SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(api.db.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('filters the audit log by the pseudonym a row shows, and pages through entries that share an instant without skipping any', async () => {
    // 150 entries written by one action (one transaction: one instant, to the microsecond).
    await api.db.dataSource.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, target_type, reason) SELECT $1, 'moderator', 'paging_probe', 'flag', 'entry ' || n FROM generate_series(1, 150) AS n`,
      [mod2.memberId],
    );
    type Page = { items: Array<{ id: string; action: string; actorPseudonym: string | null; createdAt: string }> };
    const first = await rest<Page>(api, 'GET', '/api/v1/moderation/audit?action=paging_probe&actor=mod%20TWO', { token: mod1.token });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(100);
    expect(new Set(first.body.items.map((row) => row.actorPseudonym))).toEqual(new Set(['Mod Two']));
    const last = first.body.items.at(-1)!;
    const second = await rest<Page>(api, 'GET', `/api/v1/moderation/audit?action=paging_probe&actor=Mod%20Two&beforeId=${last.id}`, { token: mod1.token });
    const ids = [...first.body.items, ...second.body.items].map((row) => row.id);
    expect([second.body.items.length, new Set(ids).size]).toEqual([50, 150]);
    // Nobody else's entries under that name, and a name nobody has finds nothing.
    expect((await rest<Page>(api, 'GET', '/api/v1/moderation/audit?action=paging_probe&actor=Mod%20One', { token: mod1.token })).body.items).toEqual([]);
    const bad = await rest<ErrorResponse>(api, 'GET', '/api/v1/moderation/audit?beforeId=abc', { token: mod1.token });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('alerts moderators again and again about an imminent-risk item nobody claimed in time, until someone does, and then says none are left', async () => {
    const flagId = (await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: carol.token, body: {} })).body.flagId;
    // This item alone is past due, so the alert that follows the claim has none left to name.
    await api.db.dataSource.query(`UPDATE flags SET due_at = now() + interval '1 hour' WHERE id <> $1 AND due_at < now()`, [flagId]);
    await api.db.dataSource.query(`UPDATE flags SET due_at = now() - interval '1 minute' WHERE id = $1`, [flagId]);
    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: mod2.token }, transports: ['websocket'] });
    const alerts: Array<{ items: QueueItem[] }> = [];
    socket.on('moderation:overdue', (payload: { items: QueueItem[] }) => alerts.push(payload));
    try {
      await waitFor(async () => alerts.filter((alert) => alert.items.some((item) => item.id === flagId)).length >= 2, 10_000, 'two overdue alerts');
      await rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/claim`, { token: mod1.token });
      // A tick of the 1 s alert timer that read the queue just before the claim may still be on its way.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const seen = alerts.length;
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(alerts.slice(seen).some((alert) => alert.items.some((item) => item.id === flagId))).toBe(false);
      // The consoles were told none are left (an alert with no items takes theirs down), once.
      expect(alerts.filter((alert) => alert.items.length === 0)).toHaveLength(1);
    } finally {
      socket.disconnect();
    }
  });

  it('never warns, mutes or suspends a member from their asking for a person, and says an action for words does not apply', async () => {
    const asker = await registerMember(api, 'Asked For Help');
    const flagId = (await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: asker.token, body: {} })).body.flagId;
    for (const action of [{ action: 'mute', durationMinutes: 60 }, { action: 'suspend', durationMinutes: 60 }, { action: 'warn', body: 'Please stop.' }]) {
      const refused = await resolve(mod1, flagId, action);
      expect([action.action, refused.status, refused.body.error.code]).toEqual([action.action, 422, 'ACTION_NOT_APPLICABLE']);
    }
    for (const action of ['hide', 'remove', 'restore']) {
      const refused = await resolve(mod1, flagId, { action, note: 'wrong item' });
      expect([action, refused.status, refused.body.error.code]).toEqual([action, 422, 'ACTION_NOT_APPLICABLE']);
    }
    const [member] = await api.db.dataSource.query(`SELECT muted_until, suspended_until FROM members WHERE id = $1`, [asker.memberId]);
    expect(member).toEqual({ muted_until: null, suspended_until: null });
    expect((await api.db.dataSource.query(`SELECT status FROM flags WHERE id = $1`, [flagId]))[0].status).not.toBe('resolved');
  });

  it('warns, mutes and suspends members only: a fellow moderator’s words are hidden, not their account paused', async () => {
    const content = await post(mod2, 'A moderator’s post someone reported.', 'Staff words');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'spam' } });
    const item = await itemFor(content);
    for (const action of [{ action: 'suspend', durationMinutes: 525_600 }, { action: 'mute', durationMinutes: 60 }, { action: 'warn', body: 'Please stop.' }]) {
      const refused = await resolve(mod1, item.id, action);
      expect([action.action, refused.status, refused.body.error.code]).toEqual([action.action, 422, 'ACTION_NOT_APPLICABLE']);
    }
    const [staff] = await api.db.dataSource.query(`SELECT muted_until, suspended_until FROM members WHERE id = $1`, [mod2.memberId]);
    expect(staff).toEqual({ muted_until: null, suspended_until: null });
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM member_warnings WHERE member_id = $1`, [mod2.memberId]))[0].n).toBe(0);
    expect((await resolve(mod1, item.id, { action: 'hide', note: 'off topic' })).status).toBe(200);
  });

  it('says whose words an item holds (a member’s or a staff member’s), so the console offers warnings, mutes and suspensions for members’ words only', async () => {
    const admin = await withRole(api, await registerMember(api, 'Quill Harbor'), 'admin');
    const byMember = await post(carol, 'A member’s post someone reported.', 'Member words');
    const byModerator = await post(mod2, 'Another moderator’s post someone reported.', 'Moderator words');
    const byAdmin = await post(admin, 'An admin’s post someone reported.', 'Admin words');
    for (const content of [byMember, byModerator, byAdmin]) await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'spam' } });
    const items = await Promise.all([byMember, byModerator, byAdmin].map((content) => itemFor(content)));
    expect(items.map((item) => item.authorRole)).toEqual(['member', 'moderator', 'admin']);
    // The item's page and the answer to a claim carry it too.
    const detail = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${items[1].id}`, { token: mod1.token });
    expect([detail.status, detail.body.authorRole]).toEqual([200, 'moderator']);
    const claimed = await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${items[2].id}/claim`, { token: mod1.token });
    expect([claimed.status, claimed.body.authorRole]).toEqual([200, 'admin']);
    expect((await resolve(mod1, items[2].id, { action: 'warn', body: 'Please stop.' })).body.error.code).toBe('ACTION_NOT_APPLICABLE');
  });

  it('lifts a member’s suspension early: they may post again at once, their tabs are told, and the record says who and why', async () => {
    const paused = await registerMember(api, 'Paused Fern');
    const content = await post(paused, 'Words someone reported.', 'Reported words');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'spam' } });
    const item = await itemFor(content);
    expect((await resolve(mod1, item.id, { action: 'suspend', durationMinutes: 525_600, note: 'meant an hour' })).status).toBe(200);
    const thread = (await api.db.dataSource.query(`SELECT thread_id FROM posts WHERE id = $1`, [content]))[0].thread_id as string;
    expect((await rest<ErrorResponse>(api, 'POST', `/api/v1/threads/${thread}/posts`, { token: paused.token, body: { body: 'Still paused?' } })).body.error.code).toBe('SANCTIONED');

    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: paused.token }, transports: ['websocket'] });
    const lifted: Array<{ kind: string }> = [];
    socket.on('member:restriction-lifted', (event: { kind: string }) => lifted.push(event));
    try {
      await new Promise<void>((resolveConnect, reject) => {
        socket.once('connect', () => resolveConnect());
        socket.once('connect_error', reject);
      });
      const lift = (who: Session, id: string, body: Record<string, unknown>) => rest<{ kind: string; liftedAt: string } & ErrorResponse>(api, 'POST', `/api/v1/moderation/members/${id}/lift-pause`, { token: who.token, body });
      expect((await lift(bob, paused.memberId, { kind: 'suspended', reason: 'mine now' })).status).toBe(403);
      const noReason = await lift(mod2, paused.memberId, { kind: 'suspended' });
      expect([noReason.status, noReason.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      const notMuted = await lift(mod2, paused.memberId, { kind: 'muted', reason: 'wrong pause' });
      expect([notMuted.status, notMuted.body.error.code]).toEqual([409, 'NOT_PAUSED']);
      const done = await lift(mod2, paused.memberId, { kind: 'suspended', reason: 'A year was a typo for an hour.' });
      expect([done.status, done.body.kind]).toEqual([200, 'suspended']);
      expect((await api.db.dataSource.query(`SELECT suspended_until FROM members WHERE id = $1`, [paused.memberId]))[0].suspended_until).toBeNull();
      expect((await rest(api, 'POST', `/api/v1/threads/${thread}/posts`, { token: paused.token, body: { body: 'Back, thank you.' } })).status).toBe(201);
      await waitFor(async () => lifted.length > 0, 5_000, 'the lift to reach the member');
      expect(lifted).toEqual([{ kind: 'suspended' }]);
      const [audit] = await api.db.dataSource.query(`SELECT action, reason, actor_id FROM audit_log WHERE target_id = $1 AND action = 'pause_lift'`, [paused.memberId]);
      expect(audit).toEqual({ action: 'pause_lift', reason: 'A year was a typo for an hour.', actor_id: mod2.memberId });
      const again = await lift(mod2, paused.memberId, { kind: 'suspended', reason: 'twice' });
      expect([again.status, again.body.error.code]).toEqual([409, 'NOT_PAUSED']);
      const nobody = await lift(mod2, '00000000-0000-4000-8000-000000000000', { kind: 'suspended', reason: 'nobody' });
      expect([nobody.status, nobody.body.error.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
    } finally {
      socket.disconnect();
    }
  });

  it('refuses a stale version instead of acting on news the moderator has not seen', async () => {
    const content = await post(alice, 'stale test', 'Stale');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'spam' } });
    const item = await itemFor(content);
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: carol.token, body: { reason: 'spam' } });
    const stale = await resolve(mod1, item.id, { action: 'dismiss', note: 'ok', version: item.version });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'STALE_VERSION']);
    expect(stale.body.error.details).toEqual({ version: item.version + 1 });
    const overflow = await resolve(mod1, item.id, { action: 'dismiss', note: 'ok', version: 2_147_483_648 });
    expect([overflow.status, overflow.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await resolve(mod1, item.id, { action: 'dismiss', note: 'ok', version: item.version + 1 })).status).toBe(200);
  });

  it('shows the whole item: the words that fired, every signal, its history and the thread around it', async () => {
    const before = await post(bob, 'Rough week here too.', 'Around');
    const thread = (await api.db.dataSource.query(`SELECT thread_id FROM posts WHERE id = $1`, [before]))[0].thread_id as string;
    const reply = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread}/posts`, { token: alice.token, body: { body: 'Honestly I want to kill myself tonight, I have the pills.' } })).body;
    // Reported while the worker may be opening the same item: one item, both signals, no error.
    expect((await rest(api, 'POST', `/api/v1/posts/${reply.id}/reports`, { token: carol.token, body: { reason: 'crisis_concern', note: 'She mentioned pills last week too.' } })).status).toBe(201);
    const item = await itemFor(reply.id);
    await waitFor(async () => (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${item.id}`, { token: mod1.token })).body.signals.length >= 2, 15_000, 'both signals');
    await rest(api, 'POST', `/api/v1/moderation/flags/${item.id}/claim`, { token: mod1.token });

    const detail = (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${item.id}`, { token: mod2.token })).body;
    expect(detail.body).toBe('Honestly I want to kill myself tonight, I have the pills.');
    const classifier = detail.signals.find((signal) => signal.source === 'classifier');
    expect(classifier?.evidence.length).toBeGreaterThan(0);
    for (const span of classifier?.evidence ?? []) expect(span.text).toBe(detail.body.slice(span.start, span.end));
    expect(classifier?.evidence.map((span) => span.text.toLowerCase()).join(' ')).toMatch(/kill myself/);
    expect(detail.signals.find((signal) => signal.source === 'report')).toMatchObject({ reason: 'crisis_concern', note: 'She mentioned pills last week too.' });
    expect(classifier?.note).toBeNull();
    expect(detail.history.map((entry) => [entry.action, entry.actor?.pseudonym])).toEqual([['claim', 'Mod One']]);
    expect(detail.context).toMatchObject({ kind: 'thread', title: 'Around', href: `/t/${thread}` });
    expect(detail.context.entries.map((entry) => [entry.body, entry.current])).toEqual([
      ['Rough week here too.', false],
      ['Honestly I want to kill myself tonight, I have the pills.', true],
    ]);

    const missing = await rest<ErrorResponse>(api, 'GET', '/api/v1/moderation/flags/00000000-0000-4000-8000-000000000000', { token: mod1.token });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'FLAG_NOT_FOUND']);
    expect((await rest(api, 'GET', `/api/v1/moderation/flags/${item.id}`, { token: alice.token })).status).toBe(403);
  });

  it('keeps a post and answers it as a moderator, in the thread and under moderation like any post', async () => {
    const content = await post(carol, 'Is it normal to feel numb after a loss?', 'Numb');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'other' } });
    const item = await itemFor(content);
    const kept = await resolve(mod1, item.id, { action: 'keep', body: 'It is very common. You are welcome here. 💛' });
    expect([kept.status, kept.body.status]).toEqual([200, 'resolved']);
    const thread = (await api.db.dataSource.query(`SELECT thread_id FROM posts WHERE id = $1`, [content]))[0].thread_id as string;
    const posts = (await rest<{ items: Post[] }>(api, 'GET', `/api/v1/threads/${thread}/posts`, { token: carol.token })).body.items;
    const answer = posts.find((p) => p.bodyHtml.includes('very common'));
    expect(answer?.quote?.postId).toBe(content);
    // Moderated like any post: the worker classified it, once.
    const classified = await waitFor(async () => {
      const [row] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM moderation_results WHERE content_id = $1`, [answer?.id]);
      return row.n > 0 && row;
    }, 15_000, 'the answer to be classified');
    expect(classified.n).toBe(1);
  });

  it('undoes a hide from its resolved item (restore), and only that: a kept item stays resolved', async () => {
    const content = await post(alice, 'I think I overreacted earlier, sorry all', 'Second look');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'harassment' } });
    const item = await itemFor(content);
    expect((await resolve(mod1, item.id, { action: 'hide' })).status).toBe(200);
    const status = async () => (await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [content]))[0].status as string;
    expect(await status()).toBe('hidden');
    // Another moderator takes a second look and puts it back.
    const undone = await resolve(mod2, item.id, { action: 'restore', note: 'Hidden by mistake.' });
    expect([undone.status, undone.body.status]).toEqual([200, 'resolved']);
    expect(await status()).toBe('visible');
    const audits = await api.db.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1 AND action IN ('hide', 'restore') ORDER BY created_at`, [item.id]);
    expect(audits).toEqual([
      { action: 'hide', actor_id: mod1.memberId },
      { action: 'restore', actor_id: mod2.memberId },
    ]);
    // Visible again, it has nothing left to undo; nor does any other action reopen a resolved item.
    expect((await resolve(mod1, item.id, { action: 'restore' })).body.error.code).toBe('ALREADY_RESOLVED');
    expect((await resolve(mod1, item.id, { action: 'hide' })).body.error.code).toBe('ALREADY_RESOLVED');
  });

  it('never publishes what a writer deleted: restoring it from its item is refused, and other actions leave it deleted', async () => {
    const content = await post(carol, 'I said too much about where I live, sorry', 'Too much');
    await rest(api, 'POST', `/api/v1/posts/${content}/reports`, { token: bob.token, body: { reason: 'other' } });
    const item = await itemFor(content);
    expect((await rest(api, 'DELETE', `/api/v1/posts/${content}`, { token: carol.token })).status).toBe(204);
    const refused = await resolve(mod1, item.id, { action: 'restore' });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'CONTENT_GONE']);
    expect(refused.body.error.message).toMatch(/writer deleted/);
    const edited = await resolve(mod1, item.id, { action: 'edit', body: 'Softer words.', note: 'Took out the address.' });
    expect([edited.status, edited.body.error.code]).toEqual([409, 'CONTENT_GONE']);
    const status = async () => (await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [content]))[0].status as string;
    expect(await status()).toBe('deleted');
    const removed = await resolve(mod1, item.id, { action: 'remove', note: 'Shared an address.' });
    expect([removed.status, removed.body.status]).toEqual([200, 'resolved']);
    expect(await status()).toBe('deleted');
    const [audit] = await api.db.dataSource.query(`SELECT after FROM audit_log WHERE target_type = 'flag' AND target_id = $1 AND action = 'remove'`, [item.id]);
    expect(audit.after.post).toEqual({ status: 'deleted' });
  });

  it('hides a flagged chat message, and everyone in the room sees it go at once', async () => {
    const member = io(api.baseUrl, { path: '/socket.io', auth: { token: bob.token }, transports: ['websocket'] });
    const reader = io(api.baseUrl, { path: '/socket.io', auth: { token: carol.token }, transports: ['websocket'] });
    try {
      await member.timeout(5000).emitWithAck('room:join', { room: 'night-owls' });
      await reader.timeout(5000).emitWithAck('room:join', { room: 'night-owls' });
      const removed = new Promise<{ room: string; id: string }>((resolve) => reader.on('message:removed', resolve));
      const heldForWriter = new Promise<{ room: string; id: string }>((resolve) => member.on('message:held', resolve));
      const writerLost: unknown[] = [];
      member.on('message:removed', (event: unknown) => writerLost.push(event));
      const ack = (await member.timeout(5000).emitWithAck('message:send', { room: 'night-owls', body: 'you are worthless trash, kys', clientMsgId: 'hide-me-1' })) as { ok: true; id: string };
      const item = await itemFor(ack.id);
      expect(item.excerpt).toBe('you are worthless trash, kys');
      const detail = (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${item.id}`, { token: mod1.token })).body;
      expect(detail.context).toMatchObject({ kind: 'room', href: '/chat/night-owls' });
      expect((await queue(mod1, '?room=night-owls')).body.items.map((entry) => entry.id)).toContain(item.id);
      expect((await queue(mod1, '?room=lounge')).body.items.map((entry) => entry.id)).not.toContain(item.id);
      expect((await queue(mod1, '?category=depression')).body.items.map((entry) => entry.id)).not.toContain(item.id);
      expect(detail.context.entries.find((entry) => entry.current)?.body).toBe('you are worthless trash, kys');

      expect((await resolve(mod1, item.id, { action: 'hide', note: 'Incitement.' })).status).toBe(200);
      expect(await removed).toEqual({ room: 'night-owls', id: ack.id });
      // Hidden, not removed: its writer keeps their words on screen, marked (chat.spec.ts).
      expect(await heldForWriter).toEqual({ room: 'night-owls', id: ack.id });
      expect(writerLost).toEqual([]);
      expect((await api.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [ack.id]))[0].status).toBe('hidden');
      const history = (await rest<{ items: Array<{ id: string }> }>(api, 'GET', '/api/v1/rooms/night-owls/messages', { token: carol.token })).body.items;
      expect(history.map((message) => message.id)).not.toContain(ack.id);
    } finally {
      member.disconnect();
      reader.disconnect();
    }
  });

  it("gives moderators a member's recent words and past actions, and nothing that identifies them", async () => {
    const dave = await registerMember(api, 'Dave Reed');
    const first = await post(dave, 'you are all losers here', 'Losers');
    await rest(api, 'POST', `/api/v1/posts/${first}/reports`, { token: bob.token, body: { reason: 'harassment' } });
    const item = await itemFor(first);
    await resolve(mod2, item.id, { action: 'warn', body: 'Please be kind.' });
    const context = await rest<MemberContext>(api, 'GET', `/api/v1/moderation/members/${dave.memberId}/context`, { token: mod1.token });
    expect(context.status).toBe(200);
    expect(context.body.member).toMatchObject({ id: dave.memberId, pseudonym: 'Dave Reed', role: 'member', warnings: 1, suspendedUntil: null });
    // hiddenBy is a count of members who hid them, never who (hidden-members.spec.ts); formerNames
    // a count of names they had, never which (member-names.spec.ts).
    expect(Object.keys(context.body.member).sort()).toEqual(['formerNames', 'hiddenBy', 'id', 'joinedAt', 'mutedUntil', 'pseudonym', 'role', 'suspendedUntil', 'warnings']);
    expect(context.body.member.hiddenBy).toBe(0);
    expect(context.body.recent.map((entry) => [entry.contentType, entry.excerpt, entry.where])).toEqual([['post', 'you are all losers here', 'Losers']]);
    expect(context.body.actions.map((entry) => [entry.action, entry.actor?.pseudonym])).toEqual([['warn', 'Mod Two']]);
    expect((await rest(api, 'GET', `/api/v1/moderation/members/${dave.memberId}/context`, { token: alice.token })).status).toBe(403);
    const unknown = await rest<ErrorResponse>(api, 'GET', '/api/v1/moderation/members/00000000-0000-4000-8000-000000000000/context', { token: mod1.token });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
    const bad = await rest<ErrorResponse>(api, 'GET', '/api/v1/moderation/members/not-an-id/context', { token: mod1.token });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it("counts a moderator's crisis items this shift and suggests a break after a run of them", async () => {
    const mod3 = await withRole(api, await registerMember(api, 'Mod Three'), 'moderator');
    const shift = async () => (await rest<ShiftSummary>(api, 'GET', '/api/v1/moderation/shift', { token: mod3.token })).body;
    expect(await shift()).toMatchObject({ handled: 0, crisisHandled: 0, suggestBreak: false });
    const requests: string[] = [];
    for (let i = 0; i < 5; i++) {
      const someone = await registerMember(api, `Quiet Member ${i}`);
      requests.push((await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: someone.token, body: {} })).body.flagId);
    }
    for (const [i, flagId] of requests.entries()) {
      await resolve(mod3, flagId, { action: 'keep', note: 'Talked with them.' });
      expect((await shift()).suggestBreak).toBe(i === 4);
    }
    expect(await shift()).toMatchObject({ handled: 5, crisisHandled: 5, recentCrisis: 5, suggestBreak: true });
    // Another moderator's count is their own.
    expect((await rest<ShiftSummary>(api, 'GET', '/api/v1/moderation/shift', { token: mod2.token })).body.crisisHandled).toBe(0);
  });
});
