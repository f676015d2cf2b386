import { io, type Socket } from 'socket.io-client';
import { CHAT_LIMITS, type ChatMessage, type MessageHeldEvent, type MessageRemovedEvent, type QueueItem, type RoomSummary, type RoomUpdatedEvent, type TakeBackResult } from '@lantern/contracts';
import type { Pool } from 'pg';
import { CHAT_SEND_POOL } from './chat.service';
import { AccessTokenService } from '../auth/access-token.service';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { endLockWaiters, holdLocks, untilLockWaiters } from '../../test/support/db-locks';
import { changeBehindTokens, registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';
import { queuedForModeration, supportSignals, waitUntilQueued } from '../../test/support/moderation-queue';
import { collect, connected, emitAck, TestSockets, type SocketAck } from '../../test/support/socket-client';

type Ack = SocketAck;

const sockets = new TestSockets();
const connect = (api: ApiHarness, token: string | undefined): Socket => sockets.connect(api, token);
const emit = emitAck;

describe('chat over Socket.IO across two api nodes (real PostgreSQL, Redis and socket.io-client)', () => {
  let node1: ApiHarness;
  let node2: ApiHarness;
  let worker: WorkerProcess;
  let alice: Session;
  let bob: Session;
  let moderator: Session;
  let carol: Session;

  beforeAll(async () => {
    node1 = await startApi('chat');
    node2 = await startApiNode(node1.db, node1.env);
    worker = startWorker({ DATABASE_URL: node1.env.DATABASE_URL, REDIS_URL: node1.env.REDIS_URL, QUEUE_PREFIX: node1.env.QUEUE_PREFIX, WORKER_CONCURRENCY: '2' });
    alice = await registerMember(node1, 'Alice Owl');
    bob = await registerMember(node1, 'Bob Wren');
    carol = await registerMember(node1, 'Carol Finch');
    moderator = await withRole(node1, await registerMember(node1, 'Mod Lark'), 'moderator');
  });

  /** A fresh burst allowance for everyone; the limit itself has its own test. */
  async function resetBurstLimits(): Promise<void> {
    await node1.db.dataSource.query(`DELETE FROM chat_send_windows`);
  }

  afterEach(async () => {
    sockets.closeAll();
    await resetBurstLimits();
  });

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await node2.close();
    await node1.close();
  });

  it('refuses a handshake without a valid token, with a clear connect_error', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const socket = connect(node1, token);
      const error = await new Promise<Error & { data?: { code: string } }>((resolve) => socket.once('connect_error', resolve));
      expect(error.data?.code).toMatch(/UNAUTHENTICATED|TOKEN_INVALID/);
      expect(error.message.length).toBeGreaterThan(10);
      socket.disconnect();
    }
  });

  it('joins a seeded room with its history, and answers bad requests with coded errors while staying up', async () => {
    const socket = await connected(connect(node1, alice.token));
    const joined = await emit(socket, 'room:join', { room: 'lounge' });
    expect(joined.ok).toBe(true);
    expect(Array.isArray(joined.messages)).toBe(true);
    expect(joined.online).toBeGreaterThanOrEqual(1);
    expect((await emit(socket, 'room:join', { room: 'nowhere' })).error?.code).toBe('ROOM_NOT_FOUND');
    expect((await emit(socket, 'room:join', 'lounge')).error?.code).toBe('VALIDATION_FAILED');
    expect((await emit(socket, 'room:join', { room: 'lounge', extra: { $gt: 1 } })).error?.code).toBe('VALIDATION_FAILED');
    expect((await emit(socket, 'dance', { please: true })).error?.code).toBe('UNKNOWN_EVENT');
    expect((await emit(socket, 'message:send', { room: 'night-owls', body: 'hi', clientMsgId: 'x1' })).error?.code).toBe('NOT_IN_ROOM');
    expect((await emit(socket, 'message:send', { room: 'lounge', body: 'x'.repeat(2001), clientMsgId: 'x2' })).error?.code).toBe('VALIDATION_FAILED');
    // Two different lone halves of an emoji would be mended to one id: refused, so no message is taken for another's resend.
    expect((await emit(socket, 'message:send', { room: 'lounge', body: 'hi', clientMsgId: '\ud800' })).error?.code).toBe('VALIDATION_FAILED');
    // A NUL character, which PostgreSQL cannot store, in the text or the id: refused, nothing stored.
    for (const [body, clientMsgId] of [['before\u0000after', 'nul-1'], ['fine', 'nul\u00002']]) {
      expect((await emit(socket, 'message:send', { room: 'lounge', body, clientMsgId })).error?.code).toBe('VALIDATION_FAILED');
    }
    const [{ nul }] = await node1.db.dataSource.query(`SELECT count(*)::int AS nul FROM messages WHERE client_msg_id LIKE 'nul%'`);
    expect(nul).toBe(0);
    expect(socket.connected).toBe(true);

    const rooms = await rest<{ items: RoomSummary[] }>(node1, 'GET', '/api/v1/rooms', { token: bob.token });
    expect(rooms.body.items.map((room) => room.slug)).toEqual(['lounge', 'night-owls', 'anxiety-check-in', 'grief-circle']);
    expect(rooms.body.items[0].online).toBeGreaterThanOrEqual(1);
  });

  it('answers an event sent with no payload or with extra arguments, and serves a join and a leave in the order sent', async () => {
    const socket = await connected(connect(node1, (await registerMember(node1, 'Orderly Heron')).token));
    // Only a callback, no payload: answered, never left waiting for a timeout.
    const bare = (await socket.timeout(5000).emitWithAck('room:join')) as SocketAck;
    expect(bare.error?.code).toBe('VALIDATION_FAILED');
    // The payload is the first argument and the callback the last, whatever comes between.
    const extra = (await socket.timeout(5000).emitWithAck('room:join', { room: 'lounge' }, 'and', 'more')) as SocketAck;
    expect(extra).toMatchObject({ ok: true, online: expect.any(Number) });
    expect((await emit(socket, 'room:leave', { room: 'lounge' })).ok).toBe(true);

    // A leave sent while its join still waits on the database is served after it: out of the room.
    for (let round = 0; round < 5; round++) {
      const [joined, left] = await Promise.all([emit(socket, 'room:join', { room: 'grief-circle' }), emit(socket, 'room:leave', { room: 'grief-circle' })]);
      expect([joined.ok, left.ok]).toEqual([true, true]);
      expect((await emit(socket, 'message:send', { room: 'grief-circle', body: 'still here?', clientMsgId: `order-${round}` })).error?.code).toBe('NOT_IN_ROOM');
    }
    // And a join after a leave leaves it in.
    const [left, joined] = await Promise.all([emit(socket, 'room:leave', { room: 'grief-circle' }), emit(socket, 'room:join', { room: 'grief-circle' })]);
    expect([left.ok, joined.ok]).toEqual([true, true]);
    expect((await emit(socket, 'message:send', { room: 'grief-circle', body: 'back in', clientMsgId: 'order-in' })).ok).toBe(true);
    expect(socket.connected).toBe(true);
  });

  it('counts people in a room, not their tabs: a member in it on two nodes at once is one online, and still there when one tab closes', async () => {
    const room = 'anxiety-check-in';
    const onlineListed = async (session: Session) => (await rest<{ items: RoomSummary[] }>(node2, 'GET', '/api/v1/rooms', { token: session.token })).body.items.find((listed) => listed.slug === room)?.online;
    const [dana, erin] = [await registerMember(node1, 'Dana Tern'), await registerMember(node1, 'Erin Swift')];
    await waitFor(async () => (await onlineListed(dana)) === 0, 5_000, 'the room empty of earlier tests');
    // Dana has the room open in a tab and on her phone (each on its own node); Erin joins after.
    const [tab, phone, erinTab] = [await connected(connect(node1, dana.token)), await connected(connect(node2, dana.token)), await connected(connect(node1, erin.token))];
    expect((await emit(tab, 'room:join', { room })).online).toBe(1);
    expect((await emit(phone, 'room:join', { room })).online).toBe(1);
    const erinHears = collect<{ room: string; online: number }>(erinTab, 'presence');
    expect((await emit(erinTab, 'room:join', { room })).online).toBe(2);
    expect(await onlineListed(erin)).toBe(2);
    // Dana closes her phone: she is still in the room in her tab, and Erin is told two, not one.
    const heardBefore = erinHears.length;
    phone.disconnect();
    await waitFor(async () => erinHears.length > heardBefore, 5_000, 'the presence after a tab closed');
    expect(erinHears.at(-1)).toEqual({ room, online: 2 });
    // Her last tab leaves: Erin is alone, and told so.
    expect((await emit(tab, 'room:leave', { room })).ok).toBe(true);
    await waitFor(async () => erinHears.at(-1)?.online === 1, 5_000, 'the presence after the last tab left');
    expect(await onlineListed(erin)).toBe(1);
    // Leaving again, a room it is not in: the room is told nothing (no count said to everyone for
    // each such leave, sent over and over).
    const heardThen = erinHears.length;
    for (let i = 0; i < 3; i++) expect((await emit(tab, 'room:leave', { room })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(erinHears.length).toBe(heardThen);
  });

  it('lists with each room the newest message someone else said that the reader may see: never their own, nor one from a member they hid, nor one taken out', async () => {
    const [dana, eli] = [await registerMember(node1, 'Dana Plover'), await registerMember(node1, 'Eli Tern')];
    const [d, e] = await Promise.all([dana, eli].map((session) => connected(connect(node1, session.token))));
    for (const socket of [d, e]) await emit(socket, 'room:join', { room: 'grief-circle' });
    const latestFor = async (session: Session) =>
      (await rest<{ items: RoomSummary[] }>(node2, 'GET', '/api/v1/rooms', { token: session.token })).body.items.find((listed) => listed.slug === 'grief-circle')?.latest;
    const storedAt = async (id: string) => ((await node1.db.dataSource.query(`SELECT created_at FROM messages WHERE id = $1`, [id]))[0].created_at as Date).toISOString();

    const fromDana = await emit(d, 'message:send', { room: 'grief-circle', body: 'Thinking of my dad today.', clientMsgId: 'latest-1' });
    expect(await latestFor(eli)).toEqual({ id: fromDana.id, createdAt: await storedAt(String(fromDana.id)) });
    const danaSawBefore = await latestFor(dana);
    expect(danaSawBefore?.id).not.toBe(fromDana.id);
    const fromEli = await emit(e, 'message:send', { room: 'grief-circle', body: 'Sending you strength.', clientMsgId: 'latest-2' });
    expect(await latestFor(dana)).toEqual({ id: fromEli.id, createdAt: await storedAt(String(fromEli.id)) });
    // Dana hides Eli: his words are not new to her; nor is a message a moderator took out, for Eli.
    expect((await rest(node1, 'POST', '/api/v1/me/hidden-members', { token: dana.token, body: { messageId: fromEli.id } })).status).toBe(201);
    expect(await latestFor(dana)).toEqual(danaSawBefore);
    // A moderator of its own: another test reads the shared moderator's audit rows.
    const remover = await withRole(node1, await registerMember(node1, 'Mod Gannet'), 'moderator');
    expect((await rest(node1, 'DELETE', `/api/v1/rooms/grief-circle/messages/${fromDana.id}`, { token: remover.token })).status).toBe(204);
    expect((await latestFor(eli))?.id).not.toBe(fromDana.id);
  });

  it('tells only the sender its clientMsgId, acks before the room hears it, and refuses a clientMsgId already used for other words', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    for (const socket of [a, b]) await emit(socket, 'room:join', { room: 'anxiety-check-in' });
    const heardByB = collect<ChatMessage>(b, 'message:new');
    const order: string[] = [];
    a.on('message:new', (message: ChatMessage) => order.push(`message:new ${message.id}`));
    // Recorded in the callback itself: an awaited ack resumes a microtask later, after packets read in the same tick.
    const sent = await new Promise<SocketAck>((resolve) =>
      a.emit('message:send', { room: 'anxiety-check-in', body: 'my own words', clientMsgId: 'private-id-1' }, (ack: SocketAck) => {
        order.push(`ack ${ack.id}`);
        resolve(ack);
      }),
    );
    await waitFor(async () => heardByB.length === 1 && order.length === 2, 5000, 'the message in the room');
    expect(order).toEqual([`ack ${sent.id}`, `message:new ${sent.id}`]);
    expect(heardByB[0]).toMatchObject({ id: sent.id, body: 'my own words' });
    expect(heardByB[0]).not.toHaveProperty('clientMsgId');
    // The writer reads it back with its clientMsgId; anyone else without.
    const history = async (who: Session) => (await rest<{ items: ChatMessage[] }>(node1, 'GET', '/api/v1/rooms/anxiety-check-in/messages', { token: who.token })).body.items.find((m) => m.id === sent.id);
    expect((await history(alice))?.clientMsgId).toBe('private-id-1');
    expect(await history(bob)).not.toHaveProperty('clientMsgId');

    // The same clientMsgId with other words, or in another room, is no resend: refused, nothing stored.
    await emit(a, 'room:join', { room: 'lounge' });
    expect((await emit(a, 'message:send', { room: 'lounge', body: 'my own words', clientMsgId: 'private-id-1' })).error?.code).toBe('CLIENT_MSG_ID_REUSED');
    expect((await emit(a, 'message:send', { room: 'anxiety-check-in', body: 'other words', clientMsgId: 'private-id-1' })).error?.code).toBe('CLIENT_MSG_ID_REUSED');
    expect(await emit(a, 'message:send', { room: 'anxiety-check-in', body: 'my own words', clientMsgId: 'private-id-1' })).toMatchObject({ ok: true, id: sent.id, duplicate: true });
    const stored = await node1.db.dataSource.query(`SELECT body FROM messages WHERE author_id = $1 AND client_msg_id = 'private-id-1'`, [alice.memberId]);
    expect(stored).toEqual([{ body: 'my own words' }]);

    // Half an emoji is stored and sent as U+FFFD: what the room hears is what its history says.
    const half = await emit(a, 'message:send', { room: 'anxiety-check-in', body: 'moon \ud83c', clientMsgId: 'half-1' });
    await waitFor(async () => heardByB.some((m) => m.id === half.id), 5000, 'the second message');
    expect(heardByB.find((m) => m.id === half.id)).toMatchObject({ id: half.id, body: 'moon \ufffd' });
    // Every copy the room heard (the resend's too) keeps the clientMsgId the sender's alone.
    expect(heardByB.filter((m) => 'clientMsgId' in m)).toEqual([]);
    const readBack = await rest<{ items: ChatMessage[] }>(node1, 'GET', '/api/v1/rooms/anxiety-check-in/messages', { token: bob.token });
    expect(readBack.body.items.find((m) => m.id === half.id)?.body).toBe('moon \ufffd');
    expect(await emit(a, 'message:send', { room: 'anxiety-check-in', body: 'moon \ud83c', clientMsgId: 'half-1' })).toMatchObject({ ok: true, id: half.id, duplicate: true });
  });

  it('delivers a message sent on one node to a client on the other, persisted once, even when resent', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    const received = collect<ChatMessage>(b, 'message:new');
    await emit(a, 'room:join', { room: 'night-owls' });
    await emit(b, 'room:join', { room: 'night-owls' });
    const sent = await emit(a, 'message:send', { room: 'night-owls', body: 'Anyone else awake?', clientMsgId: 'alice-1' });
    expect(sent).toMatchObject({ ok: true, duplicate: false });
    await waitFor(async () => received.length === 1, 5000, 'the message on node 2');
    expect(received[0]).toMatchObject({ id: sent.id, room: 'night-owls', body: 'Anyone else awake?', author: { displayName: 'Alice Owl' } });

    const again = await emit(a, 'message:send', { room: 'night-owls', body: 'Anyone else awake?', clientMsgId: 'alice-1' });
    expect(again).toMatchObject({ ok: true, id: sent.id, duplicate: true });
    const rows = await node1.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id = 'alice-1'`);
    expect(rows[0].n).toBe(1);
    // Through the outbox to the moderation queue, once: the resend added nothing.
    const queued = await waitUntilQueued(node1, [String(sent.id)]);
    expect(queued.get(String(sent.id))).toBe(1);
    expect((await queuedForModeration(node1)).find((item) => item.contentId === sent.id)).toEqual({ contentType: 'message', contentId: sent.id, version: 1 });
    // The room hears the resend again (its first broadcast may have been lost with the answer): the same message, by id.
    await waitFor(async () => received.length === 2, 5000, 'the resend heard again');
    expect(received.map((message) => message.id)).toEqual([sent.id, sent.id]);

    const history = await rest<{ items: ChatMessage[] }>(node2, 'GET', '/api/v1/rooms/night-owls/messages', { token: bob.token });
    expect(history.body.items.map((m) => m.id)).toContain(sent.id);
  });

  it("takes back a message whose answer never came (\"Don't send\"): found when an attempt stored it first; otherwise no attempt of it is ever stored, however late it arrives", async () => {
    const a = await connected(connect(node1, alice.token));
    await emit(a, 'room:join', { room: 'lounge' });
    // Asked of the other node, as a tab whose connection came back elsewhere would.
    const takeBack = (clientMsgId: unknown, who: Session = alice, room = 'lounge') => rest<TakeBackResult>(node2, 'POST', `/api/v1/rooms/${room}/take-backs`, { token: who.token, body: { clientMsgId } });
    const storedUnder = async (clientMsgId: string): Promise<number> =>
      (await node1.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1 AND client_msg_id = $2`, [alice.memberId, clientMsgId]))[0].n;

    // Stored already: answered with it, as the room's history gives it to its writer, and left as it is.
    const sent = await emit(a, 'message:send', { room: 'lounge', body: 'Said before I took it back', clientMsgId: 'tb-stored' });
    const found = await takeBack('tb-stored');
    expect([found.status, found.body]).toEqual([
      200,
      { sent: true, message: expect.objectContaining({ id: sent.id, room: 'lounge', body: 'Said before I took it back', clientMsgId: 'tb-stored', author: expect.objectContaining({ isYou: true }) }) },
    ]);
    expect(await emit(a, 'message:send', { room: 'lounge', body: 'Said before I took it back', clientMsgId: 'tb-stored' })).toMatchObject({ ok: true, id: sent.id, duplicate: true });
    // Asked from another room it is still sent, but not shown there; another member's take-back
    // of the same clientMsgId is about their own messages only.
    expect((await takeBack('tb-stored', alice, 'night-owls')).body).toEqual({ sent: true, message: null });
    expect((await takeBack('tb-stored', bob)).body).toEqual({ sent: false });
    expect(await emit(a, 'message:send', { room: 'lounge', body: 'Said before I took it back', clientMsgId: 'tb-stored' })).toMatchObject({ ok: true, id: sent.id, duplicate: true });

    // Never arrived: an attempt that comes after is refused and stores nothing. Asked again, the same answer.
    expect((await takeBack('tb-late')).body).toEqual({ sent: false });
    expect((await takeBack('tb-late')).body).toEqual({ sent: false });
    const late = await emit(a, 'message:send', { room: 'lounge', body: 'Arrived late', clientMsgId: 'tb-late' });
    expect(late.error?.code).toBe('MESSAGE_TAKEN_BACK');
    expect(await storedUnder('tb-late')).toBe(0);

    // On its way, held up in the database before it looked for a mark (the sender's row held by
    // another transaction): the take-back answers at once, and the attempt, let go, stores nothing.
    const member = await holdLocks(node1, (client) => client.query(`SELECT 1 FROM members WHERE id = $1 FOR UPDATE`, [alice.memberId]));
    let slow: Promise<Ack> | undefined;
    try {
      slow = emit(a, 'message:send', { room: 'lounge', body: 'Slow to arrive', clientMsgId: 'tb-slow' });
      await untilLockWaiters(node1, 1, 'the send to wait on its sender');
      expect((await takeBack('tb-slow')).body).toEqual({ sent: false });
    } finally {
      await member.release();
    }
    expect((await slow).error?.code).toBe('MESSAGE_TAKEN_BACK');
    expect(await storedUnder('tb-slow')).toBe(0);

    // On its way and past its look (its insert waits on the room's row): the take-back waits for
    // the attempt to commit, and answers with the message it stored.
    const room = await holdLocks(node1, (client) => client.query(`SELECT 1 FROM rooms WHERE slug = 'lounge' FOR UPDATE`));
    let racing: Promise<Ack> | undefined;
    let asked: ReturnType<typeof takeBack> | undefined;
    try {
      racing = emit(a, 'message:send', { room: 'lounge', body: 'Stored as I took it back', clientMsgId: 'tb-race' });
      await untilLockWaiters(node1, 1, 'the send to wait on the room');
      let answered = false;
      asked = takeBack('tb-race').finally(() => (answered = true));
      await untilLockWaiters(node1, 2, 'the take-back to wait on the send', () => answered);
    } finally {
      await room.release();
    }
    const stored = await racing;
    expect(stored).toMatchObject({ ok: true, duplicate: false });
    expect((await asked)?.body).toEqual({ sent: true, message: expect.objectContaining({ id: stored.id, clientMsgId: 'tb-race' }) });
    expect(await storedUnder('tb-race')).toBe(1);

    // Bad input is a coded 400.
    for (const clientMsgId of ['', 'x'.repeat(65), 7]) {
      const bad = await takeBack(clientMsgId);
      expect([bad.status, (bad.body as unknown as { error: { code: string } }).error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }

    // A loop of take-backs is paused (each leaves a row), and nobody else is.
    const looping = await registerMember(node1, 'Looping Godwit');
    for (let i = 0; i < CHAT_LIMITS.takeBacksPerMinute; i++) expect((await takeBack(`tb-loop-${i}`, looping)).status).toBe(200);
    const paused = await takeBack('tb-loop-over', looping);
    expect([paused.status, (paused.body as unknown as { error: { code: string } }).error.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await takeBack('tb-not-looping')).status).toBe(200);

    // The lock and the look for a mark are only sound under read committed: any other isolation is refused, loudly.
    const repeatable = await holdLocks(node1, (client) => client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ'));
    try {
      await expect(repeatable.query(`SELECT chat_send_may_store($1, 'tb-isolation')`, [alice.memberId])).rejects.toThrow('chat_send_may_store needs read committed, not repeatable read');
    } finally {
      await repeatable.release();
    }
  });

  it('takes the take-back locks of a shared send statement in member order, so two nodes resending the same messages in opposite orders never wait on each other in a circle', async () => {
    // A member of their own holds each node's statement up (others count what they stored).
    const ibis = await registerMember(node1, 'Circle Ibis');
    const [a1, b1, c1, a2, b2, c2] = await Promise.all([
      ...[alice, bob, ibis].map((who) => connected(connect(node1, who.token))),
      ...[alice, bob, ibis].map((who) => connected(connect(node2, who.token))),
    ]);
    for (const socket of [a1, b1, c1, a2, b2, c2]) await emit(socket, 'room:join', { room: 'grief-circle' });
    // The lock a send statement takes for a member's clientMsgId, taken by a test transaction.
    const holdKey = (memberId: string, clientMsgId: string) =>
      holdLocks(node1, (client) => client.query(`SELECT pg_advisory_xact_lock(1764870, hashtext($1::text || ' ' || $2))`, [memberId, clientMsgId]));
    const keyWaiters = async (): Promise<number> =>
      (await node1.db.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = 1764870 AND NOT granted`))[0].n;
    const untilKeyWaiters = (n: number, what: string) => waitFor(async () => (await keyWaiters()) === n, 10_000, what);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const x = await holdKey(alice.memberId, 'circle-x');
    const first = await holdKey(ibis.memberId, 'circle-block-1');
    const second = await holdKey(ibis.memberId, 'circle-block-2');
    const sends: Array<Promise<Ack>> = [];
    try {
      // Each node's one send statement is held up on a message of Ibis's, so what follows on that
      // node is sent together in its next statement: on node 1 Alice's x then Bob's y, on node 2
      // the same two messages (resent there after a reconnect, say) in the other order.
      sends.push(emit(c1, 'message:send', { room: 'grief-circle', body: 'circle block 1', clientMsgId: 'circle-block-1' }));
      await untilKeyWaiters(1, "node 1's statement to wait");
      sends.push(emit(c2, 'message:send', { room: 'grief-circle', body: 'circle block 2', clientMsgId: 'circle-block-2' }));
      await untilKeyWaiters(2, "node 2's statement to wait");
      sends.push(emit(a1, 'message:send', { room: 'grief-circle', body: 'circle x', clientMsgId: 'circle-x' }));
      await pause(100);
      sends.push(emit(b1, 'message:send', { room: 'grief-circle', body: 'circle y', clientMsgId: 'circle-y' }));
      sends.push(emit(b2, 'message:send', { room: 'grief-circle', body: 'circle y', clientMsgId: 'circle-y' }));
      await pause(100);
      sends.push(emit(a2, 'message:send', { room: 'grief-circle', body: 'circle x', clientMsgId: 'circle-x' }));
      await pause(100);
      // Node 1's pair goes first and waits for x; then node 2's. In arrival order, node 2's would
      // take y and wait for x, and node 1's, once it had x, wait for y: a circle PostgreSQL breaks
      // by failing one statement, and every send in it.
      await first.release();
      await untilKeyWaiters(2, "node 1's pair to wait for x");
      await second.release();
      await untilKeyWaiters(2, "node 2's pair to wait");
    } finally {
      await first.release();
      await second.release();
      await x.release();
    }
    const acks = await Promise.all(sends);
    expect(acks.map((ack) => ack.ok)).toEqual([true, true, true, true, true, true]);
    const stored: Array<{ client_msg_id: string }> = await node1.db.dataSource.query(`SELECT client_msg_id FROM messages WHERE client_msg_id LIKE 'circle-%' ORDER BY client_msg_id`);
    expect(stored.map((row) => row.client_msg_id)).toEqual(['circle-block-1', 'circle-block-2', 'circle-x', 'circle-y']);
  });

  it('answers a resend with what became of the message: the room hears one still up and recent, the writer is told one held or gone', async () => {
    const a = await connected(connect(node1, alice.token));
    await emit(a, 'room:join', { room: 'anxiety-check-in' });
    // Stored, but its broadcast never reached this reader (it joined after; as a node gone down between the commit and the broadcast).
    const first = await emit(a, 'message:send', { room: 'anxiety-check-in', body: 'is this thing on', clientMsgId: 'resend-up' });
    const b = await connected(connect(node2, bob.token));
    await emit(b, 'room:join', { room: 'anxiety-check-in' });
    const heard = collect<ChatMessage>(b, 'message:new');
    expect(await emit(a, 'message:send', { room: 'anxiety-check-in', body: 'is this thing on', clientMsgId: 'resend-up' })).toEqual({ ok: true, id: first.id, duplicate: true });
    await waitFor(async () => heard.some((message) => message.id === first.id), 5000, 'the resent message in the room');
    // Sent long enough ago that a page back now reads it over REST: resent, it is answered, not said again
    // (a muted member, or one in a locked room, cannot bring old words back as if new).
    await node1.db.dataSource.query(`UPDATE messages SET created_at = now() - interval '10 minutes' WHERE id = $1`, [first.id]);
    expect(await emit(a, 'message:send', { room: 'anxiety-check-in', body: 'is this thing on', clientMsgId: 'resend-up' })).toEqual({ ok: true, id: first.id, duplicate: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.filter((message) => message.id === first.id)).toHaveLength(1);

    // Held by the checks, or removed by a moderator, before the resend came: the writer learns which, the room hears nothing.
    for (const [status, told] of [['hidden', { held: true }], ['removed', { gone: true }], ['deleted', { gone: true }]] as const) {
      const clientMsgId = `resend-${status}`;
      const sent = await emit(a, 'message:send', { room: 'anxiety-check-in', body: `words then ${status}`, clientMsgId });
      await waitFor(async () => heard.some((message) => message.id === sent.id), 5000, 'the first copy');
      await node1.db.dataSource.query(`UPDATE messages SET status = $2 WHERE id = $1`, [sent.id, status]);
      expect(await emit(a, 'message:send', { room: 'anxiety-check-in', body: `words then ${status}`, clientMsgId })).toEqual({ ok: true, id: sent.id, duplicate: true, ...told });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heard.filter((message) => message.id === sent.id)).toHaveLength(1);
    }
    for (const socket of [a, b]) await emit(socket, 'room:leave', { room: 'anxiety-check-in' });
  });

  it("marks a moderator's messages, live and in history, from the role the database holds, and nobody else's", async () => {
    const a = await connected(connect(node1, alice.token));
    const mod = await connected(connect(node2, moderator.token));
    for (const socket of [a, mod]) await emit(socket, 'room:join', { room: 'grief-circle' });
    const onAlice = collect<ChatMessage>(a, 'message:new');
    const onMod = collect<ChatMessage>(mod, 'message:new');
    const fromMod = await emit(mod, 'message:send', { room: 'grief-circle', body: 'I am here if you want to talk.', clientMsgId: 'badge-mod' });
    const fromAlice = await emit(a, 'message:send', { room: 'grief-circle', body: 'Thank you.', clientMsgId: 'badge-alice' });
    await waitFor(async () => onAlice.length === 2 && onMod.length === 2, 5000, 'both messages on both nodes');
    const live = (list: ChatMessage[], id: unknown) => list.find((message) => message.id === id)?.author;
    expect(live(onAlice, fromMod.id)).toEqual({ displayName: 'Mod Lark', isYou: false, isModerator: true });
    expect(live(onMod, fromAlice.id)).toEqual({ displayName: 'Alice Owl', isYou: false });

    const history = await rest<{ items: ChatMessage[] }>(node1, 'GET', '/api/v1/rooms/grief-circle/messages', { token: alice.token });
    const read = (id: unknown) => history.body.items.find((message) => message.id === id)?.author;
    expect(read(fromMod.id)).toEqual({ displayName: 'Mod Lark', isYou: false, isModerator: true });
    expect(read(fromAlice.id)).toEqual({ displayName: 'Alice Owl', isYou: true });

    // A moderator stepped down: their next message carries no badge, though their token still
    // says moderator (sent as the change commits, before the sessions' end reaches the node).
    await changeBehindTokens(node1, `UPDATE members SET role = 'member' WHERE id = $1`, [moderator.memberId]);
    try {
      const after = await emit(mod, 'message:send', { room: 'grief-circle', body: 'Still here, as a member.', clientMsgId: 'badge-after' });
      await waitFor(async () => onAlice.length === 3, 5000, 'the message after the role changed');
      expect(live(onAlice, after.id)).toEqual({ displayName: 'Mod Lark', isYou: false });
    } finally {
      await changeBehindTokens(node1, `UPDATE members SET role = 'moderator' WHERE id = $1`, [moderator.memberId]);
    }
  });

  it('gives a client that drops for a moment everything it missed', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    await emit(a, 'room:join', { room: 'grief-circle' });
    await emit(b, 'room:join', { room: 'grief-circle' });
    const received = collect<ChatMessage>(b, 'message:new');
    await emit(a, 'message:send', { room: 'grief-circle', body: 'before the drop', clientMsgId: 'g-1' });
    await waitFor(async () => received.length === 1, 5000, 'the first message');

    // Drop the transport without a clean disconnect, as a phone going through a tunnel does.
    b.io.engine.close();
    expect((await emit(a, 'message:send', { room: 'grief-circle', body: 'while you were away', clientMsgId: 'g-2' })).ok).toBe(true);
    expect((await emit(a, 'message:send', { room: 'grief-circle', body: 'and this too', clientMsgId: 'g-3' })).ok).toBe(true);
    await waitFor(async () => b.connected, 10_000, 'the reconnect');
    expect(b.recovered).toBe(true);
    await waitFor(async () => received.length === 3, 5000, `the missed messages (got ${JSON.stringify(received.map((m) => m.body))})`);
    expect(received.map((m) => m.body)).toEqual(['before the drop', 'while you were away', 'and this too']);
  });

  it('gives a recovering client what its room heard while its session was being restored, after the stream was read for it', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    const witness = await connected(connect(node2, carol.token));
    for (const socket of [a, b, witness]) await emit(socket, 'room:join', { room: 'grief-circle' });
    const received = collect<ChatMessage>(b, 'message:new');
    const witnessed = collect<ChatMessage>(witness, 'message:new');
    await emit(a, 'message:send', { room: 'grief-circle', body: 'before the drop, again', clientMsgId: 'window-1' });
    await waitFor(async () => received.length === 1, 5000, 'the first message');

    // The restore reads the stream, then the reader's hides; the hides are held, so the restore
    // waits between the two, as it does for a moment under load.
    const holder = await holdLocks(node1, (client) => client.query('LOCK TABLE member_hides IN ACCESS EXCLUSIVE MODE'));
    try {
      b.io.engine.close();
      await untilLockWaiters(node1, 1, 'the restore to wait on the hides');
      expect((await emit(a, 'message:send', { room: 'grief-circle', body: 'said while it was coming back', clientMsgId: 'window-2' })).ok).toBe(true);
      // Node 2 has it and has given it to the room's sockets there: all but the one coming back.
      await waitFor(async () => witnessed.some((message) => message.body === 'said while it was coming back'), 5000, 'node 2 to deliver it');
    } finally {
      await holder.release();
    }
    await waitFor(async () => b.connected, 10_000, 'the reconnect');
    expect(b.recovered).toBe(true);
    await waitFor(async () => received.length >= 2, 5000, `the message said meanwhile (got ${JSON.stringify(received.map((m) => m.body))})`);
    expect(received.map((m) => m.body)).toEqual(['before the drop, again', 'said while it was coming back']);
  });

  it('survives a database failure while it restores a session: the client comes back and is set up again', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const a = await connected(connect(node1, alice.token));
      const b = await connected(connect(node2, bob.token));
      for (const socket of [a, b]) await emit(socket, 'room:join', { room: 'night-owls' });
      const received = collect<ChatMessage>(b, 'message:new');
      // A restored socket is set up by asking whether its rooms are still open (after the restore
      // itself asked, to filter what it missed). The rooms are held; the restore's read is let
      // through, the set-up's is held again, and the backend asking is ended under it, as a
      // failover or a lost connection ends it.
      const first = await holdLocks(node1, (client) => client.query('LOCK TABLE rooms IN ACCESS EXCLUSIVE MODE'));
      let second: Promise<Awaited<ReturnType<typeof holdLocks>>> | undefined;
      try {
        b.io.engine.close();
        await untilLockWaiters(node1, 1, 'the restore to ask about the rooms');
        // Queued behind the restore's read: it takes the rooms once that read is done.
        second = holdLocks(node1, (client) => client.query('LOCK TABLE rooms IN ACCESS EXCLUSIVE MODE'));
        await untilLockWaiters(node1, 2, 'the second hold to queue');
      } finally {
        await first.release();
      }
      const holder = await second!;
      try {
        await untilLockWaiters(node1, 1, 'the set-up to ask about the rooms');
        await endLockWaiters(holder);
      } finally {
        await holder.release();
      }
      // The node stays up; the client, dropped again, comes back and is set up with its rooms.
      await waitFor(async () => b.connected && b.recovered, 15_000, 'the client to come back');
      expect((await emit(a, 'message:send', { room: 'night-owls', body: 'still here after the failover', clientMsgId: 'failover-1' })).ok).toBe(true);
      await waitFor(async () => received.some((message) => message.body === 'still here after the failover'), 5_000, 'the room to reach the restored client');
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  /** How many the room list says are online in `room`, as `who` reads it. */
  const listedOnline = async (who: Session, room: string) =>
    (await rest<{ items: RoomSummary[] }>(node1, 'GET', '/api/v1/rooms', { token: who.token })).body.items.find((listed) => listed.slug === room)?.online;

  it('leaves a socket out of the room and its count when the join could not read the history', async () => {
    const room = 'anxiety-check-in';
    const dale = await registerMember(node1, 'Dale Sanderling');
    const onlineListed = () => listedOnline(dale, room);
    await waitFor(async () => (await onlineListed()) === 0, 5_000, 'the room empty of earlier tests');
    const a = await connected(connect(node1, alice.token));
    const d = await connected(connect(node2, dale.token));
    expect((await emit(a, 'room:join', { room })).ok).toBe(true);
    const heard = collect<ChatMessage>(d, 'message:new');
    // The room is read, its history is not: the backend reading it is ended under it.
    const holder = await holdLocks(node1, (client) => client.query('LOCK TABLE messages IN ACCESS EXCLUSIVE MODE'));
    let joining: Promise<SocketAck> | undefined;
    try {
      joining = emit(d, 'room:join', { room });
      await untilLockWaiters(node1, 1, 'the join to read the history');
      await endLockWaiters(holder);
    } finally {
      await holder.release();
    }
    const refused = await joining!;
    expect([refused.ok, refused.error?.code]).toEqual([false, 'SERVICE_UNAVAILABLE']);
    // Not in the room: not counted, and not sent what is said there.
    await waitFor(async () => (await onlineListed()) === 1, 5_000, 'one member online');
    expect((await emit(a, 'message:send', { room, body: 'after the failed join', clientMsgId: 'failed-join-1' })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toEqual([]);
    // Joined again, all is as ever.
    expect((await emit(d, 'room:join', { room })).ok).toBe(true);
    expect(await onlineListed()).toBe(2);
    for (const socket of [a, d]) await emit(socket, 'room:leave', { room });
  });

  it('answers what a client sends the moment its session is recovered, while the node is still setting the socket up', async () => {
    const b = await connected(connect(node2, bob.token));
    await emit(b, 'room:join', { room: 'grief-circle' });
    for (let round = 0; round < 5; round++) {
      // As the web app does on reconnecting from a page it moved to while away: leave one room, join another, at once.
      const answered = new Promise<SocketAck[]>((resolve, reject) => {
        b.once('connect', () => {
          Promise.all([emit(b, 'room:leave', { room: 'grief-circle' }), emit(b, 'room:join', { room: 'night-owls' }), emit(b, 'room:join', { room: 'grief-circle' })]).then(resolve, reject);
        });
      });
      b.io.engine.close();
      const acks = await answered;
      expect([round, b.recovered, acks.map((ack) => ack.ok)]).toEqual([round, true, [true, true, true]]);
    }
  });

  it('counts nobody online for a join whose connection closed while the room was being read', async () => {
    const room = 'anxiety-check-in';
    const fern = await registerMember(node1, 'Fern Plover');
    const onlineListed = () => listedOnline(fern, room);
    await waitFor(async () => (await onlineListed()) === 0, 5_000, 'the room empty of earlier tests');
    const leaving = await connected(connect(node2, fern.token));
    // The room is read for the join while its connection closes, as a phone's does on a bad line.
    const holder = await holdLocks(node1, (client) => client.query('LOCK TABLE rooms IN ACCESS EXCLUSIVE MODE'));
    try {
      leaving.emit('room:join', { room });
      await untilLockWaiters(node1, 1, 'the join to wait on the room');
      leaving.disconnect();
      await waitFor(async () => !leaving.connected, 5_000, 'the connection to close');
    } finally {
      await holder.release();
    }
    await untilLockWaiters(node1, 0, 'the join to read the room');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await onlineListed()).toBe(0);
  });

  it('refuses a connection whose handshake was under way when its member signed out everywhere', async () => {
    const gale = await registerMember(node1, 'Gale Sandpiper');
    // The handshake has checked the token and reads the member's hides when the sessions end.
    const holder = await holdLocks(node1, (client) => client.query('LOCK TABLE member_hides IN ACCESS EXCLUSIVE MODE'));
    const events: string[] = [];
    const late = connect(node2, gale.token);
    late.on('connect', () => events.push('connect'));
    late.on('disconnect', (reason) => events.push(`disconnect: ${reason}`));
    late.on('connect_error', (error: Error & { data?: { code?: string } }) => events.push(`connect_error: ${error.data?.code}`));
    try {
      await untilLockWaiters(node1, 1, 'the handshake to wait on the hides');
      expect((await rest(node1, 'DELETE', '/api/v1/me/sessions', { token: gale.token })).status).toBe(204);
      // Node 2 has heard it: it refuses the old token now.
      await waitFor(async () => (await rest(node2, 'GET', '/api/v1/me', { token: gale.token })).status === 401, 5_000, 'node 2 to hear the sessions end');
    } finally {
      await holder.release();
    }
    // Refused before it is let in (a recovered session would otherwise be handed what it missed first).
    await waitFor(async () => (events.length > 0 ? true : undefined), 5_000, 'the handshake answered');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events[0]).toBe('connect_error: SESSION_ENDED');
    expect(events).not.toContain('connect');
  });

  it('closes a socket’s line when the token it showed runs out; the client comes back with a fresh one and misses nothing', async () => {
    const room = 'grief-circle';
    const hazel = await registerMember(node1, 'Hazel Dunlin');
    let token = await node2.app.get(AccessTokenService).sign({ id: hazel.memberId, role: 'member', pseudonym: hazel.pseudonym }, 2);
    const events: string[] = [];
    const short = io(node2.baseUrl, { path: '/socket.io', auth: (callback) => callback({ token }), transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 200 });
    short.on('disconnect', (reason) => events.push(`disconnect: ${reason}`));
    short.on('connect_error', (error: Error & { data?: { code?: string } }) => events.push(`refused: ${error.data?.code}`));
    const heard = collect<ChatMessage>(short, 'message:new');
    try {
      await connected(short);
      expect((await emit(short, 'room:join', { room })).ok).toBe(true);
      // The token runs out: the line closes as a dropped one does, and the old token is refused.
      await waitFor(async () => events.includes('refused: TOKEN_EXPIRED'), 10_000, `the close and the refusal (events: ${events.join(', ')})`);
      expect(events[0]).toBe('disconnect: transport close');
      const a = await connected(connect(node1, alice.token));
      await emit(a, 'room:join', { room });
      expect((await emit(a, 'message:send', { room, body: 'said while Hazel renewed', clientMsgId: 'expiry-1' })).ok).toBe(true);
      // As the web app does: a new token, and connect again; the session comes back with what it missed.
      token = (await rest<{ accessToken: string }>(node1, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: hazel.refreshToken } })).body.accessToken;
      short.connect();
      await waitFor(async () => short.connected, 10_000, 'the reconnect');
      expect(short.recovered).toBe(true);
      await waitFor(async () => heard.some((message) => message.body === 'said while Hazel renewed'), 5_000, 'the message said meanwhile');
    } finally {
      short.disconnect();
    }
  });

  it('limits a member to a burst of messages, with a retry-after', async () => {
    const socket = await connected(connect(node1, bob.token));
    await emit(socket, 'room:join', { room: 'anxiety-check-in' });
    const acks: Ack[] = [];
    for (let i = 0; i < 6; i++) acks.push(await emit(socket, 'message:send', { room: 'anxiety-check-in', body: `quick ${i}`, clientMsgId: `rl-${i}` }));
    expect(acks.slice(0, 5).every((ack) => ack.ok)).toBe(true);
    expect(acks[5].error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(acks[5].error?.retryAfterSeconds).toBeGreaterThan(0);
    // A resend of a stored message is answered with its id even while limited: the client
    // retrying after a drop must learn that its words arrived.
    const resend = await emit(socket, 'message:send', { room: 'anxiety-check-in', body: 'quick 4', clientMsgId: 'rl-4' });
    expect(resend).toMatchObject({ ok: true, id: acks[4].id, duplicate: true });
  });

  it('holds the burst limit exactly across nodes, counting only what the other rules let through, for its window', async () => {
    const eve = await registerMember(node1, 'Eve Swift');
    const onNode1 = await connected(connect(node1, eve.token));
    const onNode2 = await connected(connect(node2, eve.token));
    for (const socket of [onNode1, onNode2]) await emit(socket, 'room:join', { room: 'night-owls' });

    // Refused sends spend nothing: a muted member who tries is not also held back afterwards.
    await node1.db.dataSource.query(`UPDATE members SET muted_until = now() + interval '1 hour' WHERE id = $1`, [eve.memberId]);
    for (let i = 0; i < 6; i++) expect((await emit(onNode1, 'message:send', { room: 'night-owls', body: `muted ${i}`, clientMsgId: `eve-muted-${i}` })).error?.code).toBe('MUTED');
    await node1.db.dataSource.query(`UPDATE members SET muted_until = NULL WHERE id = $1`, [eve.memberId]);

    // Six at once from each node: five stored between them, whichever node they reached.
    const acks = await Promise.all(
      [onNode1, onNode2].flatMap((socket, s) => Array.from({ length: 6 }, (_, i) => emit(socket, 'message:send', { room: 'night-owls', body: `both ${s}.${i}`, clientMsgId: `eve-${s}-${i}` }))),
    );
    expect(acks.filter((ack) => ack.ok)).toHaveLength(5);
    const refused = acks.filter((ack) => !ack.ok);
    expect(refused.map((ack) => ack.error?.code)).toEqual(Array(7).fill('RATE_LIMITED'));
    for (const ack of refused) expect(ack.error?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    for (const ack of refused) expect(ack.error?.retryAfterSeconds).toBeLessThanOrEqual(10);
    const [{ n }] = await node1.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1`, [eve.memberId]);
    expect(n).toBe(5);

    // Seven seconds into the window, the wait is what is left of it; when it is over, a new one starts.
    await node1.db.dataSource.query(`UPDATE chat_send_windows SET started_at = now() - interval '7 s' WHERE member_id = $1`, [eve.memberId]);
    const wait = await emit(onNode2, 'message:send', { room: 'night-owls', body: 'still early', clientMsgId: 'eve-early' });
    expect(wait.error?.code).toBe('RATE_LIMITED');
    expect(wait.error?.retryAfterSeconds).toBeLessThanOrEqual(3);
    await node1.db.dataSource.query(`UPDATE chat_send_windows SET started_at = now() - interval '10 s' WHERE member_id = $1`, [eve.memberId]);
    for (let i = 0; i < 5; i++) expect(await emit(onNode1, 'message:send', { room: 'night-owls', body: `later ${i}`, clientMsgId: `eve-later-${i}` })).toMatchObject({ ok: true });
    expect((await emit(onNode1, 'message:send', { room: 'night-owls', body: 'one more', clientMsgId: 'eve-later-5' })).error?.code).toBe('RATE_LIMITED');

    // Erasing the account forgets the count too.
    expect((await rest(node1, 'DELETE', '/api/v1/me', { token: eve.token })).status).toBe(204);
    const [{ windows }] = await node1.db.dataSource.query(`SELECT count(*)::int AS windows FROM chat_send_windows WHERE member_id = $1`, [eve.memberId]);
    expect(windows).toBe(0);
  });

  it('does not count resends against the burst limit', async () => {
    const socket = await connected(connect(node1, carol.token));
    await emit(socket, 'room:join', { room: 'anxiety-check-in' });
    const first = await emit(socket, 'message:send', { room: 'anxiety-check-in', body: 'hello', clientMsgId: 'once-1' });
    for (let i = 0; i < 6; i++) {
      expect(await emit(socket, 'message:send', { room: 'anxiety-check-in', body: 'hello', clientMsgId: 'once-1' })).toMatchObject({ ok: true, id: first.id, duplicate: true });
    }
    // Four more new messages still fit in the burst of five.
    for (let i = 0; i < 4; i++) expect((await emit(socket, 'message:send', { room: 'anxiety-check-in', body: `more ${i}`, clientMsgId: `once-more-${i}` })).ok).toBe(true);
    expect((await emit(socket, 'message:send', { room: 'anxiety-check-in', body: 'one too many', clientMsgId: 'once-over' })).error?.code).toBe('RATE_LIMITED');
    const stored = await node1.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1`, [carol.memberId]);
    expect(stored[0].n).toBe(5);
  });

  it('words a mute by the database’s clock: a node whose clock runs ahead still says MUTED, and the words are kept for the crisis check', async () => {
    const fern = await registerMember(node1, 'Fern Ahead');
    const socket = await connected(connect(node1, fern.token));
    expect((await emit(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    await node1.db.dataSource.query(`UPDATE members SET muted_until = now() + interval '5 minutes' WHERE id = $1`, [fern.memberId]);
    // This node's clock ten minutes ahead of the database's (only Date; every timer runs as ever).
    jest.useFakeTimers({
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      now: Date.now() + 10 * 60_000,
    });
    let refused: Ack;
    try {
      refused = await emit(socket, 'message:send', { room: 'lounge', body: 'is anyone still up, I want to die tonight', clientMsgId: 'clock-ahead-1' });
    } finally {
      jest.useRealTimers();
    }
    expect(refused.error?.code).toBe('MUTED');
    // Kept, and read for crisis: the worker reads kept words (and deletes them) as soon as they are
    // kept, so what shows they were is what it does with them, the member on the moderators' queue.
    await waitFor(async () => ((await supportSignals(node1, fern.memberId, 'crisis_in_withheld_words')) === 1 ? true : undefined), 20_000, 'the muted words read for crisis');
  });

  it('enforces mutes, slow mode and locks, and removes a message live for everyone', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    const mod = await connected(connect(node1, moderator.token));
    for (const socket of [a, b, mod]) await emit(socket, 'room:join', { room: 'lounge' });
    const removedOnB = collect<{ room: string; id: string }>(b, 'message:removed');
    const removedOnA = collect<{ room: string; id: string }>(a, 'message:removed');

    const unkind = await emit(a, 'message:send', { room: 'lounge', body: 'something unkind', clientMsgId: 'rm-1' });
    // Only its writer (who would delete it) and moderators may take it out.
    expect((await rest(node1, 'DELETE', `/api/v1/rooms/lounge/messages/${unkind.id}`, { token: bob.token })).status).toBe(403);
    expect((await rest(node2, 'DELETE', `/api/v1/rooms/lounge/messages/${unkind.id}`, { token: moderator.token })).status).toBe(204);
    await waitFor(async () => removedOnA.length === 1 && removedOnB.length === 1, 5000, 'message:removed on both nodes');
    expect(removedOnB[0]).toEqual({ room: 'lounge', id: unkind.id });
    const history = await rest<{ items: ChatMessage[] }>(node1, 'GET', '/api/v1/rooms/lounge/messages', { token: bob.token });
    expect(history.body.items.map((m) => m.id)).not.toContain(unkind.id);

    await node1.db.dataSource.query(`UPDATE members SET muted_until = now() + interval '1 hour' WHERE id = $1`, [alice.memberId]);
    expect((await emit(a, 'message:send', { room: 'lounge', body: 'am I muted?', clientMsgId: 'mute-1' })).error?.code).toBe('MUTED');
    // Nor does the room read "… is typing" from someone whose words it will not hear.
    const typingOnB = collect<{ room: string; displayName: string }>(b, 'typing');
    expect((await emit(a, 'typing', { room: 'lounge' })).error?.code).toBe('MUTED');
    await node1.db.dataSource.query(`UPDATE members SET muted_until = NULL, suspended_until = now() + interval '1 day' WHERE id = $1`, [alice.memberId]);
    expect((await emit(a, 'message:send', { room: 'lounge', body: 'am I paused?', clientMsgId: 'suspended-1' })).error?.code).toBe('SANCTIONED');
    await node1.db.dataSource.query(`UPDATE members SET suspended_until = now() - interval '1 minute' WHERE id = $1`, [alice.memberId]);
    // A refused message is not stored: once the sanction is over, the same clientMsgId is new.
    const afterwards = await emit(a, 'message:send', { room: 'lounge', body: 'back again', clientMsgId: 'mute-1' });
    expect(afterwards).toMatchObject({ ok: true, duplicate: false });
    const [{ n }] = await node1.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id IN ('mute-1', 'suspended-1')`);
    expect(n).toBe(1);
    // Free to write again, her typing is heard at once: the refused notices held nothing back.
    expect((await emit(a, 'typing', { room: 'lounge' })).ok).toBe(true);
    await waitFor(async () => typingOnB.length > 0, 5000, 'Alice typing again, on node 2');
    expect(typingOnB).toEqual([{ room: 'lounge', displayName: 'Alice Owl' }]);

    // Everyone in the room hears of a change to how it runs, on the other node too.
    const settings = collect<RoomUpdatedEvent>(b, 'room:updated');
    expect((await rest(node1, 'PATCH', '/api/v1/rooms/lounge', { token: moderator.token, body: { slowModeSeconds: 30 } })).status).toBe(200);
    await waitFor(async () => settings.length === 1, 5000, 'room:updated on node 2');
    expect(settings[0]).toEqual({ room: 'lounge', locked: false, slowModeSeconds: 30 });
    expect((await emit(b, 'message:send', { room: 'lounge', body: 'first', clientMsgId: 'slow-1' })).ok).toBe(true);
    const slow = await emit(b, 'message:send', { room: 'lounge', body: 'second', clientMsgId: 'slow-2' });
    expect(slow.error?.code).toBe('SLOW_MODE');
    expect(slow.error?.retryAfterSeconds).toBeGreaterThan(20);
    // The resend of a message stored before is still answered with its id, slow mode or not.
    expect(await emit(b, 'message:send', { room: 'lounge', body: 'first', clientMsgId: 'slow-1' })).toMatchObject({ ok: true, duplicate: true });
    // Moderators are not slowed.
    for (const i of [1, 2]) expect((await emit(mod, 'message:send', { room: 'lounge', body: `mod note ${i}`, clientMsgId: `mod-slow-${i}` })).ok).toBe(true);

    expect((await rest(node1, 'PATCH', '/api/v1/rooms/lounge', { token: bob.token, body: { locked: true } })).status).toBe(403);
    // A change that says nothing is refused, not audited and announced as one.
    const empty = await rest<{ error: { code: string } }>(node1, 'PATCH', '/api/v1/rooms/lounge', { token: moderator.token, body: {} });
    expect([empty.status, empty.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    await rest(node1, 'PATCH', '/api/v1/rooms/lounge', { token: moderator.token, body: { locked: true, slowModeSeconds: 0 } });
    await waitFor(async () => settings.length === 2, 5000, 'the lock on node 2');
    expect(settings[1]).toEqual({ room: 'lounge', locked: true, slowModeSeconds: 0 });
    const late = await connected(connect(node2, alice.token));
    expect((await emit(late, 'room:join', { room: 'lounge' })).error?.code).toBe('ROOM_LOCKED');
    // Members already inside cannot send to a locked room; its moderators can.
    expect((await emit(b, 'message:send', { room: 'lounge', body: 'still here?', clientMsgId: 'locked-1' })).error?.code).toBe('ROOM_LOCKED');
    expect((await emit(b, 'typing', { room: 'lounge' })).error?.code).toBe('ROOM_LOCKED');
    expect((await emit(mod, 'message:send', { room: 'lounge', body: 'Taking a short pause.', clientMsgId: 'mod-locked-1' })).ok).toBe(true);
    expect((await emit(mod, 'typing', { room: 'lounge' })).ok).toBe(true);
    // The moderator's typing reaches B; neither refused notice ever did.
    await waitFor(async () => typingOnB.length > 1, 5000, 'the moderator typing, on node 2');
    expect(typingOnB).toEqual([
      { room: 'lounge', displayName: 'Alice Owl' },
      { room: 'lounge', displayName: moderator.pseudonym },
    ]);
    await rest(node1, 'PATCH', '/api/v1/rooms/lounge', { token: moderator.token, body: { locked: false } });
    const audit = await node1.db.dataSource.query(`SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id`, [moderator.memberId]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['remove', 'room_settings', 'room_settings', 'room_settings']);
  });

  it('tells everyone who may open a room of its lock on every node, in the room or not: a peer room every member and moderator but no counsellor, a private room its people only', async () => {
    const counsellor = await withRole(node1, await registerMember(node1, 'Kite Listener'), 'partner');
    // Sockets on the other node, in no room: a room list open, or a page the lock turned away.
    const [carolTab, aliceTab, modTab, counsellorTab] = await Promise.all([carol, alice, moderator, counsellor].map((session) => connected(connect(node2, session.token))));
    const heard = (socket: Socket) => collect<RoomUpdatedEvent>(socket, 'room:updated');
    const [carolHears, aliceHears, modHears, counsellorHears] = [heard(carolTab), heard(aliceTab), heard(modTab), heard(counsellorTab)];
    try {
      expect((await rest(node1, 'PATCH', '/api/v1/rooms/night-owls', { token: moderator.token, body: { locked: true } })).status).toBe(200);
      await waitFor(async () => carolHears.length === 1 && modHears.length === 1, 5000, 'the lock heard outside the room on node 2');
      expect(carolHears[0]).toMatchObject({ room: 'night-owls', locked: true });
      expect((await rest(node1, 'PATCH', '/api/v1/rooms/night-owls', { token: moderator.token, body: { locked: false } })).status).toBe(200);
      await waitFor(async () => carolHears.length === 2, 5000, 'the reopening heard outside the room');
      expect(carolHears[1]).toMatchObject({ room: 'night-owls', locked: false });

      // A private room: Alice's and the moderator's, nobody else's, so only they hear of it.
      const [room] = await node1.db.dataSource.query(`INSERT INTO rooms (slug, name, description, position, private) VALUES ('settings-private', 'Private', '', 1000, true) RETURNING id`);
      for (const memberId of [alice.memberId, moderator.memberId]) await node1.db.dataSource.query(`INSERT INTO room_members (room_id, member_id) VALUES ($1, $2)`, [room.id, memberId]);
      expect((await rest(node1, 'PATCH', '/api/v1/rooms/settings-private', { token: moderator.token, body: { locked: true } })).status).toBe(200);
      await waitFor(async () => aliceHears.some((event) => event.room === 'settings-private') && modHears.length === 3, 5000, 'the private room lock heard by its people');
      // Anything sent to the others would have come by now: the broadcasts went out together.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(carolHears.map((event) => event.room)).toEqual(['night-owls', 'night-owls']);
      // A crisis line's counsellor reads no peer room, so hears of none.
      expect(counsellorHears).toEqual([]);
    } finally {
      await rest(node1, 'PATCH', '/api/v1/rooms/night-owls', { token: moderator.token, body: { locked: false } });
    }
  });

  it("removes a message with a reason, once, from its own room only, and restores it live for everyone without saying who did either", async () => {
    const keeper = await withRole(node1, await registerMember(node1, 'Keeper Heron'), 'moderator');
    // Dana hid Alice before this: a restored message of Alice's is not sent to her, as nothing of Alice's is.
    const dana = await registerMember(node1, 'Dana Quail');
    const a = await connected(connect(node1, alice.token));
    await emit(a, 'room:join', { room: 'night-owls' });
    const said: string[] = [];
    for (const [i, body] of ['Still up.', 'I do not think I can keep going like this.', 'Sorry, that came out wrong.'].entries()) {
      said.push(String((await emit(a, 'message:send', { room: 'night-owls', body, clientMsgId: `restore-${i}` })).id));
    }
    const [before, target, after] = said;
    expect((await rest(node1, 'POST', '/api/v1/me/hidden-members', { token: dana.token, body: { messageId: before } })).status).toBe(201);

    const b = await connected(connect(node2, bob.token));
    const d = await connected(connect(node1, dana.token));
    const mod = await connected(connect(node2, keeper.token));
    for (const socket of [b, d, mod]) expect((await emit(socket, 'room:join', { room: 'night-owls' })).ok).toBe(true);
    const removedOnB = collect<{ room: string; id: string }>(b, 'message:removed');
    const removedOnMod = collect<{ room: string; id: string }>(mod, 'message:removed');
    const newOnB = collect<ChatMessage>(b, 'message:new');
    const newOnA = collect<ChatMessage>(a, 'message:new');
    const newOnD = collect<ChatMessage>(d, 'message:new');
    const path = (room: string, id: string) => `/api/v1/rooms/${room}/messages/${id}`;
    const code = async (method: string, target: string, token: string, body?: unknown) => {
      const response = await rest<{ error?: { code: string; message: string } }>(node1, method, target, { token, body });
      return [response.status, response.body?.error?.code];
    };
    const audit = async (id: string) =>
      node1.db.dataSource.query(`SELECT action, actor_id, reason, before, after FROM audit_log WHERE target_type = 'message' AND target_id = $1 ORDER BY id`, [id]);

    // Members may do neither; the message must be in the room named; a reason is text, at most 500 characters.
    expect(await code('DELETE', path('night-owls', target), bob.token, { reason: 'no' })).toEqual([403, 'FORBIDDEN']);
    expect(await code('POST', `${path('night-owls', target)}/restore`, bob.token)).toEqual([403, 'FORBIDDEN']);
    expect(await code('DELETE', path('lounge', target), keeper.token)).toEqual([404, 'MESSAGE_NOT_FOUND']);
    expect(await code('DELETE', path('night-owls', crypto.randomUUID()), keeper.token)).toEqual([404, 'MESSAGE_NOT_FOUND']);
    for (const body of [{ reason: 'x'.repeat(501) }, { reason: 7 }, { reason: 'ok', also: 'this' }, { reason: 'a\u0000b' }]) {
      expect(await code('DELETE', path('night-owls', target), keeper.token, body)).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await audit(target)).toEqual([]);

    // Removed with a reason; removing it again (a second click, a retried request) changes nothing.
    const reason = '  Named a place and a means; taking it out while I reach out to them.  ';
    expect((await rest(node2, 'DELETE', path('night-owls', target), { token: keeper.token, body: { reason } })).status).toBe(204);
    expect((await rest(node1, 'DELETE', path('night-owls', target), { token: keeper.token, body: { reason: 'again' } })).status).toBe(204);
    expect((await rest(node1, 'DELETE', path('night-owls', target), { token: keeper.token })).status).toBe(204);
    await waitFor(async () => removedOnB.length === 1 && removedOnMod.length === 1, 5000, 'message:removed on both nodes');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(removedOnB).toEqual([{ room: 'night-owls', id: target }]);
    expect(removedOnMod).toHaveLength(1);
    expect(await audit(target)).toEqual([{ action: 'remove', actor_id: keeper.memberId, reason: reason.trim(), before: { status: 'visible' }, after: { status: 'removed' } }]);

    // Members never read it; moderators read it marked (after a reload, or on joining), and only it.
    const read = async (session: Session) => (await rest<{ items: ChatMessage[] }>(node2, 'GET', '/api/v1/rooms/night-owls/messages', { token: session.token })).body.items;
    expect((await read(bob)).map((message) => message.id)).not.toContain(target);
    const forStaff = await read(keeper);
    expect(forStaff.find((message) => message.id === target)).toMatchObject({ body: 'I do not think I can keep going like this.', removed: true });
    expect(forStaff.filter((message) => message.removed).map((message) => message.id)).toEqual([target]);
    const rejoined = await connected(connect(node1, keeper.token));
    const joined = await emit(rejoined, 'room:join', { room: 'night-owls' });
    expect(joined.messages?.find((message) => message.id === target)?.removed).toBe(true);

    // Restored: back for everyone on every node, as the room sends a message (no member id, nobody's "you").
    const restored = await rest<ChatMessage>(node1, 'POST', `${path('night-owls', target)}/restore`, { token: keeper.token });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: target, room: 'night-owls', body: 'I do not think I can keep going like this.', author: { displayName: 'Alice Owl', isYou: false, memberId: alice.memberId } });
    expect(restored.body.removed).toBeUndefined();
    await waitFor(async () => newOnB.length === 1 && newOnA.length === 1, 5000, 'the restored message on both nodes');
    expect(newOnB[0]).toEqual({ id: target, room: 'night-owls', body: 'I do not think I can keep going like this.', author: { displayName: 'Alice Owl', isYou: false }, createdAt: restored.body.createdAt });
    // Its writer hears it once, as theirs: their page had dropped it, and has nothing else to know it by.
    expect(newOnA[0]).toMatchObject({ id: target, author: { displayName: 'Alice Owl', isYou: true } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(newOnA).toHaveLength(1);
    expect(newOnD).toEqual([]);
    // Nothing a member was sent names the moderator.
    expect(JSON.stringify([removedOnB, newOnB, newOnA])).not.toMatch(new RegExp(`${keeper.memberId}|Keeper Heron`));
    const back = (await read(bob)).map((message) => message.id);
    expect(back.slice(back.indexOf(before), back.indexOf(before) + 3)).toEqual([before, target, after]);
    expect((await read(keeper)).find((message) => message.id === target)?.removed).toBeUndefined();
    expect((await audit(target)).map((row: { action: string; actor_id: string; before: unknown; after: unknown }) => [row.action, row.actor_id, row.before, row.after])).toEqual([
      ['remove', keeper.memberId, { status: 'visible' }, { status: 'removed' }],
      ['restore', keeper.memberId, { status: 'removed' }, { status: 'visible' }],
    ]);

    // Only a removed message is restored here: a visible one, or one the moderation checks hid (its review item restores it).
    expect(await code('POST', `${path('night-owls', target)}/restore`, keeper.token)).toEqual([409, 'MESSAGE_NOT_REMOVED']);
    await node1.db.dataSource.query(`UPDATE messages SET status = 'hidden' WHERE id = $1`, [after]);
    // A Remove on it (a dialog opened just before the checks hid it) leaves it hidden: removed, it
    // could be restored here, past the review item that holds it.
    expect((await rest(node2, 'DELETE', path('night-owls', after), { token: keeper.token, body: { reason: 'too late' } })).status).toBe(204);
    expect((await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [after]))[0].status).toBe('hidden');
    const hidden = await rest<{ error: { code: string; message: string } }>(node1, 'POST', `${path('night-owls', after)}/restore`, { token: keeper.token });
    expect([hidden.status, hidden.body.error.code]).toEqual([409, 'MESSAGE_NOT_REMOVED']);
    expect(hidden.body.error.message).toMatch(/moderation queue/);
    expect(await code('POST', `${path('lounge', target)}/restore`, keeper.token)).toEqual([404, 'MESSAGE_NOT_FOUND']);
    expect(await code('POST', `${path('night-owls', 'not-an-id')}/restore`, keeper.token)).toEqual([400, 'VALIDATION_FAILED']);
    const [{ status }] = await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [after]);
    expect(status).toBe('hidden');
    expect((await audit(target)).length + (await audit(after)).length).toBe(2);
    expect(newOnB).toHaveLength(1);
    expect(removedOnB).toHaveLength(1);
  });

  it('brings a message a moderator restores from its review item back into the room, live on every node', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    for (const socket of [a, b]) await emit(socket, 'room:join', { room: 'grief-circle' });
    const sent = await emit(a, 'message:send', { room: 'grief-circle', body: 'Honestly, nobody here gets it.', clientMsgId: 'console-restore-1' });
    expect((await rest(node2, 'POST', `/api/v1/rooms/grief-circle/messages/${sent.id}/reports`, { token: bob.token, body: { reason: 'other' } })).status).toBe(201);
    // Held by the moderation checks, as the worker holds what it is unsure of.
    await node1.db.dataSource.query(`UPDATE messages SET status = 'hidden' WHERE id = $1`, [sent.id]);
    const item = await waitFor(
      async () => (await rest<{ items: QueueItem[] }>(node1, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((entry) => entry.contentId === sent.id),
      5000,
      'the review item',
    );
    const onB = collect<ChatMessage>(b, 'message:new');
    const onA = collect<ChatMessage>(a, 'message:new');
    expect((await rest(node1, 'POST', `/api/v1/moderation/flags/${item.id}/resolve`, { token: moderator.token, body: { action: 'restore' } })).status).toBe(200);
    await waitFor(async () => onB.length === 1 && onA.length === 1, 5000, 'the restored message on both nodes');
    expect(onB[0]).toMatchObject({ id: sent.id, room: 'grief-circle', body: 'Honestly, nobody here gets it.', author: { displayName: 'Alice Owl', isYou: false } });
    expect(onB[0].author.memberId).toBeUndefined();
    expect(onA[0].author.isYou).toBe(true);
    const [{ status }] = await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [sent.id]);
    expect(status).toBe('visible');
  });

  it('lets a writer delete their own message: gone for everyone on every node, kept marked for moderators, and never restored', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    const mod = await connected(connect(node2, moderator.token));
    for (const socket of [a, b, mod]) await emit(socket, 'room:join', { room: 'anxiety-check-in' });
    const words = 'My real name is Alice Smith and I work at the bakery on Elm Street.';
    const sent = await emit(a, 'message:send', { room: 'anxiety-check-in', body: words, clientMsgId: 'delete-own-1' });
    const path = `/api/v1/rooms/anxiety-check-in/messages/${sent.id}`;
    // Read by the worker, and its report announced on both nodes, before it goes: a review item that
    // changes after a removal says the removal again (a repeat a screen takes as the same), and this
    // test counts the one the deletion makes.
    await waitFor(async () => (await node1.db.dataSource.query(`SELECT 1 FROM moderation_results WHERE content_id = $1`, [sent.id])).length === 1, 15_000, 'the message classified');
    const mod1 = await connected(connect(node1, moderator.token));
    // A new review item, or the report added to one the worker opened.
    const flagsOn = [mod, mod1].map((socket) => ['moderation:flag', 'moderation:flag-updated'].map((name) => collect<{ contentId: string; version: number }>(socket, name)));
    // Reported before it goes: the review item stays, and so do the words moderators review.
    expect((await rest(node1, 'POST', `${path}/reports`, { token: bob.token, body: { reason: 'other' } })).status).toBe(201);
    const [{ version }] = await node1.db.dataSource.query(`SELECT version FROM flags WHERE content_type = 'message' AND content_id = $1`, [sent.id]);
    const announced = (heard: Array<Array<{ contentId: string; version: number }>>) => heard.some((flags) => flags.some((flag) => flag.contentId === sent.id && flag.version === version));
    await waitFor(async () => flagsOn.every(announced), 15_000, 'the report announced on both nodes');
    const removedOn = [a, b, mod].map((socket) => collect<MessageRemovedEvent>(socket, 'message:removed'));
    const failure = async (method: string, target: string, token: string, body?: unknown) => {
      const response = await rest<{ error: { code: string; message: string } }>(node1, method, target, { token, body });
      return [response.status, response.body.error?.code, response.body.error?.message];
    };

    // Nobody else's to delete; the writer's, once (a second click changes nothing), from either node.
    expect((await failure('DELETE', path, bob.token)).slice(0, 2)).toEqual([403, 'FORBIDDEN']);
    expect((await failure('DELETE', `/api/v1/rooms/lounge/messages/${sent.id}`, alice.token)).slice(0, 2)).toEqual([404, 'MESSAGE_NOT_FOUND']);
    expect((await rest(node2, 'DELETE', path, { token: alice.token })).status).toBe(204);
    expect((await rest(node1, 'DELETE', path, { token: alice.token })).status).toBe(204);
    const event = { room: 'anxiety-check-in', id: sent.id, deleted: true };
    // Waited for once on every socket (generously: CI runs the browser tests beside this), then a
    // moment more, and each must have had it exactly once.
    await waitFor(async () => removedOn.every((events) => events.length >= 1), 15_000, 'message:removed on both nodes, the writer included');
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const events of removedOn) expect(events).toEqual([event]);
    const [{ status }] = await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [sent.id]);
    expect(status).toBe('deleted');
    // A member's own act: no moderator audit row.
    expect(await node1.db.dataSource.query(`SELECT 1 FROM audit_log WHERE target_id = $1`, [sent.id])).toEqual([]);

    // Members, its writer included, no longer read it; moderators do, marked, and cannot bring it back.
    const read = async (token: string) => (await rest<{ items: ChatMessage[] }>(node2, 'GET', '/api/v1/rooms/anxiety-check-in/messages', { token })).body.items;
    expect((await read(alice.token)).map((message) => message.id)).not.toContain(sent.id);
    expect((await read(bob.token)).map((message) => message.id)).not.toContain(sent.id);
    const forStaff = (await read(moderator.token)).find((message) => message.id === sent.id);
    expect(forStaff).toMatchObject({ body: words, deleted: true });
    expect([forStaff?.removed, forStaff?.held]).toEqual([undefined, undefined]);
    const restore = await failure('POST', `${path}/restore`, moderator.token);
    expect(restore.slice(0, 2)).toEqual([409, 'MESSAGE_NOT_REMOVED']);
    expect(restore[2]).toMatch(/writer deleted/);
    expect((await rest(node1, 'DELETE', path, { token: moderator.token, body: { reason: 'tidy' } })).status).toBe(204);
    expect((await failure('POST', `${path}/reports`, bob.token, { reason: 'other' })).slice(0, 2)).toEqual([404, 'MESSAGE_NOT_FOUND']);

    // Its review item cannot publish it again either; acting on it otherwise leaves it deleted.
    const item = await waitFor(
      async () => (await rest<{ items: QueueItem[] }>(node1, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((entry) => entry.contentId === sent.id),
      5000,
      'the review item',
    );
    const resolve = (action: string) => rest<{ error?: { code: string } }>(node1, 'POST', `/api/v1/moderation/flags/${item.id}/resolve`, { token: moderator.token, body: { action } });
    const refused = await resolve('restore');
    expect([refused.status, refused.body.error?.code]).toEqual([409, 'CONTENT_GONE']);
    expect((await resolve('remove')).status).toBe(200);
    const [{ status: after }] = await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [sent.id]);
    expect(after).toBe('deleted');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Whatever the room heard since says the same: deleted by its writer, never "removed".
    for (const events of removedOn) expect(events.every((heard) => heard.deleted === true)).toBe(true);
  });

  it('takes a message the moderation checks hide off members\' screens in the room at once, on every node, and marks it held for its writer and moderators', async () => {
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    const c = await connected(connect(node1, carol.token));
    const mod = await connected(connect(node2, moderator.token));
    for (const socket of [a, b, c, mod]) await emit(socket, 'room:join', { room: 'lounge' });
    const removedOnB = collect<{ room: string; id: string }>(b, 'message:removed');
    const removedOnC = collect<{ room: string; id: string }>(c, 'message:removed');
    const removedOnA = collect<{ room: string; id: string }>(a, 'message:removed');
    const removedOnMod = collect<{ room: string; id: string }>(mod, 'message:removed');
    const heldOnA = collect<MessageHeldEvent>(a, 'message:held');
    const heldOnMod = collect<MessageHeldEvent>(mod, 'message:held');
    const heldOnB = collect<MessageHeldEvent>(b, 'message:held');
    const ordinary = await emit(a, 'message:send', { room: 'lounge', body: 'Made soup tonight. Small wins.', clientMsgId: 'withdraw-ordinary' });
    const incitement = await emit(a, 'message:send', { room: 'lounge', body: 'nobody wants you here, kys', clientMsgId: 'withdraw-incitement' });
    // The worker classifies both; only the incitement is hidden, and it leaves both nodes' screens.
    await waitFor(async () => removedOnB.length === 1 && removedOnC.length === 1, 15_000, `message:removed (worker: ${worker.output().slice(-300)})`);
    expect(removedOnB).toEqual([{ room: 'lounge', id: incitement.id }]);
    expect(removedOnC).toEqual([{ room: 'lounge', id: incitement.id }]);
    const [{ status }] = await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [incitement.id]);
    expect(status).toBe('hidden');
    await waitFor(async () => (await node1.db.dataSource.query(`SELECT 1 FROM moderation_results WHERE content_id = $1`, [ordinary.id])).length === 1, 15_000, 'the ordinary message classified');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(removedOnA).toEqual([]);
    expect(removedOnMod).toEqual([]);
    expect(removedOnB).toHaveLength(1);
    expect(heldOnB).toEqual([]);
    // Its writer keeps it, marked; a moderator on the other node keeps it with its review item.
    const [{ id: flagId }] = await node1.db.dataSource.query(`SELECT id FROM flags WHERE content_type = 'message' AND content_id = $1`, [incitement.id]);
    expect(heldOnA.at(-1)).toEqual({ room: 'lounge', id: incitement.id });
    expect(heldOnMod.at(-1)).toEqual({ room: 'lounge', id: incitement.id, reviewItemId: flagId });
    // And so does history: the writer's with the mark, a moderator's with the item, nobody else's at all.
    const historyOf = async (token: string) =>
      (await rest<{ items: ChatMessage[] }>(node1, 'GET', '/api/v1/rooms/lounge/messages', { token })).body.items.find((message) => message.id === incitement.id);
    const writers = await historyOf(alice.token);
    expect([writers?.held, writers?.reviewItemId, writers?.author.isYou]).toEqual([true, undefined, true]);
    expect(await historyOf(bob.token)).toBeUndefined();
    expect(await historyOf(moderator.token)).toMatchObject({ held: true, reviewItemId: flagId, body: 'nobody wants you here, kys' });
    expect((await historyOf(moderator.token))?.removed).toBeUndefined();
    // The one visible message carries no mark for anyone.
    const ordinaryForMod = (await rest<{ items: ChatMessage[] }>(node1, 'GET', '/api/v1/rooms/lounge/messages', { token: moderator.token })).body.items.find((m) => m.id === ordinary.id);
    expect([ordinaryForMod?.held, ordinaryForMod?.reviewItemId]).toEqual([undefined, undefined]);
  });

  it('withdraws a message the checks hid while a member was away, as their session is handed back, and once for those who stayed', async () => {
    const room = 'night-owls';
    const a = await connected(connect(node1, alice.token));
    const b = await connected(connect(node2, bob.token));
    const c = await connected(connect(node1, carol.token));
    for (const socket of [a, b, c]) await emit(socket, 'room:join', { room });
    const seenByB = collect<ChatMessage>(b, 'message:new');
    const removedOnB = collect<MessageRemovedEvent>(b, 'message:removed');
    const removedOnC = collect<MessageRemovedEvent>(c, 'message:removed');
    const said = await emit(a, 'message:send', { room, body: 'The kettle is on, anyone still up?', clientMsgId: 'away-withdrawn' });
    await waitFor(async () => seenByB.some((message) => message.id === said.id), 5_000, 'the message on B’s screen');
    await waitFor(async () => (await node1.db.dataSource.query(`SELECT 1 FROM moderation_results WHERE content_id = $1`, [said.id])).length === 1, 15_000, 'the message classified');

    // B drops and its session is on its way back (held on the hides) when the message is hidden.
    const holder = await holdLocks(node1, (client) => client.query('LOCK TABLE member_hides IN ACCESS EXCLUSIVE MODE'));
    try {
      b.io.engine.close();
      await untilLockWaiters(node1, 1, 'the restore to wait on the hides');
      // Hidden as the checks hide a message: its status and a review item, whose NOTIFY every node hears.
      await node1.db.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE messages SET status = 'hidden' WHERE id = $1`, [said.id]);
        await manager.query(`INSERT INTO flags (content_type, content_id, author_id, kind, priority, due_at) VALUES ('message', $1, $2, 'harm', 60, now())`, [said.id, alice.memberId]);
      });
      await waitFor(async () => removedOnC.length === 1, 5_000, 'the withdrawal for those who stayed');
    } finally {
      await holder.release();
    }
    await waitFor(async () => b.connected, 10_000, 'the reconnect');
    expect(b.recovered).toBe(true);
    await waitFor(async () => removedOnB.length > 0, 5_000, 'the withdrawal handed to B as it came back');
    expect(removedOnB.at(-1)).toEqual({ room, id: said.id });
    // One node announced it, through the adapter: nobody hears it once per node.
    await emit(c, 'typing', { room });
    expect(removedOnC).toEqual([{ room, id: said.id }]);
  });

  it('stores sends that arrive together in shared statements, each with its own answer, in order', async () => {
    const members = [alice, bob, moderator];
    const sockets = await Promise.all(members.map((member, i) => connected(connect(i % 2 ? node2 : node1, member.token))));
    // A member of their own, muted through the burst below.
    const dee = await registerMember(node1, 'Dee Heron');
    const muted = await connected(connect(node1, dee.token));
    for (const socket of [...sockets, muted]) await emit(socket, 'room:join', { room: 'anxiety-check-in' });
    const onMuted = collect<ChatMessage>(muted, 'message:new');
    await node1.db.dataSource.query(`UPDATE members SET muted_until = now() + interval '1 hour' WHERE id = $1`, [dee.memberId]);

    // Everyone fires three messages at once and a resend of their first; a muted member's sends go in the same batches.
    const [acks, refused] = await Promise.all([
      Promise.all(
        sockets.flatMap((socket, i) => [
          ...[1, 2, 3].map((n) => emit(socket, 'message:send', { room: 'anxiety-check-in', body: `together ${i}.${n}`, clientMsgId: `together-${i}-${n}` })),
          emit(socket, 'message:send', { room: 'anxiety-check-in', body: `together ${i}.1`, clientMsgId: `together-${i}-1` }),
        ]),
      ),
      Promise.all([1, 2].map((n) => emit(muted, 'message:send', { room: 'anxiety-check-in', body: `muted ${n}`, clientMsgId: `together-muted-${n}` }))),
    ]);
    await node1.db.dataSource.query(`UPDATE members SET muted_until = NULL WHERE id = $1`, [dee.memberId]);
    const perMember = members.map((_, i) => acks.slice(i * 4, i * 4 + 4));
    for (const [first, second, third, resend] of perMember) {
      for (const ack of [first, second, third]) expect(ack).toMatchObject({ ok: true, duplicate: false });
      expect(resend).toMatchObject({ ok: true, duplicate: true, id: first?.id });
    }
    expect(refused.map((ack) => ack.error?.code)).toEqual(['MUTED', 'MUTED']);
    const ids = perMember.flatMap((group) => group.slice(0, 3).map((ack) => ack.id));
    expect(new Set(ids).size).toBe(9);

    // Stored once each with their outbox rows, every author's messages in the order they were sent.
    const stored: Array<{ id: string; body: string }> = await node1.db.dataSource.query(
      `SELECT id, body FROM messages WHERE client_msg_id LIKE 'together-%' ORDER BY created_at, id`,
    );
    expect(stored.map((row) => row.id).sort()).toEqual([...ids].sort());
    for (let i = 0; i < members.length; i++) {
      expect(stored.filter((row) => row.body.startsWith(`together ${i}.`)).map((row) => row.body)).toEqual([1, 2, 3].map((n) => `together ${i}.${n}`));
    }
    const queued = await waitUntilQueued(node1, ids.map(String));
    expect(ids.map((id) => queued.get(String(id)))).toEqual(ids.map(() => 1));
    // Each once at least (a resend answered as one is heard again: the same message, by id).
    await waitFor(async () => new Set(onMuted.filter((m) => m.body.startsWith('together')).map((m) => m.id)).size === 9, 5000, 'every message in the room');
    expect(onMuted.some((m) => m.body.startsWith('muted'))).toBe(false);
    // Fewer transactions than messages: sends that met while a statement was in flight shared the next.
    const [{ transactions }] = await node1.db.dataSource.query(`SELECT count(DISTINCT xmin::text)::int AS transactions FROM messages WHERE client_msg_id LIKE 'together-%'`);
    expect(transactions).toBeLessThan(9);
    // The send statement has its own connection, where PostgreSQL planned it once rather than for every batch.
    const sendPool = node1.app.get<Pool>(CHAT_SEND_POOL);
    const [plans] = (await sendPool.query(`SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE name = 'chat.send'`)).rows;
    expect(plans.custom_plans).toBe(0);
    expect(plans.generic_plans).toBeGreaterThan(1);

    // Slow mode still sees an author's previous message when their sends arrive together (dee has none stored yet).
    await resetBurstLimits();
    await rest(node1, 'PATCH', '/api/v1/rooms/anxiety-check-in', { token: moderator.token, body: { slowModeSeconds: 30 } });
    const slow = await Promise.all([1, 2, 3].map((n) => emit(muted, 'message:send', { room: 'anxiety-check-in', body: `slow ${n}`, clientMsgId: `together-slow-${n}` })));
    await rest(node1, 'PATCH', '/api/v1/rooms/anxiety-check-in', { token: moderator.token, body: { slowModeSeconds: 0 } });
    expect(slow.map((ack) => ack.ok)).toEqual([true, false, false]);
    expect(slow.slice(1).map((ack) => ack.error?.code)).toEqual(['SLOW_MODE', 'SLOW_MODE']);

    // An account erased while its socket is still open: the server closes the socket, and its
    // token opens no other, on either node (the send statement also refuses an erased author).
    await resetBurstLimits();
    const closed = new Promise<string>((resolve) => muted.once('disconnect', (reason) => resolve(reason)));
    expect((await rest(node1, 'DELETE', '/api/v1/me', { token: dee.token })).status).toBe(204);
    expect(await closed).toBe('io server disconnect');
    for (const node of [node1, node2]) {
      // The other node hears of it through PostgreSQL a moment later.
      const refusal = await waitFor(
        () => connected(connect(node, dee.token)).then(
          (socket) => void socket.disconnect(),
          (error: { data?: { code?: string } }) => error.data?.code === 'SESSION_ENDED' && error,
        ),
        5_000,
        'the erased account to be refused',
      );
      expect(refusal).toMatchObject({ data: { code: 'SESSION_ENDED' } });
    }
  });

  it('puts crisis resources in front of the author and the item in front of moderators, live', async () => {
    const a = await connected(connect(node2, alice.token));
    const mod = await connected(connect(node1, moderator.token));
    const resources = collect<{ contentType: string; contentId: string; hotlines: { region: string }; message: string }>(a, 'crisis:resources');
    const flags = collect<{ kind: string; contentId: string }>(mod, 'moderation:flag');
    await emit(a, 'room:join', { room: 'night-owls' });
    const sent = await emit(a, 'message:send', { room: 'night-owls', body: "I can't do this anymore, I want to kill myself tonight", clientMsgId: 'crisis-1' });
    await waitFor(async () => resources.length > 0, 15_000, `crisis:resources (worker: ${worker.output().slice(-300)})`);
    expect(resources[0]).toMatchObject({ contentType: 'message', contentId: sent.id, hotlines: { region: 'US' } });
    expect(resources[0].message.length).toBeGreaterThan(20);
    await waitFor(async () => flags.some((flag) => flag.contentId === sent.id), 10_000, 'moderation:flag');
    expect(flags.find((flag) => flag.contentId === sent.id)?.kind).toBe('crisis');
    const [message] = await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [sent.id]);
    expect(message.status).toBe('visible');
  });

  it('lets members report a message to the moderators, once each, and refuses what they cannot see', async () => {
    const a = await connected(connect(node1, alice.token));
    await emit(a, 'room:join', { room: 'lounge' });
    const sent = await emit(a, 'message:send', { room: 'lounge', body: 'see you all tomorrow, maybe', clientMsgId: 'report-me-1' });
    const path = `/api/v1/rooms/lounge/messages/${sent.id}/reports`;
    const first = await rest<{ reason: string; created: boolean }>(node2, 'POST', path, { token: bob.token, body: { reason: 'crisis_concern', note: 'They said goodbye in a way that worried me.' } });
    expect([first.status, first.body]).toEqual([201, { reason: 'crisis_concern', created: true }]);
    const again = await rest<{ reason: string; created: boolean }>(node1, 'POST', path, { token: bob.token, body: { reason: 'other' } });
    expect([again.status, again.body]).toEqual([201, { reason: 'other', created: false }]);
    expect((await rest(node1, 'POST', path, { token: carol.token, body: { reason: 'crisis_concern' } })).status).toBe(201);
    const stored = await node1.db.dataSource.query(`SELECT reason, note FROM message_reports WHERE message_id = $1 ORDER BY created_at`, [sent.id]);
    expect(stored).toEqual([
      { reason: 'other', note: 'They said goodbye in a way that worried me.' },
      { reason: 'crisis_concern', note: null },
    ]);
    // On the moderators' queue with the crisis items; a second report from one member counts once.
    const queue = await rest<{ items: Array<{ id: string; contentType: string; contentId: string; kind: string; reports: number; authorId: string | null }> }>(node1, 'GET', '/api/v1/moderation/queue', { token: moderator.token });
    const item = queue.body.items.find((entry) => entry.contentId === sent.id);
    expect(item).toMatchObject({ contentType: 'message', kind: 'crisis', reports: 2, authorId: alice.memberId });
    // Moderators read each reporter's note (the reporter unnamed).
    const detail = await rest<{ signals: Array<{ source: string; reason: string | null; note: string | null }> }>(node1, 'GET', `/api/v1/moderation/flags/${item?.id}`, { token: moderator.token });
    expect(detail.body.signals.filter((signal) => signal.source === 'report').map((signal) => [signal.reason, signal.note])).toEqual([
      ['crisis_concern', 'They said goodbye in a way that worried me.'],
      ['crisis_concern', null],
    ]);

    const refused = async (target: string, body: unknown, token: string | undefined = bob.token) => {
      const response = await rest<{ error: { code: string } }>(node1, 'POST', target, { token, body });
      return [response.status, response.body.error?.code];
    };
    expect(await refused(path, { reason: 'because' })).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refused(path, { reason: 'spam', note: 'x'.repeat(5_000) })).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refused(`/api/v1/rooms/lounge/messages/not-an-id/reports`, { reason: 'spam' })).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refused(`/api/v1/rooms/lounge/messages/${crypto.randomUUID()}/reports`, { reason: 'spam' })).toEqual([404, 'MESSAGE_NOT_FOUND']);
    expect(await refused(`/api/v1/rooms/night-owls/messages/${sent.id}/reports`, { reason: 'spam' })).toEqual([404, 'MESSAGE_NOT_FOUND']);
    expect((await rest(node1, 'POST', path, { body: { reason: 'spam' } })).status).toBe(401);
    // A private room's message is not there for someone outside it.
    const [room] = await node1.db.dataSource.query(`INSERT INTO rooms (slug, name, description, position, private) VALUES ('report-private', 'Private', '', 1000, true) RETURNING id`);
    await node1.db.dataSource.query(`INSERT INTO room_members (room_id, member_id) VALUES ($1, $2)`, [room.id, alice.memberId]);
    const [hidden] = await node1.db.dataSource.query(`INSERT INTO messages (room_id, author_id, client_msg_id, body) VALUES ($1, $2, 'private-1', 'just us') RETURNING id`, [room.id, alice.memberId]);
    expect(await refused(`/api/v1/rooms/report-private/messages/${hidden.id}/reports`, { reason: 'spam' })).toEqual([404, 'MESSAGE_NOT_FOUND']);
    // Nor to delete, remove or restore: the same 404 as an id that does not exist, and nothing changes.
    const privatePath = `/api/v1/rooms/report-private/messages/${hidden.id}`;
    for (const [method, target, token] of [['DELETE', privatePath, bob.token], ['DELETE', privatePath, moderator.token], ['POST', `${privatePath}/restore`, moderator.token]] as const) {
      const response = await rest<{ error: { code: string } }>(node1, method, target, { token });
      expect([method, response.status, response.body.error?.code]).toEqual([method, 404, 'MESSAGE_NOT_FOUND']);
    }
    const [{ status: stillThere }] = await node1.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [hidden.id]);
    expect(stillThere).toBe('visible');
    // A removed message cannot be reported any more.
    expect((await rest(node1, 'DELETE', `/api/v1/rooms/lounge/messages/${sent.id}`, { token: moderator.token })).status).toBe(204);
    expect(await refused(path, { reason: 'spam' }, carol.token)).toEqual([404, 'MESSAGE_NOT_FOUND']);
  });

  it('limits how many reports one member sends in an hour, posts and messages together, and nobody else', async () => {
    const flooder = await registerMember(node1, 'Flooding Reporter');
    const report = (who: Session, path: string) => rest<{ error?: { code: string; details?: { retryAfterSeconds?: number } } }>(node1, 'POST', path, { token: who.token, body: { reason: 'spam' } });
    // The default budget (30 an hour): every attempt counts, found or not.
    for (let attempt = 0; attempt < 30; attempt += 1) expect((await report(flooder, `/api/v1/rooms/lounge/messages/${crypto.randomUUID()}/reports`)).status).toBe(404);
    const refused = await report(flooder, `/api/v1/rooms/lounge/messages/${crypto.randomUUID()}/reports`);
    expect(refused.status).toBe(429);
    expect(refused.body.error?.code).toBe('RATE_LIMITED');
    expect(refused.body.error?.details?.retryAfterSeconds).toBeGreaterThan(60);
    expect(Number(refused.headers.get('retry-after'))).toBe(refused.body.error?.details?.retryAfterSeconds);
    expect((await report(flooder, `/api/v1/posts/${crypto.randomUUID()}/reports`)).status).toBe(429);
    // Someone else reports as before.
    expect((await report(carol, `/api/v1/rooms/lounge/messages/${crypto.randomUUID()}/reports`)).status).toBe(404);
  });

  it('refuses a member who loops on socket events before the events cost anything, and nobody else', async () => {
    // A node of its own with a small budget (the other nodes' is out of the tests' way).
    const strict = await startApiNode(node1.db, { ...node1.env, RATE_LIMIT_SOCKET_EVENTS_PER_10S: 8 });
    try {
      const looperToken = (await registerMember(node1, 'Finn Loop')).token;
      // Connecting spends one of the 8.
      const looper = await connected(connect(strict, looperToken));
      const bystander = await connected(connect(strict, (await registerMember(node1, 'Gus Calm')).token));
      const presence = collect<{ online: number }>(bystander, 'presence');
      expect((await emit(bystander, 'room:join', { room: 'grief-circle' })).ok).toBe(true);
      // Its own join's presence first (it may come after the ack, through Redis): only the looper's are counted.
      await waitFor(async () => presence.some((event) => event.online === 1), 5_000, "the bystander's own presence");
      presence.length = 0;
      const acks: Ack[] = [];
      for (let i = 0; i < 12; i++) acks.push(await emit(looper, 'room:join', { room: 'grief-circle' }));
      expect(acks.map((ack) => ack.ok)).toEqual([...Array(7).fill(true), ...Array(5).fill(false)]);
      for (const refused of acks.slice(7)) {
        expect(refused.error?.code).toBe('RATE_LIMITED');
        expect(refused.error?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(refused.error?.retryAfterSeconds).toBeLessThanOrEqual(10);
      }
      // The room heard of the first join alone: the joins again let through changed no count, and
      // the refused ones reached nobody.
      await waitFor(async () => presence.length >= 1, 5_000, 'the presence of the first join');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(presence).toEqual([{ room: 'grief-circle', online: 2 }]);
      // Its sends are refused too while the budget is spent, and store nothing.
      const send = await emit(looper, 'message:send', { room: 'grief-circle', body: 'looping', clientMsgId: 'loop-1' });
      expect(send.error?.code).toBe('RATE_LIMITED');
      const [{ n }] = await node1.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id = 'loop-1'`);
      expect(n).toBe(0);
      // A new connection is refused at the handshake, saying how long to wait.
      const again = await connected(connect(strict, looperToken)).then(
        () => undefined,
        (error: Error & { data?: { code?: string; retryAfterSeconds?: number } }) => error,
      );
      expect(again?.data?.code).toBe('RATE_LIMITED');
      expect(again?.data?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(again?.data?.retryAfterSeconds).toBeLessThanOrEqual(10);
      // Another member on the same node is not held up.
      expect((await emit(bystander, 'message:send', { room: 'grief-circle', body: 'still here', clientMsgId: 'calm-1' })).ok).toBe(true);
    } finally {
      sockets.closeAll();
      await strict.close();
    }
  });

  it('looks each sender up by index in the send statement, however many members there are', async () => {
    // A community of a few thousand: planned without knowing a batch's size, plain joins hashed
    // the whole members table on every send.
    await node1.db.dataSource.query(`INSERT INTO members (pseudonym) SELECT 'crowd ' || g FROM generate_series(1, 1500) g`);
    await node1.db.dataSource.query('ANALYZE members');
    const socket = await connected(connect(node1, (await registerMember(node1, 'Erin Crowd')).token));
    await emit(socket, 'room:join', { room: 'lounge' });
    expect(await emit(socket, 'message:send', { room: 'lounge', body: 'in a crowd', clientMsgId: 'crowd-1' })).toMatchObject({ ok: true });
    // The statement as the send path prepared it, on its own connection (one, idle now).
    const sendPool = node1.app.get<Pool>(CHAT_SEND_POOL);
    const emptyArrays = Array.from({ length: 8 }, () => `'{}'`).join(', ');
    const [{ 'QUERY PLAN': plan }] = (await sendPool.query(`EXPLAIN (FORMAT JSON) EXECUTE "chat.send"(${emptyArrays}, 5, 10)`)).rows;
    const scans: Array<{ type: string; relation?: string }> = [];
    const walk = (node: { 'Node Type': string; 'Relation Name'?: string; Plans?: unknown[] }) => {
      scans.push({ type: node['Node Type'], relation: node['Relation Name'] });
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk(plan[0].Plan);
    expect(scans).toContainEqual({ type: 'Index Scan', relation: 'members' });
    expect(scans.filter((scan) => scan.relation === 'members' || scan.relation === 'messages').map((scan) => scan.type)).not.toContain('Seq Scan');
  });
});
