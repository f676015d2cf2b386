import type { ChatMessage, Post, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { holdLocks, untilLockWaiters } from '../../test/support/db-locks';
import { registerMember, rest, withRole, type RestResponse, type Session } from '../../test/support/rest-client';
import { collect, emitAck, TestSockets, type SocketAck } from '../../test/support/socket-client';
import { waitFor } from '../../test/support/worker-process';
// The worker's processors run in this process, so a test can stop one inside its transaction; the
// api itself never imports the worker.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ModerationProcessor } from '../../../worker/src/moderation/moderation.processor';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WebhookProcessor } from '../../../worker/src/partners/webhook.processor';

/**
 * Writes that meet an account erasure at the worst moment, forced rather than hoped for: a third
 * connection holds the leaving member's own post, so the erasure (which holds the account first,
 * then unlinks their posts, messages, items, send window, tokens and hand-offs) stops halfway;
 * the other write is started and seen waiting, then the post is let go. Each write once held a row
 * the erasure needed and waited on the account the erasure held, and PostgreSQL ended one of them
 * as a deadlock (a 500, a failed send, a lost worker record), or stored a row for the erased
 * account. They now hold the accounts they name first (holdNamedMembers), so the erasure finishes
 * and they see the account gone.
 */
describe('writes racing an account erasure (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  const sockets = new TestSockets();

  beforeAll(async () => {
    api = await startApi('erasure_races');
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    sockets.closeAll();
    await api.close();
  });

  afterEach(() => sockets.closeAll());

  const newThread = async (who: Session, title: string, body = 'Some words of mine.'): Promise<Thread> => {
    const made = await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'anxiety', title, body } });
    expect(made.status).toBe(201);
    return made.body;
  };

  const tracked = <T>(promise: Promise<T>) => {
    const state = { settled: false, promise: promise.finally(() => (state.settled = true)) };
    return state;
  };

  const erase = (who: Session): Promise<number> => rest(api, 'DELETE', '/api/v1/me', { token: who.token }).then((response) => response.status);

  /**
   * Erases `leaving` with the erasure stopped at their post `heldPostId`, starts `write` once it
   * waits there, and lets the post go once the write waits too (or has answered).
   */
  async function eraseMidway<T>(leaving: Session, heldPostId: string, write: () => Promise<T>): Promise<{ erased: number; written: T }> {
    const holder = await holdLocks(api, (client) => client.query(`SELECT 1 FROM posts WHERE id = $1 FOR UPDATE`, [heldPostId]));
    try {
      const erasing = tracked(erase(leaving));
      await untilLockWaiters(api, 1, 'the erasure to hold the account and wait at the post');
      const writing = tracked(write());
      await untilLockWaiters(api, 2, 'the write (or writes) to wait for the erasure', () => writing.settled);
      await holder.release('COMMIT');
      const [erased, written] = await Promise.all([erasing.promise, writing.promise]);
      return { erased, written };
    } finally {
      await holder.release();
    }
  }

  const send = (socket: ReturnType<TestSockets['connect']>, body: string, clientMsgId: string): Promise<SocketAck> =>
    emitAck(socket, 'message:send', { room: 'lounge', body, clientMsgId }).catch((error: Error) => ({ ok: false, error: { code: 'NO_ACK', message: error.message } }));

  it('a chat message sent as its sender is erased (who has sent before) is refused, not a 500, and nothing of it stays theirs', async () => {
    const leaving = await registerMember(api, 'Racing Sender Alder');
    const thread = await newThread(leaving, 'Sender thread');
    const socket = await sockets.connected(api, leaving.token);
    expect(await emitAck(socket, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
    // Their send window exists now: the erasure deletes it after holding the account.
    expect((await send(socket, 'an earlier message', 'race-send-1')).ok).toBe(true);
    const { erased, written } = await eraseMidway(leaving, thread.firstPost.id, () => send(socket, 'a message as I leave', 'race-send-2'));
    expect(erased).toBe(204);
    // Refused as from a deleted account, or the socket closed by the erasure first; never stored.
    expect(written.ok).toBe(false);
    expect(['UNAUTHENTICATED', 'NO_ACK']).toContain(written.error?.code);
    const [left] = await api.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM messages WHERE author_id = $1) AS messages, (SELECT count(*)::int FROM chat_send_windows WHERE member_id = $1) AS windows,
              (SELECT count(*)::int FROM messages WHERE body = 'a message as I leave') AS stored`,
      [leaving.memberId],
    );
    expect(left).toEqual({ messages: 0, windows: 0, stored: 0 });
  });

  it('a first chat message sent as its sender is erased is neither stored for the erased account nor shown under their name', async () => {
    const leaving = await registerMember(api, 'Racing Sender Birch');
    const thread = await newThread(leaving, 'First message thread');
    const reader = await registerMember(api, 'Racing Lounge Reader');
    const watching = await sockets.connected(api, reader.token);
    expect(await emitAck(watching, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
    const heard = collect<ChatMessage>(watching, 'message:new');
    const socket = await sockets.connected(api, leaving.token);
    expect(await emitAck(socket, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
    const { erased, written } = await eraseMidway(leaving, thread.firstPost.id, () => send(socket, 'goodbye everyone', 'race-first-1'));
    expect(erased).toBe(204);
    expect(written.ok).toBe(false);
    // Had it been shown, the reader would have it before a message sent after its answer.
    const later = await sockets.connected(api, reader.token);
    expect(await emitAck(later, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
    expect((await send(later, 'still here', 'race-first-2')).ok).toBe(true);
    await waitFor(async () => heard.some((message) => message.body === 'still here'), 5_000, 'the reader to hear the later message');
    expect(heard.map((message) => message.body)).toEqual(['still here']);
    const [left] = await api.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM messages WHERE body = 'goodbye everyone') AS stored, (SELECT count(*)::int FROM chat_send_windows WHERE member_id = $1) AS windows`,
      [leaving.memberId],
    );
    expect(left).toEqual({ stored: 0, windows: 0 });
  });

  it('chat messages sent while their sender is erased, unforced: every one answered (none a 500), none left theirs', async () => {
    const outcomes = new Set<string>();
    const left: unknown[] = [];
    for (let round = 0; round < 6; round++) {
      const leaving = await registerMember(api, `Racing Chatter ${round}`);
      const socket = await sockets.connected(api, leaving.token);
      expect(await emitAck(socket, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
      if (round % 2 === 0) expect((await send(socket, 'hello', `race-many-${round}-0`)).ok).toBe(true);
      // Four and the first: inside the burst limit (5 in 10 s), so every refusal is the erasure's.
      const sends = Array.from({ length: 4 }, (_, i) => send(socket, `message ${round}.${i}`, `race-many-${round}-${i + 1}`).then((ack) => (ack.ok ? 'ok' : (ack.error?.code ?? '?'))));
      for (const outcome of await Promise.all([...sends, erase(leaving).then((status) => `erase ${status}`)])) outcomes.add(outcome);
      const [{ n }] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1`, [leaving.memberId]);
      if (n !== 0) left.push({ round, messagesStillTheirs: n });
      sockets.closeAll();
    }
    expect([...outcomes].filter((outcome) => !['ok', 'UNAUTHENTICATED', 'NO_ACK', 'erase 204'].includes(outcome))).toEqual([]);
    expect(left).toEqual([]);
  });

  it('a report of a chat message made as its writer is erased is taken, not a 500, and the item names nobody', async () => {
    const writer = await registerMember(api, 'Racing Chat Writer');
    const reporter = await registerMember(api, 'Racing Chat Reporter');
    const thread = await newThread(writer, 'Writer thread');
    const socket = await sockets.connected(api, writer.token);
    expect(await emitAck(socket, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
    const said = await send(socket, 'words someone will report', 'race-report-1');
    expect(said.ok).toBe(true);
    const { erased, written } = await eraseMidway(writer, thread.firstPost.id, () =>
      rest(api, 'POST', `/api/v1/rooms/lounge/messages/${said.id}/reports`, { token: reporter.token, body: { reason: 'harassment' } }),
    );
    expect([erased, written.status]).toEqual([204, 201]);
    expect(await api.db.dataSource.query(`SELECT author_id FROM flags WHERE content_id = $1`, [said.id])).toEqual([{ author_id: null }]);
  });

  it('a moderator replying under a reported post while the thread starter is erased answers, not a 500, and leaves the starter no notice', async () => {
    const starter = await registerMember(api, 'Racing Thread Starter');
    const replier = await registerMember(api, 'Racing Replier');
    const reporter = await registerMember(api, 'Racing Reply Reporter');
    const moderator = await withRole(api, await registerMember(api, 'Racing Mod Hazel'), 'moderator');
    const thread = await newThread(starter, 'Starter thread');
    const reply = await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: replier.token, body: { body: 'A reply someone reports.' } });
    expect(reply.status).toBe(201);
    expect((await rest(api, 'POST', `/api/v1/posts/${reply.body.id}/reports`, { token: reporter.token, body: { reason: 'spam' } })).status).toBe(201);
    const [{ id: flagId }] = await api.db.dataSource.query(`SELECT id FROM flags WHERE content_id = $1`, [reply.body.id]);
    const { erased, written } = await eraseMidway(starter, thread.firstPost.id, () =>
      rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'keep', body: 'Thanks all, let us keep it kind.' } }),
    );
    expect([erased, written.status]).toEqual([204, 200]);
    const [counts] = await api.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM reply_notices WHERE member_id = $1) AS starter, (SELECT count(*)::int FROM reply_notices WHERE member_id = $2) AS replier`,
      [starter.memberId, replier.memberId],
    );
    // The replier, whose post the moderator quoted, is told; the erased starter is not.
    expect(counts).toEqual({ starter: 0, replier: 1 });
  });

  it('a session refreshed (another tab) as its account is erased is refused with 401, not a 500, and no token is left', async () => {
    const leaving = await registerMember(api, 'Racing Refresher Rowan');
    const thread = await newThread(leaving, 'Refresh thread');
    const { erased, written } = await eraseMidway(leaving, thread.firstPost.id, () => rest(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: leaving.refreshToken } }));
    expect(erased).toBe(204);
    expect(written).toMatchObject({ status: 401, body: { error: { code: 'TOKEN_INVALID' } } });
    expect(await api.db.dataSource.query(`SELECT id FROM refresh_tokens WHERE member_id = $1`, [leaving.memberId])).toEqual([]);
  });

  it('a member hidden as they are erased: the hide is answered 404, not kept for the erased account', async () => {
    const leaving = await registerMember(api, 'Racing Hidden Wren');
    const viewer = await registerMember(api, 'Racing Hiding Finch');
    const thread = await newThread(leaving, 'Hidden thread');
    const { erased, written } = await eraseMidway(leaving, thread.firstPost.id, () =>
      rest(api, 'POST', '/api/v1/me/hidden-members', { token: viewer.token, body: { postId: thread.firstPost.id } }),
    );
    expect(erased).toBe(204);
    expect(written).toMatchObject({ status: 404, body: { error: { code: 'MEMBER_NOT_FOUND' } } });
    expect(await api.db.dataSource.query(`SELECT id FROM member_hides WHERE member_id = $1`, [viewer.memberId])).toEqual([]);
  });

  it('the worker classifying a crisis post as its writer is erased: both finish, and no notice or item leads to the writer', async () => {
    const writer = await registerMember(api, 'Racing Crisis Writer');
    const thread = await newThread(writer, 'Tonight', 'I want to end my life tonight. I have the pills ready and I have said goodbye.');
    const postId = thread.firstPost.id;
    const processor = new ModerationProcessor(api.db.dataSource);
    // A result row being written elsewhere stops the worker inside its transaction, with the post
    // read; the erasure then starts and must wait for it, not the other way round as well.
    const holder = await holdLocks(api, (client) =>
      client.query(`INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk) VALUES ('post', $1, 1, false, false, 'none')`, [postId]),
    );
    let erased: number;
    let job: string;
    try {
      const classifying = tracked(
        processor.process({ name: 'classify', id: 'race-classify', data: { contentType: 'post', contentId: postId, version: 1 } } as never).then(
          (outcome) => `done: ${String(outcome)}`,
          (error: Error) => `failed: ${error.message}`,
        ),
      );
      await untilLockWaiters(api, 1, 'the worker to wait at the result row');
      const erasing = tracked(erase(writer));
      await untilLockWaiters(api, 2, 'the erasure to wait for the worker', () => erasing.settled);
      await holder.release();
      [erased, job] = await Promise.all([erasing.promise, classifying.promise]);
    } finally {
      await holder.release();
    }
    expect([erased, job]).toEqual([204, 'done: classified']);
    const [left] = await api.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM crisis_notices WHERE member_id = $1) AS notices, (SELECT count(*)::int FROM flags WHERE author_id = $1) AS items,
              (SELECT count(*)::int FROM flags WHERE content_id = $2 AND kind = 'crisis') AS crisis_items`,
      [writer.memberId, postId],
    );
    // Moderators still see the crisis post to review, under nobody's name.
    expect(left).toEqual({ notices: 0, items: 0, crisis_items: 1 });
  });

  it('the worker recording a failed hand-off as its member is erased: recorded (event, audit line), no deadlock, no request opened for nobody', async () => {
    const leaving = await registerMember(api, 'Racing Handoff Member');
    const moderator = await withRole(api, await registerMember(api, 'Racing Mod Ash'), 'moderator');
    const thread = await newThread(leaving, 'Handoff thread');
    const [partner] = await api.db.dataSource.query(
      `INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Racing Line', '{US}', 'http://127.0.0.1:9/hook', 'race-secret') RETURNING id`,
    );
    const asked: RestResponse<{ flagId: string }> = await rest(api, 'POST', '/api/v1/me/outreach', { token: leaving.token, body: { channel: 'phone', phone: '+1 555 010 0142' } });
    expect(asked.status).toBe(201);
    expect((await rest(api, 'POST', `/api/v1/moderation/flags/${asked.body.flagId}/resolve`, { token: moderator.token, body: { action: 'escalate', partnerId: partner.id } })).status).toBe(200);
    const [{ id: escalationId }] = await api.db.dataSource.query(`SELECT id FROM escalations WHERE member_id = $1`, [leaving.memberId]);
    const processor = new WebhookProcessor(api.db.dataSource, api.env);
    const { erased, written } = await eraseMidway(leaving, thread.firstPost.id, () =>
      processor.deadLetter({ data: { escalationId, delivery: 1 }, attemptsMade: 8 } as never, 'the partner answered 503').then(
        () => 'recorded',
        (error: Error) => `failed: ${error.message}`,
      ),
    );
    expect([erased, written]).toEqual([204, 'recorded']);
    const events = await api.db.dataSource.query(`SELECT status FROM escalation_events WHERE escalation_id = $1 ORDER BY id`, [escalationId]);
    expect(events.map((event: { status: string }) => event.status)).toContain('delivery_failed');
    const [left] = await api.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM audit_log WHERE action = 'partner_delivery_failed' AND target_id = $1) AS audited,
              (SELECT count(*)::int FROM flags WHERE content_type = 'member' AND content_id = $2 AND status <> 'resolved') AS open_requests`,
      [escalationId, leaving.memberId],
    );
    expect(left).toEqual({ audited: 1, open_requests: 0 });
  });

  it('the worker reading crisis in refused words, or in a report’s note, as their writer is erased: both finish, and no item is opened for nobody', async () => {
    const leaving = await registerMember(api, 'Racing Paused Member');
    const thread = await newThread(leaving, 'Paused thread');
    const words = 'I can’t do this any more, I want to die tonight';
    const [withheld] = await api.db.dataSource.query(`INSERT INTO withheld_words (member_id, place, why, body) VALUES ($1, 'chat', 'muted', $2) RETURNING id`, [leaving.memberId, words]);
    const someone = await registerMember(api, 'Racing Reported Writer');
    const reported = await newThread(someone, 'Reported thread');
    const report = await rest<{ id: string }>(api, 'POST', `/api/v1/posts/${reported.firstPost.id}/reports`, { token: leaving.token, body: { reason: 'other', note: `I feel the same, ${words}` } });
    expect(report.status).toBe(201);
    const processor = new ModerationProcessor(api.db.dataSource);
    const job = (name: string, data: unknown) =>
      processor.process({ name, id: `race-${name}`, data } as never).then(
        (outcome) => `done: ${String(outcome)}`,
        (error: Error) => `failed: ${error.message}`,
      );
    const { erased, written } = await eraseMidway(leaving, thread.firstPost.id, () =>
      Promise.all([job('withheld-words', { withheldId: withheld.id }), job('report-note', { reportKind: 'post', reportId: report.body.id })]),
    );
    // The erasure went first: the words are gone with the account, and the note names nobody now.
    expect([erased, written]).toEqual([204, ['done: gone', 'done: gone']]);
    const [left] = await api.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM withheld_words WHERE member_id = $1) AS words,
              (SELECT count(*)::int FROM flags WHERE content_type = 'member' AND content_id = $1) AS items,
              (SELECT count(*)::int FROM crisis_notices WHERE member_id = $1) AS notices`,
      [leaving.memberId],
    );
    expect(left).toEqual({ words: 0, items: 0, notices: 0 });
  });

  it('a deadlock nobody foresaw is answered 503 with Retry-After, not a 500, and the same reply then goes through', async () => {
    const starter = await registerMember(api, 'Contended Starter');
    const replier = await registerMember(api, 'Contended Replier');
    const thread = await newThread(starter, 'Contended thread');
    // A third connection takes the thread, then (once the reply holds the starter and waits for
    // the thread) the starter's account: a circle PostgreSQL ends by failing the reply, which
    // waited first.
    const holder = await holdLocks(api, (client) => client.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [thread.id]));
    let answered: Response;
    try {
      const replying = fetch(`${api.baseUrl}/api/v1/threads/${thread.id}/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${replier.token}` },
        body: JSON.stringify({ body: 'I hear you.' }),
      });
      await untilLockWaiters(api, 1, 'the reply to wait for the thread');
      const circling = holder.query(`SELECT 1 FROM members WHERE id = $1 FOR UPDATE`, [starter.memberId]);
      answered = await replying;
      await circling;
    } finally {
      await holder.release();
    }
    expect([answered.status, answered.headers.get('retry-after')]).toEqual([503, '1']);
    expect(await answered.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 1 } } });
    expect(await api.db.dataSource.query(`SELECT id FROM posts WHERE body = 'I hear you.'`)).toEqual([]);
    const again = await rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: replier.token, body: { body: 'I hear you.' } });
    expect(again.status).toBe(201);
  });
});
