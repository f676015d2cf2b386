import { emptySafetyPlanSections, type AuditEntry, type Post, type QueueItem, type QueueItemDetail, type Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import type { NodeRedisClient } from '@lantern/queue';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { emitAck, TestSockets } from '../../test/support/socket-client';
import { REDIS_CLIENT } from '../infra/infra.tokens';

/**
 * What README promises of `DELETE /api/v1/me`: the member's words stay, unlinked; everything else
 * of theirs goes; what stays about the account is the moderators' record (the audit log, and the
 * review items about their words and requests), under an id that no longer leads to a name.
 * Checked by reading every row of every table, so a table added later that keeps the member is
 * caught here without anyone remembering to list it.
 */
describe('erasing an account leaves nothing that leads to the member (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  const sockets = new TestSockets();

  beforeAll(async () => {
    api = await startApi('erasure');
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    sockets.closeAll();
    await api.close();
  });

  /** The tables with a row whose text (every column, jsonb included) holds `needle`. */
  const tablesHolding = async (needle: string): Promise<string[]> => {
    const tables: Array<{ table_name: string }> = await api.db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`,
    );
    const holding: string[] = [];
    for (const { table_name: table } of tables) {
      const [{ n }]: Array<{ n: number }> = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" t WHERE strpos(t::text, $1) > 0`, [needle]);
      if (n > 0) holding.push(table);
    }
    return holding;
  };

  const send = async (who: Session, body: string): Promise<string> => {
    const socket = await sockets.connected(api, who.token);
    expect(await emitAck(socket, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
    const sent = await emitAck(socket, 'message:send', { room: 'lounge', body, clientMsgId: `erasure-${who.memberId}` });
    expect(sent.ok).toBe(true);
    return sent.id as string;
  };

  it('deletes or unlinks every row of theirs, counsellor requests and hand-offs included; only the moderators’ record keeps their id', async () => {
    const registered = await rest<{ accessToken: string; refreshToken: string; member: { id: string } }>(api, 'POST', '/api/v1/auth/register', {
      body: { pseudonym: 'Erasure Wren', passphrase: 'leaving for a while now' },
    });
    const leaving: Session = { token: registered.body.accessToken, refreshToken: registered.body.refreshToken, memberId: registered.body.member.id, pseudonym: 'Erasure Wren' };
    const other = await registerMember(api, 'Staying Finch');
    const moderator = await withRole(api, await registerMember(api, 'Erasure Mod Birch'), 'moderator');
    const id = leaving.memberId;

    // Their words, what they gave and asked for, and what others did about them.
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: leaving.token, body: { categorySlug: 'anxiety', title: 'Erasure: my week', body: 'My own words.' } })).body;
    // The id their device chose for a retry is theirs too.
    const clientPostId = 'erasure-wren-draft-7f3a';
    const aliased = await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: leaving.token, body: { body: 'Under an alias.', postAs: 'alias', clientPostId } });
    expect(aliased.status).toBe(201);
    const alias = aliased.body.author.displayName;
    const answer = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: other.token, body: { body: 'An answer for you.' } })).body;
    expect((await rest(api, 'POST', `/api/v1/posts/${answer.id}/reactions`, { token: leaving.token, body: { kind: 'hug' } })).status).toBe(201);
    expect((await rest(api, 'POST', `/api/v1/posts/${answer.id}/reports`, { token: leaving.token, body: { reason: 'harassment' } })).status).toBe(201);
    expect((await rest(api, 'POST', '/api/v1/me/hidden-members', { token: leaving.token, body: { postId: answer.id } })).status).toBe(201);
    expect((await rest(api, 'POST', '/api/v1/me/hidden-members', { token: other.token, body: { postId: thread.firstPost.id } })).status).toBe(201);
    await send(leaving, 'Said in the lounge.');
    // A message they took back before it reached the room ("Don't send") leaves a mark under its id.
    expect((await rest(api, 'POST', '/api/v1/rooms/lounge/take-backs', { token: leaving.token, body: { clientMsgId: 'erasure-wren-taken-back' } })).body).toEqual({ sent: false });
    const othersMessage = await send(other, 'Someone else in the lounge.');
    expect((await rest(api, 'POST', `/api/v1/rooms/lounge/messages/${othersMessage}/reports`, { token: leaving.token, body: { reason: 'harassment' } })).status).toBe(201);
    sockets.closeAll();
    const plan = { sections: { ...emptySafetyPlanSections(), people: ['Aunt Marisol 555 010 0199'] }, baseUpdatedAt: null };
    expect((await rest(api, 'PUT', '/api/v1/me/safety-plan', { token: leaving.token, body: plan })).status).toBe(200);
    await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk) VALUES ($1, 'post', $2, 'high')`, [id, thread.firstPost.id]);
    await api.db.dataSource.query(`INSERT INTO member_warnings (member_id, message) VALUES ($1, 'Please keep it kind.')`, [id]);

    // A counsellor asked for by phone and handed to a partner (the partner holds the number); asked
    // for again while that case is open, which answers with it and stores nothing new.
    const [partner]: Array<{ id: string }> = await api.db.dataSource.query(
      `INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Erasure Line', '{US}', 'http://127.0.0.1:9/hook', 'erasure-secret') RETURNING id`,
    );
    const first = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: leaving.token, body: { channel: 'phone', phone: '+1 555 010 0142' } });
    expect(first.status).toBe(201);
    const escalated = await rest(api, 'POST', `/api/v1/moderation/flags/${first.body.flagId}/resolve`, { token: moderator.token, body: { action: 'escalate', partnerId: partner.id } });
    expect(escalated.status).toBe(200);
    expect((await rest(api, 'POST', '/api/v1/me/outreach', { token: leaving.token, body: { channel: 'phone', phone: '+1 555 010 0143' } })).status).toBe(200);
    const sealed: Array<{ phone: string }> = await api.db.dataSource.query(
      `SELECT phone_ciphertext AS phone FROM escalations WHERE member_id = $1 AND phone_ciphertext IS NOT NULL
       UNION ALL SELECT phone_ciphertext FROM outreach_requests WHERE member_id = $1 AND phone_ciphertext IS NOT NULL`,
      [id],
    );
    expect(sealed).toHaveLength(1);

    // Before: the test reached every kind of row a member has.
    expect(await tablesHolding(id)).toEqual(
      expect.arrayContaining([
        'chat_send_windows',
        'chat_take_backs',
        'crisis_notices',
        'escalations',
        'flag_signals',
        'flags',
        'member_hides',
        'member_warnings',
        'members',
        'message_reports',
        'messages',
        'outreach_requests',
        'post_reactions',
        'post_reports',
        'posts',
        'refresh_tokens',
        'reply_notices',
        'safety_plans',
        'thread_aliases',
        'thread_follows',
        'threads',
      ]),
    );

    expect(await tablesHolding(clientPostId)).toEqual(['posts']);

    expect((await rest(api, 'DELETE', '/api/v1/me', { token: leaving.token, body: { currentPassphrase: 'leaving for a while now' } })).status).toBe(204);

    // After: the account's own row (pseudonym replaced), the review items about it and the audit log.
    expect((await tablesHolding(id)).filter((table) => !['members', 'flags', 'audit_log'].includes(table))).toEqual([]);
    expect(await api.db.dataSource.query(`SELECT content_type FROM flags WHERE content_id = $1 OR author_id = $1`, [id])).toEqual([{ content_type: 'member' }]);
    // Neither name they went by (the words written under the alias stay, unlinked), nor the sealed number.
    for (const gone of ['Erasure Wren', alias, clientPostId, ...sealed.map((row) => row.phone)]) expect([gone, await tablesHolding(gone)]).toEqual([gone, []]);
    // The hand-off had not reached the line (its webhook never answered): closed, its excerpt gone,
    // so no retry or redelivery sends it now. The member's words in the thread stay, as "former member".
    const [handoff] = await api.db.dataSource.query(`SELECT id, member_id, phone_ciphertext, status, payload->'excerpt' AS excerpt FROM escalations WHERE partner_id = $1`, [partner.id]);
    expect(handoff).toEqual({ id: expect.any(String), member_id: null, phone_ciphertext: null, status: 'closed', excerpt: null });
    expect(await api.db.dataSource.query(`SELECT status FROM escalation_events WHERE escalation_id = $1 ORDER BY at DESC, id DESC LIMIT 1`, [handoff.id])).toEqual([{ status: 'closed' }]);
    const admin = await withRole(api, await registerMember(api, 'Erasure Alder'), 'admin');
    const redelivered = await rest<{ error: { code: string } }>(api, 'POST', `/api/v1/admin/escalations/${handoff.id}/redeliver`, { token: admin.token });
    expect([redelivered.status, redelivered.body.error.code]).toEqual([404, 'ESCALATION_NOT_FOUND']);
    const read = await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.id}`, { token: other.token });
    expect(read.body.author.displayName).toBe('former member');

    // Redis: whatever still names them (rate-limit counters, typing, a dropped socket's session)
    // expires. The Socket.IO stream is trimmed by age instead (redis-streams-io.adapter.spec).
    const redis = api.app.get<NodeRedisClient>(REDIS_CLIENT);
    const stream = `${api.env.QUEUE_PREFIX}:socket.io`;
    let naming = 0;
    for await (const batch of redis.scanIterator({ MATCH: `${api.env.QUEUE_PREFIX}:*`, COUNT: 500 })) {
      for (const key of batch) {
        if (key === stream) continue;
        const value = (await redis.type(key)) === 'string' ? String(await redis.get(key)) : '';
        if (!`${key} ${value}`.includes(id) && !`${key} ${value}`.toLowerCase().includes('erasure wren')) continue;
        naming += 1;
        const ttl = await redis.ttl(key);
        expect([key, ttl > 0 && ttl <= 3600]).toEqual([key, true]);
      }
    }
    expect(naming).toBeGreaterThan(0);
  });

  it('a member who withdrew a hand-off and then erased their account leaves their id nowhere on the case but the audit log', async () => {
    const leaving = await registerMember(api, 'Erasure Withdrawing Tern');
    const moderator = await withRole(api, await registerMember(api, 'Erasure Mod Alder'), 'moderator');
    const [partner]: Array<{ id: string }> = await api.db.dataSource.query(
      `INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Erasure Withdrawal Line', '{US}', 'http://127.0.0.1:9/hook', 'erasure-secret') RETURNING id`,
    );
    const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: leaving.token, body: { channel: 'phone', phone: '+1 555 010 0161' } });
    expect(asked.status).toBe(201);
    expect((await rest(api, 'POST', `/api/v1/moderation/flags/${asked.body.flagId}/resolve`, { token: moderator.token, body: { action: 'escalate', partnerId: partner.id } })).status).toBe(200);
    expect((await rest(api, 'DELETE', '/api/v1/me/outreach', { token: leaving.token })).status).toBe(200);
    const [{ id: escalationId }]: Array<{ id: string }> = await api.db.dataSource.query(`SELECT id FROM escalations WHERE partner_id = $1`, [partner.id]);
    const steps = async () => (await api.db.dataSource.query(`SELECT status FROM escalation_events WHERE escalation_id = $1 ORDER BY id`, [escalationId])).map((row: { status: string }) => row.status);
    expect(await steps()).toContain('withdrawn');
    // As an earlier release wrote a withdrawal: naming the member as its actor.
    await api.db.dataSource.query(`INSERT INTO escalation_events (escalation_id, status, note, actor_id) VALUES ($1, 'withdrawn', 'Written by an earlier release.', $2)`, [escalationId, leaving.memberId]);

    expect((await rest(api, 'DELETE', '/api/v1/me', { token: leaving.token })).status).toBe(204);

    // The partner keeps its timeline (the withdrawal included), which names no member.
    expect(await steps()).toContain('withdrawn');
    expect((await tablesHolding(leaving.memberId)).filter((table) => !['members', 'flags', 'audit_log'].includes(table))).toEqual([]);
  });

  it('leaves no words linked to the account when replies are still being written as it is erased', async () => {
    const host = await registerMember(api, 'Erasure Host');
    const thread = await rest<{ id: string }>(api, 'POST', '/api/v1/threads', { token: host.token, body: { categorySlug: 'anxiety', title: 'Busy thread', body: 'Reply here.' } });
    const statuses = new Set<number>();
    for (let round = 0; round < 6; round++) {
      const leaving = await registerMember(api, `Leaving Writer ${round}`);
      const replies = Array.from({ length: 8 }, (_, i) =>
        rest(api, 'POST', `/api/v1/threads/${thread.body.id}/posts`, { token: leaving.token, body: { body: `reply ${round}.${i}`, postAs: 'alias' } }).then((response) => response.status),
      );
      const erased = rest(api, 'DELETE', '/api/v1/me', { token: leaving.token }).then((response) => response.status);
      for (const status of await Promise.all([...replies, erased])) statuses.add(status);
      // Whatever each reply was answered, none is theirs any more: no post, alias or follow leads to them.
      const [{ posts }] = await api.db.dataSource.query(`SELECT count(*)::int AS posts FROM posts WHERE author_id = $1`, [leaving.memberId]);
      const [{ aliases }] = await api.db.dataSource.query(`SELECT count(*)::int AS aliases FROM thread_aliases WHERE member_id = $1`, [leaving.memberId]);
      const [{ follows }] = await api.db.dataSource.query(`SELECT count(*)::int AS follows FROM thread_follows WHERE member_id = $1`, [leaving.memberId]);
      expect([round, posts, aliases, follows]).toEqual([round, 0, 0, 0]);
    }
    // Replies answered before the erasure (201), the erasure (204), and replies refused after it (401); never a 500.
    expect([...statuses].every((status) => [201, 204, 401].includes(status))).toBe(true);
  });

  it('leaves no request for help or phone number of the account when they are being made as it is erased', async () => {
    const statuses = new Set<number>();
    for (let round = 0; round < 6; round++) {
      const leaving = await registerMember(api, `Leaving Asker ${round}`);
      const asks = [
        ...Array.from({ length: 3 }, () => rest(api, 'POST', '/api/v1/me/outreach', { token: leaving.token, body: { channel: 'phone', phone: '+1 555 010 0199' } })),
        ...Array.from({ length: 3 }, () => rest(api, 'POST', '/api/v1/me/support-requests', { token: leaving.token, body: {} })),
      ].map((request) => request.then((response) => response.status));
      const erased = rest(api, 'DELETE', '/api/v1/me', { token: leaving.token }).then((response) => response.status);
      for (const status of await Promise.all([...asks, erased])) statuses.add(status);
      const [{ outreach }] = await api.db.dataSource.query(`SELECT count(*)::int AS outreach FROM outreach_requests WHERE member_id = $1`, [leaving.memberId]);
      const [{ open }] = await api.db.dataSource.query(`SELECT count(*)::int AS open FROM flags WHERE content_type = 'member' AND content_id = $1 AND status <> 'resolved'`, [leaving.memberId]);
      expect([round, outreach, open]).toEqual([round, 0, 0]);
    }
    // 201 asked, 200 the same request asked again (already on the queue), 204 erased, 401 after it, 429 too many; never a 500.
    expect([...statuses].filter((status) => ![200, 201, 204, 401, 429].includes(status))).toEqual([]);
  });

  it('answers replies to a member’s thread written as that member erases their account, never with a 500, and leaves them no notice', async () => {
    const statuses = new Set<number>();
    const left: unknown[] = [];
    for (let round = 0; round < 6; round++) {
      const leaving = await registerMember(api, `Leaving Host ${round}`);
      const replier = await registerMember(api, `Staying Replier ${round}`);
      const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: leaving.token, body: { categorySlug: 'anxiety', title: `Leaving soon ${round}`, body: 'Thank you all.' } })).body;
      const replies = Array.from({ length: 6 }, (_, i) =>
        rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: replier.token, body: { body: `we will miss you ${round}.${i}`, ...(i % 2 ? { quotePostId: thread.firstPost.id } : {}) } }).then((response) => response.status),
      );
      const erased = rest(api, 'DELETE', '/api/v1/me', { token: leaving.token }).then((response) => response.status);
      for (const status of await Promise.all([...replies, erased])) statuses.add(status);
      const [{ notices }] = await api.db.dataSource.query(`SELECT count(*)::int AS notices FROM reply_notices WHERE member_id = $1`, [leaving.memberId]);
      if (notices !== 0) left.push({ round, notices });
    }
    expect([...statuses].filter((status) => ![201, 204].includes(status))).toEqual([]);
    expect(left).toEqual([]);
  });

  it('answers reports of a member’s words made as that member erases their account, never with a 500, and leaves no review item naming them', async () => {
    const statuses = new Set<number>();
    const left: unknown[] = [];
    const reporters = await Promise.all(Array.from({ length: 4 }, (_, i) => registerMember(api, `Worried Reader ${i}`)));
    for (let round = 0; round < 6; round++) {
      const leaving = await registerMember(api, `Leaving Poster ${round}`);
      const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: leaving.token, body: { categorySlug: 'anxiety', title: `Reported ${round}`, body: 'Words someone will report.' } })).body;
      const reports = reporters.map((reporter) =>
        rest(api, 'POST', `/api/v1/posts/${thread.firstPost.id}/reports`, { token: reporter.token, body: { reason: 'harassment' } }).then((response) => response.status),
      );
      const erased = rest(api, 'DELETE', '/api/v1/me', { token: leaving.token }).then((response) => response.status);
      for (const status of await Promise.all([...reports, erased])) statuses.add(status);
      const [{ flags }] = await api.db.dataSource.query(`SELECT count(*)::int AS flags FROM flags WHERE author_id = $1`, [leaving.memberId]);
      if (flags !== 0) left.push({ round, flags });
    }
    expect([...statuses].filter((status) => ![200, 201, 204].includes(status))).toEqual([]);
    expect(left).toEqual([]);
  });

  it('answers a moderator acting on a member’s item as that member erases their account, never with a 500, and leaves no warning for them', async () => {
    const moderator = await withRole(api, await registerMember(api, 'Erasure Race Mod'), 'moderator');
    const reporter = await registerMember(api, 'Erasure Race Reporter');
    const statuses = new Set<number>();
    const left: unknown[] = [];
    for (let round = 0; round < 6; round++) {
      const leaving = await registerMember(api, `Leaving Warned ${round}`);
      const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: leaving.token, body: { categorySlug: 'anxiety', title: `Warned ${round}`, body: 'Words a moderator will act on.' } })).body;
      expect((await rest(api, 'POST', `/api/v1/posts/${thread.firstPost.id}/reports`, { token: reporter.token, body: { reason: 'harassment' } })).status).toBe(201);
      const [{ id: flagId }] = await api.db.dataSource.query(`SELECT id FROM flags WHERE content_id = $1`, [thread.firstPost.id]);
      const acted = rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'warn', body: 'Please keep it kind.' } }).then((response) => response.status);
      const erased = rest(api, 'DELETE', '/api/v1/me', { token: leaving.token }).then((response) => response.status);
      for (const status of await Promise.all([acted, erased])) statuses.add(status);
      const [{ warnings }] = await api.db.dataSource.query(`SELECT count(*)::int AS warnings FROM member_warnings WHERE member_id = $1`, [leaving.memberId]);
      if (warnings !== 0) left.push({ round, warnings });
    }
    // The action lands (200) or finds the member gone (409, or 410 once the item names nobody); the erasure 204.
    expect([...statuses].filter((status) => ![200, 204, 409, 410].includes(status))).toEqual([]);
    expect(left).toEqual([]);
  });

  it('refuses a warning, mute or suspension for a writer who erased their account, rather than close the item as if it reached them', async () => {
    const moderator = await withRole(api, await registerMember(api, 'Erasure Gone Mod'), 'moderator');
    const reporter = await registerMember(api, 'Erasure Gone Reporter');
    const leaving = await registerMember(api, 'Leaving Unwarned');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: leaving.token, body: { categorySlug: 'anxiety', title: 'Gone before the review', body: 'Words a moderator reads later.' } })).body;
    expect((await rest(api, 'POST', `/api/v1/posts/${thread.firstPost.id}/reports`, { token: reporter.token, body: { reason: 'harassment' } })).status).toBe(201);
    const [{ id: flagId }] = await api.db.dataSource.query(`SELECT id FROM flags WHERE content_id = $1`, [thread.firstPost.id]);
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: leaving.token })).status).toBe(204);
    for (const body of [{ action: 'warn', body: 'Please keep it kind.' }, { action: 'mute', durationMinutes: 60 }, { action: 'suspend', durationMinutes: 60 }]) {
      const refused = await rest<{ error: { code: string } }>(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body });
      expect([body.action, refused.status, refused.body.error?.code]).toEqual([body.action, 410, 'MEMBER_ERASED']);
    }
    expect(await api.db.dataSource.query(`SELECT status FROM flags WHERE id = $1`, [flagId])).toEqual([{ status: 'open' }]);
    // What still applies does.
    expect((await rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'hide' } })).status).toBe(200);
  });

  it('leaves no reaction, follow, hide or safety plan of the account when they are being made as it is erased', async () => {
    const host = await registerMember(api, 'Erasure Reactions Host');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: host.token, body: { categorySlug: 'anxiety', title: 'React here', body: 'Hugs welcome.' } })).body;
    const statuses = new Set<number>();
    const left: unknown[] = [];
    for (let round = 0; round < 6; round++) {
      const leaving = await registerMember(api, `Leaving Reactor ${round}`);
      const writes = [
        ...(['hug', 'me_too', 'thank_you'] as const).map((kind) => rest(api, 'POST', `/api/v1/posts/${thread.firstPost.id}/reactions`, { token: leaving.token, body: { kind } })),
        rest(api, 'PUT', `/api/v1/threads/${thread.id}/follow`, { token: leaving.token }),
        rest(api, 'POST', '/api/v1/me/hidden-members', { token: leaving.token, body: { postId: thread.firstPost.id } }),
        rest(api, 'PUT', '/api/v1/me/safety-plan', { token: leaving.token, body: { sections: { ...emptySafetyPlanSections(), reasonsToLive: ['My sister'] }, baseUpdatedAt: null } }),
      ].map((request) => request.then((response) => response.status));
      const erased = rest(api, 'DELETE', '/api/v1/me', { token: leaving.token }).then((response) => response.status);
      for (const status of await Promise.all([...writes, erased])) statuses.add(status);
      const [counts] = await api.db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM post_reactions WHERE member_id = $1) AS reactions, (SELECT count(*)::int FROM thread_follows WHERE member_id = $1) AS follows,
                (SELECT count(*)::int FROM member_hides WHERE member_id = $1) AS hides, (SELECT count(*)::int FROM safety_plans WHERE member_id = $1) AS plans`,
        [leaving.memberId],
      );
      if (Object.values(counts).some((n) => n !== 0)) left.push({ round, ...counts });
    }
    // Whatever each write was answered, nothing of theirs is left behind.
    expect(left).toEqual([]);
    expect([...statuses].filter((status) => ![200, 201, 204, 401].includes(status))).toEqual([]);
  });

  it('a request for a moderator left open when its member erases their account closes then, says why, and no chat can be opened with nobody', async () => {
    const leaving = await registerMember(api, 'Erasure Asking Heron');
    const staying = await registerMember(api, 'Erasure Asking Plover');
    const moderator = await withRole(api, await registerMember(api, 'Erasure Mod Cedar'), 'moderator');
    const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: leaving.token });
    const other = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: staying.token });
    expect([asked.status, other.status]).toEqual([201, 201]);
    expect((await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${asked.body.flagId}/claim`, { token: moderator.token })).status).toBe(200);
    const queued = async () => (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.map((item) => item.id);
    expect(await queued()).toEqual(expect.arrayContaining([asked.body.flagId, other.body.flagId]));

    expect((await rest(api, 'DELETE', '/api/v1/me', { token: leaving.token })).status).toBe(204);

    // Off the queue (nobody left to reach), the other member's request untouched.
    expect(await queued()).toContain(other.body.flagId);
    expect(await queued()).not.toContain(asked.body.flagId);
    const item = (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${asked.body.flagId}`, { token: moderator.token })).body;
    expect([item.status, item.claimedBy, item.authorId]).toEqual(['resolved', null, null]);
    expect(item.excerpt).toBe('Asked to talk to a moderator now. They have since erased their account: Lantern can no longer reach them.');
    expect(item.history.at(-1)).toMatchObject({ action: 'member_erased', actor: null, reason: 'The member erased their account: Lantern can no longer reach them.' });
    const chat = await rest<{ error: { code: string } }>(api, 'POST', `/api/v1/moderation/flags/${asked.body.flagId}/support-room`, { token: moderator.token });
    expect([chat.status, chat.body.error.code]).toEqual([410, 'MEMBER_ERASED']);
    expect((await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${other.body.flagId}`, { token: moderator.token })).body.status).toBe('open');
    expect((await rest(api, 'POST', `/api/v1/moderation/flags/${other.body.flagId}/support-room`, { token: moderator.token })).status).toBe(200);
  });

  it('a moderator who leaves: their actions stay in the record as "former moderator", and the items they held are open to others at once', async () => {
    const writer = await registerMember(api, 'Erasure Writer Tern');
    const reporter = await registerMember(api, 'Erasure Reporter Gull');
    const admin = await withRole(api, await registerMember(api, 'Erasure Rowan'), 'admin');
    const leaving = await withRole(api, await registerMember(api, 'Leaving Alder'), 'moderator');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'anxiety', title: 'Erasure: two posts', body: 'The first of two.' } })).body;
    const second = (await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: writer.token, body: { body: 'The second of two.' } })).body;
    const flagOf = async (postId: string) => {
      expect((await rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: reporter.token, body: { reason: 'spam' } })).status).toBe(201);
      const [flag]: Array<{ id: string }> = await api.db.dataSource.query(`SELECT id FROM flags WHERE content_id = $1`, [postId]);
      return flag.id;
    };
    const decided = await flagOf(thread.firstPost.id);
    const held = await flagOf(second.id);
    expect((await rest(api, 'POST', `/api/v1/moderation/flags/${decided}/resolve`, { token: leaving.token, body: { action: 'dismiss', note: 'Not spam.' } })).status).toBe(200);
    expect((await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${held}/claim`, { token: leaving.token })).body.claimedBy).toEqual({ id: leaving.memberId, pseudonym: 'Leaving Alder' });

    expect((await rest(api, 'DELETE', '/api/v1/me', { token: leaving.token })).status).toBe(204);

    const item = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${decided}`, { token: admin.token });
    expect(item.body.history.filter((entry) => entry.actor?.id === leaving.memberId).map((entry) => [entry.action, entry.actor?.pseudonym])).toEqual([['dismiss', 'former moderator']]);
    const audit = await rest<{ items: AuditEntry[] }>(api, 'GET', `/api/v1/moderation/audit?actorId=${leaving.memberId}`, { token: admin.token });
    expect(audit.body.items.map((entry) => [entry.action, entry.actorPseudonym])).toEqual(expect.arrayContaining([['dismiss', null]]));
    // Another moderator can take the item the leaver held, at once.
    const heldNow = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${held}`, { token: admin.token });
    expect([heldNow.body.status, heldNow.body.claimedBy]).toEqual(['open', null]);
    expect((await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${held}/claim`, { token: admin.token })).body.claimedBy?.id).toBe(admin.memberId);
    // The placeholder the erasure put in place of the pseudonym is shown nowhere.
    for (const body of [item.body, audit.body, heldNow.body]) expect(JSON.stringify(body)).not.toMatch(/erased-|Leaving Alder/);
  });
});
