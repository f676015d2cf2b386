import { seedDemoData } from '@lantern/db';
import { CHAT_LIMITS, type AccountExport, type CrisisResources, type WatchedWordEntry } from '@lantern/contracts';
import { closeQueue, createBullConnection, createModerationQueue } from '@lantern/queue';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { completedJobOutcomes, memberItemOnQueue, supportSignals } from '../../test/support/moderation-queue';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, emitAck, TestSockets } from '../../test/support/socket-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

const IN_CRISIS = 'I can’t do this any more, I want to die tonight';
const ORDINARY = 'this room is quiet today, hope everyone is ok';
const WORRIED = 'My friend keeps saying she wants to kill herself and I am scared for her.';
/** Low enough to reach in a test; no other test here posts more than four times as one member. */
const POSTS_PER_MINUTE = 6;

interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * A member a moderator paused (suspended, or muted in chat), whose words hit a blocked watched
 * word, or who writes faster than the limits allow, is refused as before; words of crisis among
 * the refused ones still reach a human.
 */
describe('words of crisis a member could not post (real PostgreSQL, Redis and worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess | undefined;
  let moderator: Session;
  let admin: Session;
  const sockets = new TestSockets();

  beforeAll(async () => {
    api = await startApi('withheld-words', { RATE_LIMIT_POSTS_PER_MINUTE: String(POSTS_PER_MINUTE) });
    await seedDemoData(api.db.dataSource);
    moderator = await withRole(api, await registerMember(api, 'Mod Nightjar'), 'moderator');
    admin = await withRole(api, await registerMember(api, 'Ash Kestrel'), 'admin');
  });

  afterEach(() => sockets.closeAll());

  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await worker?.exited;
    await api.close();
  });

  const startTheWorker = (): WorkerProcess => {
    worker ??= startWorker({
      DATABASE_URL: api.env.DATABASE_URL,
      REDIS_URL: api.env.REDIS_URL,
      QUEUE_PREFIX: api.env.QUEUE_PREFIX,
      WORKER_CONCURRENCY: '2',
      // Every second, for the last test's lost words.
      SESSION_PURGE_INTERVAL_SECONDS: '1',
    });
    return worker;
  };
  const workerTail = () => worker?.output().slice(-300) ?? 'not started';

  const pause = (member: Session, column: 'muted_until' | 'suspended_until') =>
    api.db.dataSource.query(`UPDATE members SET ${column} = now() + interval '1 hour' WHERE id = $1`, [member.memberId]);

  /** What waits for the worker, as the database holds it. */
  const waiting = async (member: Session): Promise<Array<{ place: string; why: string; body: string }>> =>
    api.db.dataSource.query(`SELECT place, why, body FROM withheld_words WHERE member_id = $1 ORDER BY created_at`, [member.memberId]);
  const allRead = (member: Session) => waitFor(async () => ((await waiting(member)).length === 0 ? true : undefined), 20_000, `the refused words read (worker: ${workerTail()})`);

  const memberItem = (memberId: string) => memberItemOnQueue(api, moderator.token, memberId);
  const withheldSignals = (memberId: string) => supportSignals(api, memberId, 'crisis_in_withheld_words');

  const send = async (member: Session, body: string, clientMsgId: string) => {
    const socket = await sockets.connected(api, member.token);
    expect((await emitAck(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    return emitAck(socket, 'message:send', { room: 'lounge', body, clientMsgId });
  };
  const openNotices = async (member: Session) => (await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: member.token })).body.items;

  it('keeps a muted member’s refused messages for the worker, a few at most, and the worker catches up when it starts', async () => {
    const muted = await registerMember(api, 'Muted In Pain');
    await pause(muted, 'muted_until');
    for (let i = 0; i < 8; i++) {
      const ack = await send(muted, i === 0 ? IN_CRISIS : `${ORDINARY} (${i})`, `withheld-${i}`);
      expect([ack.ok, ack.error?.code]).toEqual([false, 'MUTED']);
    }
    // Nothing was posted; the first five wait, in the member's words, with an outbox event each (ids only).
    expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE author_id = $1`, [muted.memberId])).toEqual([{ n: 0 }]);
    const kept = await waiting(muted);
    expect(kept.map((row) => [row.place, row.why])).toEqual(Array.from({ length: 5 }, () => ['chat', 'muted']));
    expect(kept[0].body).toBe(IN_CRISIS);
    // Each went to the queue as its id alone (BullMQ keeps jobs in clear in Redis).
    const ids = new Set((await api.db.dataSource.query(`SELECT id FROM withheld_words WHERE member_id = $1`, [muted.memberId])).map((row: { id: string }) => row.id));
    const queue = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'withheld-words-queued'), api.env.QUEUE_PREFIX);
    try {
      const queued = await waitFor(
        async () => {
          const jobs = (await queue.getJobs(['waiting'])).filter((job) => job.name === 'withheld-words' && ids.has((job.data as { withheldId: string }).withheldId));
          return jobs.length === 5 ? jobs : undefined;
        },
        10_000,
        'five withheld-words jobs on the queue',
      );
      expect(queued.map((job) => Object.keys(job.data))).toEqual(Array.from({ length: 5 }, () => ['withheldId']));
    } finally {
      await closeQueue(queue);
    }

    startTheWorker();
    await allRead(muted);
    const item = await waitFor(() => memberItem(muted.memberId), 10_000, 'the muted member’s item on the queue');
    expect(item).toMatchObject({ kind: 'crisis', authorId: muted.memberId });
    expect(item.excerpt).toContain('Tried to post words that sound like crisis');
    // The words are not on the item, nor kept anywhere.
    expect(item.excerpt).not.toContain('want to die');
    expect(await withheldSignals(muted.memberId)).toBe(1);
    // Their data export says a moderator was told, and why; not the words.
    const exported = await rest<AccountExport>(api, 'GET', '/api/v1/me/export', { token: muted.token });
    expect(exported.body.crisisSupport.moderatorsTold).toEqual([{ at: expect.any(String), because: 'crisis_in_withheld_words' }]);
    expect(exported.body.crisisSupport.requests).toEqual([]);
    expect(JSON.stringify(exported.body)).not.toContain('want to die');
    // Still muted: the moderator's pause is theirs to lift, not the classifier's.
    expect((await send(muted, 'still here', 'withheld-after')).error?.code).toBe('MUTED');
  });

  it('puts the lines in front of the member too, live, one panel at a time', async () => {
    startTheWorker();
    const muted = await registerMember(api, 'Muted Needs Lines');
    await pause(muted, 'muted_until');
    const socket = await sockets.connected(api, muted.token);
    const pushed = collect<CrisisResources>(socket, 'crisis:resources');
    expect((await emitAck(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    const sendHere = (body: string, clientMsgId: string) => emitAck(socket, 'message:send', { room: 'lounge', body, clientMsgId });

    expect((await sendHere(IN_CRISIS, 'lines-1')).error?.code).toBe('MUTED');
    const [notice] = await waitFor(async () => (pushed.length ? pushed : undefined), 20_000, `crisis:resources on the member's socket (worker: ${workerTail()})`);
    expect(notice).toMatchObject({ contentType: 'withheld_words', concern: 'self', supportRequested: false });
    expect(notice.hotlines.hotlines.length).toBeGreaterThan(0);
    // The notice names the moment, not words anyone can fetch: those are gone.
    expect(await waiting(muted)).toEqual([]);
    expect((await openNotices(muted)).map((open) => open.noticeId)).toEqual([notice.noticeId]);

    // Refused again while the panel is open: a human hears of it again, but no second panel.
    expect((await sendHere(`${IN_CRISIS}, really`, 'lines-2')).error?.code).toBe('MUTED');
    await allRead(muted);
    expect(await withheldSignals(muted.memberId)).toBe(2);
    expect((await openNotices(muted)).map((open) => open.noticeId)).toEqual([notice.noticeId]);
    expect(pushed).toHaveLength(1);
    // However many jobs run at once: the database keeps one open.
    await expect(
      api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk) VALUES ($1, 'withheld_words', gen_random_uuid(), 'high')`, [muted.memberId]),
    ).rejects.toThrow(/crisis_notices_withheld_open_once/);

    // Closed ("I'm safe right now"), then worried words about a friend: a new panel, for a friend.
    expect((await rest(api, 'POST', `/api/v1/me/crisis-notices/${notice.noticeId}/close`, { token: muted.token, body: { how: 'safe_now' } })).status).toBe(204);
    expect((await sendHere(WORRIED, 'lines-3')).error?.code).toBe('MUTED');
    await waitFor(async () => (pushed.length === 2 ? true : undefined), 20_000, `a second crisis:resources (worker: ${workerTail()})`);
    expect(pushed[1]).toMatchObject({ contentType: 'withheld_words', concern: 'concern_for_other' });
    expect(pushed[1].noticeId).not.toBe(notice.noticeId);

    // Their export lists both panels, never the words.
    const exported = await rest<AccountExport>(api, 'GET', '/api/v1/me/export', { token: muted.token });
    expect(exported.body.crisisSupport.notices.map((kept) => [kept.contentType, kept.concern, kept.closedHow])).toEqual([
      ['withheld_words', 'self', 'safe_now'],
      ['withheld_words', 'concern_for_other', null],
    ]);
    expect(JSON.stringify(exported.body)).not.toMatch(/want to die|kill herself/);
  });

  it('tells nobody of a muted member’s ordinary refused words, and deletes them all the same', async () => {
    startTheWorker();
    const muted = await registerMember(api, 'Muted And Fine');
    await pause(muted, 'muted_until');
    const queue = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'withheld-words-read'), api.env.QUEUE_PREFIX);
    try {
      // Read and found ordinary: one more job that ended so (none would if the words were never kept).
      const readOrdinary = async () =>
        (await queue.getJobs(['completed'])).filter((job) => job.name === 'withheld-words' && job.returnvalue === 'read').length;
      const before = await readOrdinary();
      expect((await send(muted, ORDINARY, 'ordinary-1')).error?.code).toBe('MUTED');
      await waitFor(async () => (await readOrdinary()) === before + 1, 20_000, `the refused words read (worker: ${workerTail()})`);
    } finally {
      await closeQueue(queue);
    }
    expect(await waiting(muted)).toEqual([]);
    expect(await memberItem(muted.memberId)).toBeUndefined();
    expect(await withheldSignals(muted.memberId)).toBe(0);
  });

  it('hears a suspended member’s crisis in a new thread, a reply and an edit', async () => {
    startTheWorker();
    const writer = await registerMember(api, 'Suspended Writer');
    const thread = await rest<{ id: string; firstPost: { id: string } }>(api, 'POST', '/api/v1/threads', {
      token: writer.token,
      body: { categorySlug: 'anxiety', title: 'a hard week', body: 'Does anyone have tips for sleeping?' },
    });
    expect(thread.status).toBe(201);
    await pause(writer, 'suspended_until');
    const refused = [
      await rest<ErrorBody>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'anxiety', title: 'goodbye', body: IN_CRISIS } }),
      await rest<ErrorBody>(api, 'POST', `/api/v1/threads/${thread.body.id}/posts`, { token: writer.token, body: { body: IN_CRISIS } }),
      await rest<ErrorBody>(api, 'PATCH', `/api/v1/posts/${thread.body.firstPost.id}`, { token: writer.token, body: { body: IN_CRISIS } }),
    ];
    expect(refused.map((response) => [response.status, response.body.error.code])).toEqual(Array.from({ length: 3 }, () => [403, 'SANCTIONED']));
    await allRead(writer);
    expect(await waitFor(() => memberItem(writer.memberId), 10_000, 'the suspended member’s item')).toMatchObject({ kind: 'crisis' });
    // Three refusals, one item, a signal for each.
    expect(await withheldSignals(writer.memberId)).toBe(3);
    const [post] = await api.db.dataSource.query(`SELECT body, version FROM posts WHERE id = $1`, [thread.body.firstPost.id]);
    expect(post).toEqual({ body: 'Does anyone have tips for sleeping?', version: 1 });
  });

  it('hears crisis in a post refused for a blocked watched word, and not in one refused for the word alone', async () => {
    startTheWorker();
    const word = await rest<WatchedWordEntry>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: { pattern: 'grimbleshank', action: 'block' } });
    expect(word.status).toBe(201);
    const writer = await registerMember(api, 'Blocked Word Writer');
    const other = await registerMember(api, 'Blocked Word Only');
    const thread = await rest<{ id: string }>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'anxiety', title: 'evenings', body: 'How do you spend evenings?' } });
    for (const [who, body] of [
      [writer, `${IN_CRISIS}, grimbleshank`],
      [other, 'grimbleshank is a funny word'],
    ] as const) {
      const refused = await rest<ErrorBody>(api, 'POST', `/api/v1/threads/${thread.body.id}/posts`, { token: who.token, body: { body } });
      expect([refused.status, refused.body.error.code]).toEqual([422, 'WATCHED_WORD_BLOCKED']);
    }
    await allRead(writer);
    await allRead(other);
    expect(await waitFor(() => memberItem(writer.memberId), 10_000, 'the writer’s item')).toMatchObject({ kind: 'crisis' });
    expect(await memberItem(other.memberId)).toBeUndefined();
  });

  it('hears crisis in words refused for coming too quickly: past the chat burst limit, in slow mode, past the posting limit', async () => {
    startTheWorker();
    const chatty = await registerMember(api, 'Too Quick Chatter');
    const slowed = await registerMember(api, 'Slowed Night Owl');
    const poster = await registerMember(api, 'Too Quick Poster');

    // The burst limit: five in ten seconds, then a sixth, in crisis.
    const socket = await sockets.connected(api, chatty.token);
    const pushed = collect<CrisisResources>(socket, 'crisis:resources');
    expect((await emitAck(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    for (let i = 0; i < CHAT_LIMITS.burst; i++) {
      expect((await emitAck(socket, 'message:send', { room: 'lounge', body: `${ORDINARY} (${i})`, clientMsgId: `quick-${i}` })).ok).toBe(true);
    }
    const burst = await emitAck(socket, 'message:send', { room: 'lounge', body: IN_CRISIS, clientMsgId: 'quick-crisis' });
    expect([burst.ok, burst.error?.code]).toEqual([false, 'RATE_LIMITED']);

    // Slow mode, switched on by a moderator for one room.
    const slowMode = (seconds: number) => rest(api, 'PATCH', '/api/v1/rooms/night-owls', { token: moderator.token, body: { slowModeSeconds: seconds } });
    expect((await slowMode(30)).status).toBe(200);
    try {
      const owl = await sockets.connected(api, slowed.token);
      expect((await emitAck(owl, 'room:join', { room: 'night-owls' })).ok).toBe(true);
      expect((await emitAck(owl, 'message:send', { room: 'night-owls', body: ORDINARY, clientMsgId: 'slow-first' })).ok).toBe(true);
      const slow = await emitAck(owl, 'message:send', { room: 'night-owls', body: IN_CRISIS, clientMsgId: 'slow-crisis' });
      expect([slow.ok, slow.error?.code]).toEqual([false, 'SLOW_MODE']);
    } finally {
      expect((await slowMode(0)).status).toBe(200);
    }

    // The posting limit (POSTS_PER_MINUTE for this api), then a reply in crisis.
    const thread = await rest<{ id: string }>(api, 'POST', '/api/v1/threads', { token: poster.token, body: { categorySlug: 'anxiety', title: 'night thoughts', body: ORDINARY } });
    expect(thread.status).toBe(201);
    for (let i = 1; i < POSTS_PER_MINUTE; i++) {
      expect((await rest(api, 'POST', `/api/v1/threads/${thread.body.id}/posts`, { token: poster.token, body: { body: `${ORDINARY} (${i})` } })).status).toBe(201);
    }
    const refused = await rest<ErrorBody>(api, 'POST', `/api/v1/threads/${thread.body.id}/posts`, { token: poster.token, body: { body: IN_CRISIS } });
    expect([refused.status, refused.body.error.code]).toEqual([429, 'RATE_LIMITED']);

    // Each refused text waited for the worker, saying why; none was posted.
    expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE body = $1 OR client_msg_id IN ('quick-crisis', 'slow-crisis')`, [IN_CRISIS])).toEqual([{ n: 0 }]);
    for (const member of [chatty, slowed, poster]) await allRead(member);
    for (const member of [chatty, slowed, poster]) {
      expect(await waitFor(() => memberItem(member.memberId), 10_000, `${member.pseudonym}’s item (worker: ${workerTail()})`)).toMatchObject({ kind: 'crisis' });
      expect(await withheldSignals(member.memberId)).toBe(1);
    }
    // The lines reach the chatter live, as for words they posted; their limit stands as it was.
    const [notice] = await waitFor(async () => (pushed.length ? pushed : undefined), 20_000, 'crisis:resources on the chatter’s socket');
    expect(notice).toMatchObject({ contentType: 'withheld_words', concern: 'self' });
    expect(await api.db.dataSource.query(`SELECT muted_until FROM members WHERE id = $1`, [chatty.memberId])).toEqual([{ muted_until: null }]);
  });

  it('hears crisis in words sent to a room locked meanwhile, and past a connection’s event budget', async () => {
    startTheWorker();
    const locked = await registerMember(api, 'Locked Out Owl');
    const looping = await registerMember(api, 'Many Lines Fast');

    // The moderators lock the room while the member is in it, writing.
    const owl = await sockets.connected(api, locked.token);
    expect((await emitAck(owl, 'room:join', { room: 'night-owls' })).ok).toBe(true);
    const lock = (on: boolean) => rest(api, 'PATCH', '/api/v1/rooms/night-owls', { token: moderator.token, body: { locked: on } });
    expect((await lock(true)).status).toBe(200);
    try {
      const refused = await emitAck(owl, 'message:send', { room: 'night-owls', body: IN_CRISIS, clientMsgId: 'locked-crisis' });
      expect([refused.ok, refused.error?.code]).toEqual([false, 'ROOM_LOCKED']);
    } finally {
      expect((await lock(false)).status).toBe(200);
    }

    // A node whose per-connection event budget is small: connecting and joining spend two of four.
    const strict = await startApiNode(api.db, { ...api.env, RATE_LIMIT_SOCKET_EVENTS_PER_10S: 4 });
    try {
      const socket = await sockets.connected(strict, looping.token);
      expect((await emitAck(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
      for (let i = 0; i < 2; i++) expect((await emitAck(socket, 'message:send', { room: 'lounge', body: `${ORDINARY} (${i})`, clientMsgId: `budget-${i}` })).ok).toBe(true);
      // With a NUL in it (a paste, a broken keyboard app): PostgreSQL refuses one in text.
      const spent = await emitAck(socket, 'message:send', { room: 'lounge', body: `${IN_CRISIS}\u0000`, clientMsgId: 'budget-crisis' });
      expect([spent.ok, spent.error?.code]).toEqual([false, 'RATE_LIMITED']);
      // A flood past the budget is refused all the same.
      for (let i = 0; i < 12; i++) expect((await emitAck(socket, 'message:send', { room: 'lounge', body: `flood ${i}`, clientMsgId: `flood-${i}` })).error?.code).toBe('RATE_LIMITED');
    } finally {
      await strict.close();
    }

    expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id IN ('locked-crisis', 'budget-crisis')`)).toEqual([{ n: 0 }]);
    for (const member of [locked, looping]) {
      expect(await waitFor(() => memberItem(member.memberId), 20_000, `${member.pseudonym}’s item (worker: ${workerTail()})`)).toMatchObject({ kind: 'crisis' });
      expect(await withheldSignals(member.memberId)).toBe(1);
    }
  });

  it('hears crisis in words sent again past the posting limit, at a person’s pace, after the first refusal', async () => {
    startTheWorker();
    const poster = await registerMember(api, 'Again And Again');
    const thread = await rest<{ id: string }>(api, 'POST', '/api/v1/threads', { token: poster.token, body: { categorySlug: 'anxiety', title: 'one more night', body: ORDINARY } });
    expect(thread.status).toBe(201);
    const reply = (body: string) => rest<ErrorBody>(api, 'POST', `/api/v1/threads/${thread.body.id}/posts`, { token: poster.token, body: { body } });
    for (let i = 1; i < POSTS_PER_MINUTE; i++) expect((await reply(`${ORDINARY} (${i})`)).status).toBe(201);
    // Refused for their pace, first with everyday words; then, a few seconds on, in crisis.
    expect((await reply(`${ORDINARY} (again)`)).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    const refused = await reply(IN_CRISIS);
    expect([refused.status, refused.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    await allRead(poster);
    expect(await waitFor(() => memberItem(poster.memberId), 10_000, `the poster’s item (worker: ${workerTail()})`)).toMatchObject({ kind: 'crisis' });
  });

  it('writes once when the job runs twice, and a lost check’s words go after a day', async () => {
    const worker = startTheWorker();
    const muted = await registerMember(api, 'Muted Twice');
    await pause(muted, 'muted_until');
    const [row]: Array<{ id: string }> = await api.db.dataSource.query(`INSERT INTO withheld_words (member_id, place, why, body) VALUES ($1, 'chat', 'muted', $2) RETURNING id`, [
      muted.memberId,
      IN_CRISIS,
    ]);
    // The same words relayed twice (a retried job, an outbox row relayed again).
    const events: Array<{ id: string }> = await api.db.dataSource.query(`INSERT INTO outbox_events (topic, payload) VALUES ('withheld-words', $1), ('withheld-words', $1) RETURNING id`, [
      { withheldId: row.id },
    ]);
    const outcomes = await completedJobOutcomes(
      api,
      events.map((event) => `withheld-words-${event.id}`),
      `both jobs completed (worker: ${workerTail()})`,
    );
    // What Redis keeps beside a job's id says the words were read, never that they spoke of crisis.
    expect(outcomes.sort()).toEqual(['gone', 'read']);
    expect(await withheldSignals(muted.memberId)).toBe(1);

    // Words whose job never came (no outbox event): the purge round deletes them once a day old, and only then.
    await api.db.dataSource.query(`INSERT INTO withheld_words (member_id, place, why, body, created_at) VALUES ($1, 'chat', 'muted', 'lost one', now() - interval '25 hours'), ($1, 'chat', 'muted', 'recent one', now())`, [
      muted.memberId,
    ]);
    await waitFor(async () => (worker.output().includes('deleted 1 refused text whose crisis check never ran') ? true : undefined), 20_000, `the purge round (worker: ${workerTail()})`);
    expect((await waiting(muted)).map((kept) => kept.body)).toEqual(['recent one']);
  });

  it('goes with an erased account', async () => {
    const muted = await registerMember(api, 'Muted Then Gone');
    await pause(muted, 'muted_until');
    await api.db.dataSource.query(`INSERT INTO withheld_words (member_id, place, why, body) VALUES ($1, 'chat', 'muted', $2)`, [muted.memberId, IN_CRISIS]);
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: muted.token })).status).toBe(204);
    expect(await waiting(muted)).toEqual([]);
  });
});
