import { io } from 'socket.io-client';
import { seedDemoData } from '@lantern/db';
import type { Post, QueueItemDetail, QueueItem, Thread, WatchedWordEntry } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

interface ErrorResponse {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describe('watched words (real PostgreSQL, Redis and worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let admin: Session;
  let moderator: Session;
  let writer: Session;
  let reader: Session;

  beforeAll(async () => {
    api = await startApi('watched-words');
    await seedDemoData(api.db.dataSource);
    worker = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, WORKER_CONCURRENCY: '2' });
    admin = await withRole(api, await registerMember(api, 'Ash Grove'), 'admin');
    moderator = await withRole(api, await registerMember(api, 'Mod Elm'), 'moderator');
    writer = await registerMember(api, 'Writer Oak');
    reader = await registerMember(api, 'Reader Yew');
    for (const word of [
      { pattern: 'cheapmeds', action: 'block' },
      { pattern: 'crypto* giveaway', action: 'hold' },
      { pattern: 'my ex', action: 'flag' },
      { pattern: 'dang', action: 'replace', replacement: 'd*ng' },
    ]) {
      const created = await rest<WatchedWordEntry>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: word });
      expect(created.status).toBe(201);
    }
  });

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await api.close();
  });

  const newThread = (who: Session, body: string, title = 'Watched words') =>
    rest<Thread & ErrorResponse>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'introductions', title, body } });
  const itemFor = (contentId: string) =>
    waitFor(async () => (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((item) => item.contentId === contentId), 15_000, `a queue item for ${contentId}`);

  it('lets only admins edit the list, and refuses what cannot work with a reason', async () => {
    expect((await rest(api, 'GET', '/api/v1/admin/watched-words', { token: moderator.token })).status).toBe(403);
    expect((await rest(api, 'POST', '/api/v1/admin/watched-words', { token: writer.token, body: { pattern: 'x', action: 'flag' } })).status).toBe(403);
    const listed = await rest<{ items: WatchedWordEntry[] }>(api, 'GET', '/api/v1/admin/watched-words', { token: admin.token });
    expect(listed.body.items.map((word) => [word.pattern, word.action, word.replacement])).toEqual([
      ['cheapmeds', 'block', null],
      ['crypto* giveaway', 'hold', null],
      ['dang', 'replace', 'd*ng'],
      ['my ex', 'flag', null],
    ]);
    const bad = async (body: unknown) => (await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body })).body.error;
    expect((await bad({ pattern: 'spam', action: 'explode' })).code).toBe('VALIDATION_FAILED');
    expect((await bad({ pattern: 'spam', action: 'replace' })).code).toBe('VALIDATION_FAILED');
    expect((await bad({ pattern: 'spam', action: 'flag', replacement: 'x' })).code).toBe('VALIDATION_FAILED');
    expect((await bad({ pattern: '(unclosed', action: 'flag' })).code).toBe('WATCHED_WORD_INVALID');
    expect((await bad({ pattern: 'CheapMeds', action: 'flag' })).code).toBe('WATCHED_WORD_EXISTS');
    const audit = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'watched_word_add' AND actor_id = $1`, [admin.memberId]);
    expect(audit[0].n).toBe(4);
  });

  it('blocks a word with a message and stores nothing, in threads, replies and chat', async () => {
    const before = (await api.db.dataSource.query(`SELECT count(*)::int AS n FROM posts`))[0].n;
    const refused = await newThread(writer, 'Get C H E A P M E D S here');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('WATCHED_WORD_BLOCKED');
    expect(refused.body.error.message).toContain('Your text is still here');
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM posts`))[0].n).toBe(before);

    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: writer.token }, transports: ['websocket'] });
    try {
      await socket.timeout(5000).emitWithAck('room:join', { room: 'lounge' });
      const ack = (await socket.timeout(5000).emitWithAck('message:send', { room: 'lounge', body: 'cheapmeds anyone?', clientMsgId: 'ww-1' })) as { ok: boolean; error?: { code: string } };
      expect(ack).toMatchObject({ ok: false, error: { code: 'WATCHED_WORD_BLOCKED' } });
    } finally {
      socket.disconnect();
    }
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id = 'ww-1'`))[0].n).toBe(0);
  });

  it('replaces words before anything is stored', async () => {
    const created = await newThread(writer, 'Oh dang, what a week.');
    expect(created.status).toBe(201);
    const [row] = await api.db.dataSource.query(`SELECT body FROM posts WHERE id = $1`, [created.body.firstPost.id]);
    expect(row.body).toBe('Oh d*ng, what a week.');
  });

  it('refuses a chosen name with a blocked, held or replaced word, and lets a flagged one pass', async () => {
    // Words only this community's list knows (the classifier already refuses spam and cruel names).
    const added: string[] = [];
    for (const word of [
      { pattern: 'grimbleshank', action: 'block' },
      { pattern: 'wobble* fish', action: 'hold' },
    ]) {
      const created = await rest<WatchedWordEntry>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: word });
      expect(created.status).toBe(201);
      added.push(created.body.id);
    }
    try {
      const register = (pseudonym: string) => rest<ErrorResponse & { member: { pseudonym: string } }>(api, 'POST', '/api/v1/auth/register', { body: { pseudonym } });
      for (const [name, word] of [
        ['Grimbleshank Owl', 'Grimbleshank'],
        ['Wobbleton Fish', 'Wobbleton Fish'],
        ['Dang Owl', 'Dang'],
      ]) {
        const refused = await register(name);
        expect([name, refused.status, refused.body.error?.code]).toEqual([name, 422, 'PSEUDONYM_REFUSED']);
        expect(refused.body.error.message).toContain(`"${word}"`);
        expect((await api.db.dataSource.query(`SELECT 1 FROM members WHERE lower(pseudonym) = lower($1)`, [name])).length).toBe(0);
      }
      const flaggedOnly = await register('My Ex Files');
      expect([flaggedOnly.status, flaggedOnly.body.member?.pseudonym]).toEqual([201, 'My Ex Files']);
    } finally {
      for (const id of added) await rest(api, 'DELETE', `/api/v1/admin/watched-words/${id}`, { token: admin.token });
    }
  });

  it('reads a thread’s content warning as it reads its title: blocked, replaced or flagged', async () => {
    const withWarning = (contentWarning: string, body: string) =>
      rest<Thread & ErrorResponse>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'introductions', title: 'A warning', body, contentWarning } });
    const before = (await api.db.dataSource.query(`SELECT count(*)::int AS n FROM threads`))[0].n;
    const refused = await withWarning('cheapmeds inside', 'Nothing to see.');
    expect([refused.status, refused.body.error.code]).toEqual([422, 'WATCHED_WORD_BLOCKED']);
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM threads`))[0].n).toBe(before);

    const replaced = await withWarning('dang, a hard week', 'It was a long one.');
    expect(replaced.status).toBe(201);
    expect(replaced.body.contentWarning).toBe('d*ng, a hard week');
    expect((await api.db.dataSource.query(`SELECT content_warning FROM threads WHERE id = $1`, [replaced.body.id]))[0].content_warning).toBe('d*ng, a hard week');

    // A flagged word in the warning alone brings a moderator; the item names the pattern.
    const flagged = await withWarning('about my ex', 'It went fine, honestly.');
    const item = await itemFor(flagged.body.firstPost.id);
    const detail = (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${item.id}`, { token: moderator.token })).body;
    expect(detail.signals.find((s) => s.source === 'watched_word')?.reason).toBe('flag: my ex');
    // The moderator is shown the warning, where the words are: not in the post's body.
    expect(detail.context).toMatchObject({ kind: 'thread', title: 'A warning', contentWarning: 'about my ex' });
  });

  it('flags a watched word for a moderator and leaves the post up, with the words that matched', async () => {
    const created = await newThread(writer, 'Talked to my ex today and it went fine.');
    const item = await itemFor(created.body.firstPost.id);
    expect(item.kind).toBe('report');
    const detail = (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${item.id}`, { token: moderator.token })).body;
    const signal = detail.signals.find((s) => s.source === 'watched_word');
    expect(signal?.reason).toBe('flag: my ex');
    expect(signal?.evidence.map((span) => span.text)).toEqual(['my ex']);
    expect((await rest<Post>(api, 'GET', `/api/v1/posts/${created.body.firstPost.id}`, { token: reader.token })).status).toBe(200);
  });

  it('holds a post for review: hidden from others, still there for its author', async () => {
    const created = await newThread(writer, 'Huge cryptocurrency giveaway, click here');
    const postId = created.body.firstPost.id;
    await itemFor(postId);
    expect((await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [postId]))[0].status).toBe('hidden');
    expect((await rest(api, 'GET', `/api/v1/posts/${postId}`, { token: reader.token })).status).toBe(404);
    expect((await rest(api, 'GET', `/api/v1/posts/${postId}`, { token: writer.token })).status).toBe(200);
  });

  it('never holds a member in crisis, even when a held word is in their words', async () => {
    const created = await newThread(writer, 'I lost everything in a crypto giveaway scam and I want to kill myself tonight.');
    const postId = created.body.firstPost.id;
    const item = await itemFor(postId);
    expect(item.kind).toBe('crisis');
    expect((await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [postId]))[0].status).toBe('visible');
  });

  it('never lets the list refuse or rewrite the words of someone in crisis', async () => {
    // A crisis phrase may be watched (flagged), never blocked, held or replaced.
    for (const action of ['block', 'hold'] as const) {
      const refused = await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: { pattern: 'kill* myself', action } });
      expect([refused.status, refused.body.error.code]).toEqual([400, 'WATCHED_WORD_CRISIS']);
    }
    const replaced = await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: { pattern: 'kms', action: 'replace', replacement: '***' } });
    expect([replaced.status, replaced.body.error.code]).toEqual([400, 'WATCHED_WORD_CRISIS']);
    expect(replaced.body.error.message).toContain('add it as flag instead');
    const flagged = await rest<WatchedWordEntry>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: { pattern: 'kill* myself', action: 'flag' } });
    expect(flagged.status).toBe(201);

    // An everyday word replaced where, in these words, it is what says someone is in crisis: stored
    // as written, and read as crisis; elsewhere still replaced.
    const pills = await rest<WatchedWordEntry>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: { pattern: 'pills', action: 'replace', replacement: '***' } });
    expect(pills.status).toBe(201);
    try {
      const crisis = await newThread(writer, 'I am going to take all my pills tonight and not wake up.');
      expect(crisis.status).toBe(201);
      expect((await api.db.dataSource.query(`SELECT body FROM posts WHERE id = $1`, [crisis.body.firstPost.id]))[0].body).toBe('I am going to take all my pills tonight and not wake up.');
      expect((await itemFor(crisis.body.firstPost.id)).kind).toBe('crisis');
      const everyday = await newThread(writer, 'Does anyone else forget their pills on holiday?');
      expect((await api.db.dataSource.query(`SELECT body FROM posts WHERE id = $1`, [everyday.body.firstPost.id]))[0].body).toBe('Does anyone else forget their *** on holiday?');
    } finally {
      for (const id of [pills.body.id, flagged.body.id]) expect((await rest(api, 'DELETE', `/api/v1/admin/watched-words/${id}`, { token: admin.token })).status).toBe(204);
    }
  });

  it('answers a chat message resent after the list changed with the message already stored, not as new words refused or rewritten', async () => {
    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: writer.token }, transports: ['websocket'] });
    type Ack = { ok: boolean; id?: string; duplicate?: boolean; error?: { code: string } };
    const send = (body: string, clientMsgId: string) => socket.timeout(5000).emitWithAck('message:send', { room: 'lounge', body, clientMsgId }) as Promise<Ack>;
    const added: string[] = [];
    try {
      await socket.timeout(5000).emitWithAck('room:join', { room: 'lounge' });
      const first = await send('the grumbleweed is back', 'ww-resend-block');
      const second = await send('my flumpet broke again', 'ww-resend-replace');
      expect([first.ok, second.ok]).toEqual([true, true]);
      // The answers were lost; meanwhile an admin blocks one word and has another replaced.
      for (const word of [
        { pattern: 'grumbleweed', action: 'block' },
        { pattern: 'flumpet', action: 'replace', replacement: 'f*****' },
      ]) {
        const created = await rest<WatchedWordEntry>(api, 'POST', '/api/v1/admin/watched-words', { token: admin.token, body: word });
        expect(created.status).toBe(201);
        added.push(created.body.id);
      }
      // Nothing is written for a resend: refused as new words, they would have been kept a second
      // time for the crisis check, with an outbox row (counted by the outbox's sequence, which the
      // worker reading and deleting what was kept cannot take back).
      const outboxed = async (): Promise<string | null> =>
        (await api.db.dataSource.query(`SELECT pg_sequence_last_value(pg_get_serial_sequence('outbox_events', 'id')::regclass)::text AS n`))[0].n;
      const before = await outboxed();
      expect(await send('the grumbleweed is back', 'ww-resend-block')).toEqual({ ok: true, id: first.id, duplicate: true });
      expect(await send('my flumpet broke again', 'ww-resend-replace')).toEqual({ ok: true, id: second.id, duplicate: true });
      expect(await outboxed()).toBe(before);
      // New words are screened as ever.
      expect(await send('the grumbleweed again', 'ww-resend-new')).toMatchObject({ ok: false, error: { code: 'WATCHED_WORD_BLOCKED' } });
      // Words under the clientMsgId of a message in another room (a client's bug) are new words:
      // refused for the word (and so kept for the crisis check), not as a reused clientMsgId. In
      // the same room they may be that message, stored before a rule changed how its words read:
      // refused as the id's, which the client settles from the room's history.
      await socket.timeout(5000).emitWithAck('room:join', { room: 'night-owls' });
      const elsewhere = (await socket.timeout(5000).emitWithAck('message:send', { room: 'night-owls', body: 'a grumbleweed under a taken id', clientMsgId: 'ww-resend-replace' })) as Ack;
      expect(elsewhere).toMatchObject({ ok: false, error: { code: 'WATCHED_WORD_BLOCKED' } });
      expect(await send('a grumbleweed under a taken id', 'ww-resend-replace')).toMatchObject({ ok: false, error: { code: 'CLIENT_MSG_ID_REUSED' } });
    } finally {
      socket.disconnect();
      for (const id of added) await rest(api, 'DELETE', `/api/v1/admin/watched-words/${id}`, { token: admin.token });
    }
  });

  it('stops applying a word as soon as an admin removes it', async () => {
    const listed = await rest<{ items: WatchedWordEntry[] }>(api, 'GET', '/api/v1/admin/watched-words', { token: admin.token });
    const block = listed.body.items.find((word) => word.pattern === 'cheapmeds')!;
    expect((await rest(api, 'DELETE', `/api/v1/admin/watched-words/${block.id}`, { token: admin.token })).status).toBe(204);
    expect((await rest<ErrorResponse>(api, 'DELETE', `/api/v1/admin/watched-words/${block.id}`, { token: admin.token })).body.error.code).toBe('WATCHED_WORD_NOT_FOUND');
    expect((await newThread(writer, 'cheapmeds was a joke, sorry')).status).toBe(201);
  });
});
