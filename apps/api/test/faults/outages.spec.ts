import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import { createTestDatabase, dropQueueKeys, uniqueQueuePrefix, type TestDatabase } from '@lantern/db/testing';
import { parseServerEnv } from '@lantern/contracts';
import { closeQueue, createBullConnection, createModerationQueue, createNodeRedisClient } from '@lantern/queue';
import { DATA_SOURCE } from '../../src/infra/infra.tokens';
import { RATE_STORE_ANSWER_MS } from '../../src/rate-limit/rate-limit.service';
import { PRESENCE_REDIS_BOUND_MS, PRESENCE_REFRESH_MS } from '../../src/realtime/presence.service';
import { ADAPTER_REDIS_BOUND_MS } from '../../src/realtime/redis-streams-io.adapter';
import { OutboxService } from '../../src/outbox/outbox.service';
import { startApiNode, TEST_REDIS_URL, type ApiHarness } from '../support/api-harness';
import { registerMember, rest } from '../support/rest-client';
import { TcpProxy } from '../support/tcp-proxy';
import { startWorker, waitFor, type WorkerProcess } from '../support/worker-process';

const health = async (api: ApiHarness) => {
  const response = await fetch(`${api.baseUrl}/api/health`);
  return { status: response.status, body: (await response.json()) as { db: string; redis: string } };
};

/** Writes a post and its outbox row in one transaction, as the forum does. */
async function writePost(api: ApiHarness, body: string): Promise<string> {
  const dataSource = api.app.get<DataSource>(DATA_SOURCE);
  return dataSource.transaction(async (manager) => {
    const [thread] = await manager.query(`INSERT INTO threads (category_id, title) SELECT id, 'fault' FROM categories LIMIT 1 RETURNING id`);
    const [post] = await manager.query(`INSERT INTO posts (thread_id, body) VALUES ($1, $2) RETURNING id`, [thread.id, body]);
    await api.app.get(OutboxService).recordModeration(manager, { contentType: 'post', contentId: post.id, version: 1 });
    return post.id as string;
  });
}

describe('outages (real services behind a TCP proxy that the test cuts)', () => {
  let db: TestDatabase;
  let api: ApiHarness | undefined;
  let worker: WorkerProcess | undefined;
  const proxies: TcpProxy[] = [];
  const openSockets: Socket[] = [];

  beforeEach(async () => {
    db = await createTestDatabase('faults');
    await db.dataSource.query(`INSERT INTO categories (slug, name) VALUES ('faults', 'Faults')`);
  });

  afterEach(async () => {
    for (const socket of openSockets.splice(0)) socket.disconnect();
    if (worker) {
      worker.child.kill('SIGKILL');
      await worker.exited;
      worker = undefined;
    }
    const prefix = api?.env.QUEUE_PREFIX;
    await api?.close();
    api = undefined;
    for (const proxy of proxies.splice(0)) await proxy.stop();
    await db.drop();
    // Straight to Redis, not through the test's proxy.
    if (prefix) await dropQueueKeys(prefix, TEST_REDIS_URL);
  });

  /** An api whose Redis is behind a TCP proxy the test can cut or freeze, and members in its Lounge. */
  async function chatBehindRedisProxy(
    names: readonly string[],
  ): Promise<{ node: ApiHarness; redis: TcpProxy; sockets: Socket[]; members: Array<{ token: string; memberId: string }>; presence: number[][] }> {
    const redisUrl = new URL(TEST_REDIS_URL);
    const redis = new TcpProxy(redisUrl.hostname, Number(redisUrl.port || 6379));
    proxies.push(redis);
    await redis.start();
    const env = parseServerEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: db.url,
      REDIS_URL: redis.urlFor(TEST_REDIS_URL),
      QUEUE_PREFIX: uniqueQueuePrefix('faults'),
      JWT_SECRET: 'integration-tests-only-secret-0123456789abcdef',
      RATE_LIMIT_REGISTER_PER_HOUR: '1000',
    });
    const node = await startApiNode(db, env);
    api = node;
    const members = [];
    for (const name of names) members.push(await registerMember(node, name));
    const sockets = members.map((member) => io(node.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] }));
    openSockets.push(...sockets);
    // Every count each socket hears, from before its join: a test can tell the joins' own counts
    // (which come after the acks, through Redis) from what comes later.
    const presence = sockets.map((socket) => {
      const heard: number[] = [];
      socket.on('presence', ({ online }: { online: number }) => heard.push(online));
      return heard;
    });
    for (const socket of sockets) await socket.timeout(5_000).emitWithAck('room:join', { room: 'lounge' });
    return { node, redis, sockets, members, presence };
  }

  it('answers 503 while PostgreSQL is away, never crashes, and recovers by itself', async () => {
    const pg = new TcpProxy('127.0.0.1', Number(new URL(db.url).port || 5432));
    proxies.push(pg);
    await pg.start();
    api = await startApiNode(db, parseServerEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: pg.urlFor(db.url), REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: uniqueQueuePrefix('faults') }));
    expect((await health(api)).status).toBe(200);
    const reader = await registerMember(api);
    expect((await rest(api, 'GET', '/api/v1/categories/faults/threads', { token: reader.token })).status).toBe(200);
    const chatters = await Promise.all(['Ada', 'Ben', 'Cy'].map((name) => registerMember(api!, `${name} Outage`)));
    const sockets = chatters.map((member) => io(api!.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] }));
    openSockets.push(...sockets);
    for (const socket of sockets) expect(await socket.timeout(5_000).emitWithAck('room:join', { room: 'lounge' })).toMatchObject({ ok: true });

    await pg.cut();
    const down = await health(api);
    expect(down).toEqual({ status: 503, body: { status: 'degraded', db: 'down', redis: 'up' } });
    const write = writePost(api, 'written while the database is away');
    await expect(write).rejects.toThrow();
    // A hot read (a named prepared statement straight on the pool) says so too: 503, not 500.
    const read = await rest<{ error: { code: string } }>(api, 'GET', '/api/v1/categories/faults/threads', { token: reader.token });
    expect([read.status, read.body.error.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    // Chat sends that meet in one batch are all told at once that nothing was sent (the batch is
    // not retried message by message, each waiting out the database).
    const started = Date.now();
    const acks = (await Promise.all(
      sockets.map((socket, i) => socket.timeout(15_000).emitWithAck('message:send', { room: 'lounge', body: `while away ${i}`, clientMsgId: `away-${i}` })),
    )) as Array<{ ok: boolean; error?: { code: string; message: string } }>;
    expect(acks.map((ack) => ack.error?.code)).toEqual(['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE']);
    expect(acks[0]?.error?.message).toMatch(/your message was not sent/);
    // Joining while the database is away says the same, in its own words.
    const join = (await sockets[0]!.timeout(15_000).emitWithAck('room:join', { room: 'night-owls' })) as { ok: boolean; error?: { code: string; message: string } };
    expect(join.error?.code).toBe('SERVICE_UNAVAILABLE');
    expect(join.error?.message).toMatch(/nothing was changed/);
    expect(Date.now() - started).toBeLessThan(6_000);

    await pg.restore();
    await waitFor(async () => (await health(api!)).status === 200, 20_000, 'health to recover');
    expect(await writePost(api, 'written after recovery')).toMatch(/[0-9a-f-]{36}/);
    // The same messages, sent again, are stored once each.
    const again = (await Promise.all(
      sockets.map((socket, i) => socket.timeout(5_000).emitWithAck('message:send', { room: 'lounge', body: `while away ${i}`, clientMsgId: `away-${i}` })),
    )) as Array<{ ok: boolean; duplicate?: boolean }>;
    expect(again.map((ack) => ack.ok && !ack.duplicate)).toEqual([true, true, true]);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id LIKE 'away-%'`);
    expect(n).toBe(3);
  });

  it("classifies a crisis post whose job came while the worker's PostgreSQL was away longer than all its retries, once it returns: no attempt is spent on an outage", async () => {
    const pg = new TcpProxy('127.0.0.1', Number(new URL(db.url).port || 5432));
    proxies.push(pg);
    await pg.start();
    const env = parseServerEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: uniqueQueuePrefix('faults') });
    api = await startApiNode(db, env);
    worker = startWorker({ DATABASE_URL: pg.urlFor(db.url), REDIS_URL: env.REDIS_URL, QUEUE_PREFIX: env.QUEUE_PREFIX });
    const classified = async (postId: string) => (await db.dataSource.query(`SELECT crisis FROM moderation_results WHERE content_id = $1`, [postId]))[0] as { crisis: boolean } | undefined;
    const first = await writePost(api, 'A calm evening, thank you all.');
    await waitFor(async () => classified(first), 30_000, `the worker to classify a first post (worker: ${worker?.output().slice(-400)})`);

    // Only the worker loses the database; the api still stores posts and queues them.
    await pg.cut();
    const postId = await writePost(api, 'I want to end my life tonight. I have the pills ready.');
    const queue = createModerationQueue(createBullConnection(TEST_REDIS_URL, 'producer', 'faults-moderation-queue'), env.QUEUE_PREFIX);
    try {
      // Six attempts with their backoff take a quarter of a minute; the outage lasts longer.
      const cutAt = Date.now();
      while (Date.now() - cutAt < 20_000) {
        expect((await queue.getJobCounts('failed')).failed).toBe(0);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      expect(await classified(postId)).toBeUndefined();
      await pg.restore();
      await waitFor(async () => classified(postId), 30_000, `the post classified once the database is back (worker: ${worker?.output().slice(-400)})`);
      expect(await classified(postId)).toEqual({ crisis: true });
      expect(await db.dataSource.query(`SELECT kind FROM flags WHERE content_id = $1`, [postId])).toEqual([{ kind: 'crisis' }]);
      expect((await queue.getJobCounts('failed')).failed).toBe(0);
    } finally {
      await closeQueue(queue);
    }
  });

  it('keeps every post while Redis is away for 10 s, and classifies each exactly once when it returns', async () => {
    const redisUrl = new URL(TEST_REDIS_URL);
    const redis = new TcpProxy(redisUrl.hostname, Number(redisUrl.port || 6379));
    proxies.push(redis);
    await redis.start();
    const env = parseServerEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: db.url, REDIS_URL: redis.urlFor(TEST_REDIS_URL), QUEUE_PREFIX: uniqueQueuePrefix('faults') });
    api = await startApiNode(db, env);
    worker = startWorker({ DATABASE_URL: db.url, REDIS_URL: env.REDIS_URL, QUEUE_PREFIX: env.QUEUE_PREFIX, WORKER_CONCURRENCY: '2' });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await writePost(api, `before the outage ${i}`));

    await redis.cut();
    const cutAt = Date.now();
    while (Date.now() - cutAt < 10_000) {
      ids.push(await writePost(api, `during the outage ${ids.length}`));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await health(api)).body.redis).toBe('down');
    await redis.restore();

    await waitFor(
      async () => {
        const [{ n }] = await db.dataSource.query(`SELECT count(DISTINCT content_id)::int AS n FROM moderation_results`);
        return n === ids.length;
      },
      60_000,
      `all ${ids.length} posts classified (worker: ${worker.output().slice(-400)})`,
    );
    const [{ rows, distinct }] = await db.dataSource.query(`SELECT count(*)::int AS rows, count(DISTINCT content_id)::int AS distinct FROM moderation_results`);
    expect(rows).toBe(distinct);
    expect(distinct).toBe(ids.length);
    const [{ pending }] = await db.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_events`);
    expect(pending).toBe(0);
    await waitFor(async () => (await health(api!)).status === 200, 20_000, 'health to report Redis up again');
  });

  it('keeps chat going while Redis is away for 10 s: messages are stored and acknowledged, readable over REST, and reach the room', async () => {
    const { node, redis, sockets, members, presence } = await chatBehindRedisProxy(['Alice Storm', 'Bob Calm']);
    const bob = members[1];
    const heard = new Map<string, string>();
    sockets[1].on('message:new', (message: { id: string; body: string }) => heard.set(message.id, message.body));

    const listed = async () => (await rest<{ items: Array<{ slug: string; online: number | null }> }>(node, 'GET', '/api/v1/rooms', { token: bob.token })).body.items.find((room) => room.slug === 'lounge')?.online;
    expect(await listed()).toBe(2);
    // Alice has heard Bob's join counted (it comes after his join's ack, through Redis): what she hears from now on is later.
    await waitFor(async () => presence[0].includes(2), 10_000, 'the joins counted');
    const counts = presence[0];
    const heardBeforeTheCut = counts.length;

    await redis.cut();
    const cutAt = Date.now();
    const sent: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ack = (await sockets[0].timeout(5_000).emitWithAck('message:send', { room: 'lounge', body: `through the storm ${i}`, clientMsgId: `storm-${i}` })) as { ok: boolean; id: string };
      expect(ack.ok).toBe(true);
      sent.push(ack.id);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Presence cannot be counted while Redis is away: the room is neither listed nor told "0 online"
    // (two people are in it); a member who leaves and comes back is joined, with no count to show.
    expect(await listed()).toBeNull();
    expect(((await sockets[1].timeout(5_000).emitWithAck('room:leave', { room: 'lounge' })) as { ok: boolean }).ok).toBe(true);
    const rejoined = (await sockets[1].timeout(5_000).emitWithAck('room:join', { room: 'lounge' })) as { ok: boolean; online: number | null; messages: unknown[] };
    expect(rejoined).toMatchObject({ ok: true, online: null });
    expect(rejoined.messages.length).toBeGreaterThanOrEqual(3);
    expect(counts.slice(heardBeforeTheCut)).toEqual([]);
    // PostgreSQL holds them: a client that resyncs over REST has them even now.
    const history = await rest<{ items: Array<{ id: string }> }>(node, 'GET', '/api/v1/rooms/lounge/messages', { token: bob.token });
    expect(history.status).toBe(200);
    expect(history.body.items.map((message) => message.id)).toEqual(expect.arrayContaining(sent));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - cutAt))));
    await redis.restore();

    await waitFor(async () => sent.every((id) => heard.has(id)), 20_000, `every message live at the other member (heard ${heard.size} of ${sent.length})`);
    expect(sockets.every((socket) => socket.connected)).toBe(true);
    // Counted again once Redis is back (each node refreshes what its sockets hold).
    await waitFor(async () => (await listed()) === 2, 70_000, 'the room counted again after Redis came back');
    const after = (await sockets[1].timeout(5_000).emitWithAck('message:send', { room: 'lounge', body: 'and after', clientMsgId: 'after-storm' })) as { ok: boolean };
    expect(after.ok).toBe(true);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id LIKE 'storm-%'`);
    expect(n).toBe(3);
  });

  it('counts a room again as soon as Redis comes back empty from a restart, and tells the people in it, not at a refresh up to 20 s later', async () => {
    const { node, redis, members, presence } = await chatBehindRedisProxy(['Cass Rowe', 'Dev Lark']);
    const listed = async () => (await rest<{ items: Array<{ slug: string; online: number | null }> }>(node, 'GET', '/api/v1/rooms', { token: members[0].token })).body.items.find((room) => room.slug === 'lounge')?.online;
    await waitFor(async () => presence[0].includes(2), 10_000, 'the joins counted');
    const heardBefore = presence.map((heard) => heard.length);

    // A restart of Redis without persistence, as it is run here: the connections drop, and what
    // Redis held is gone when they come back (straight to Redis, not through the test's proxy).
    await redis.cut();
    const direct = createNodeRedisClient(TEST_REDIS_URL, 'lantern-outages-restart');
    await direct.connect();
    const presenceKeys: string[] = [];
    for await (const keys of direct.scanIterator({ MATCH: `${node.env.QUEUE_PREFIX}:presence:*`, COUNT: 1_000 })) presenceKeys.push(...keys);
    expect(presenceKeys.length).toBeGreaterThan(0);
    await direct.del(presenceKeys);
    await direct.quit();
    await redis.restore();
    const restoredAt = Date.now();

    // Both are told the room's count again, within moments of Redis answering, and it is listed.
    await waitFor(async () => presence.every((heard, index) => heard.length > heardBefore[index]), 10_000, 'the count told again');
    expect(Date.now() - restoredAt).toBeLessThan(PRESENCE_REFRESH_MS / 2);
    expect(presence.map((heard, index) => heard.slice(heardBefore[index]))).toEqual([[2], [2]]);
    expect(await listed()).toBe(2);
  });

  it('keeps chat going while Redis holds its connections but stops answering: acks (send, typing) within a second, delivery on the node without waiting for Redis, and all is normal once it answers', async () => {
    const { redis, sockets } = await chatBehindRedisProxy(['Alice Stall', 'Bob Stall']);
    const heard = new Map<string, number>();
    sockets[1].on('message:new', (message: { id: string }) => heard.set(message.id, Date.now()));

    redis.freeze();
    const frozenAt = Date.now();
    const thawAt = frozenAt + ADAPTER_REDIS_BOUND_MS + 3_000;
    const sent: string[] = [];
    for (let i = 0; i < 2; i++) {
      // A send asks nothing of Redis (its burst limit is counted by the send statement): the ack
      // comes as soon as PostgreSQL has stored it, well within the second Redis could have cost.
      const ack = (await sockets[0].timeout(RATE_STORE_ANSWER_MS).emitWithAck('message:send', { room: 'lounge', body: `in the stall ${i}`, clientMsgId: `stall-${i}` })) as { ok: boolean; id: string };
      expect(ack.ok).toBe(true);
      sent.push(ack.id);
    }
    // Typing asks Redis too, within its own bound.
    const typing = (await sockets[0].timeout(PRESENCE_REDIS_BOUND_MS + 1_500).emitWithAck('typing', { room: 'lounge' })) as { ok: boolean };
    expect(typing.ok).toBe(true);
    // Delivered on this node without waiting for the stream (the offset is the last entry it read),
    // well before the adapter's bound on the append.
    await waitFor(async () => sent.every((id) => heard.has(id)), 2_000, `both messages live while Redis is silent (heard ${heard.size})`);
    expect(Math.max(...sent.map((id) => heard.get(id)!))).toBeLessThan(frozenAt + ADAPTER_REDIS_BOUND_MS);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, thawAt - Date.now())));
    redis.thaw();

    const after = (await sockets[0].timeout(5_000).emitWithAck('message:send', { room: 'lounge', body: 'and after the stall', clientMsgId: 'after-stall' })) as { ok: boolean; id: string };
    expect(after.ok).toBe(true);
    await waitFor(async () => heard.has(after.id), 5_000, 'the message after the stall');
    expect(sockets.every((socket) => socket.connected)).toBe(true);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id LIKE '%stall%'`);
    expect(n).toBe(3);
  });

  it('puts a crisis notice in front of the member while Redis holds its connections but stops answering, not once it answers again', async () => {
    const { redis, sockets, members } = await chatBehindRedisProxy(['Cara Stall']);
    const notices: number[] = [];
    sockets[0].on('crisis:resources', () => notices.push(Date.now()));

    redis.freeze();
    const frozenAt = Date.now();
    // As the worker writes it (its PostgreSQL answers; the notice's NOTIFY reaches every api node).
    await db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk) VALUES ($1, 'message', gen_random_uuid(), 'high')`, [members[0].memberId]);
    // This node's sockets are read from memory: the push asks nothing of Redis.
    await waitFor(async () => notices.length > 0, ADAPTER_REDIS_BOUND_MS + 2_000, 'the crisis notice while Redis is silent');
    expect(notices[0] - frozenAt).toBeLessThan(ADAPTER_REDIS_BOUND_MS + 2_000);
    const delivered = async () => (await db.dataSource.query(`SELECT count(*)::int AS n FROM crisis_notices WHERE member_id = $1 AND delivered_at IS NOT NULL`, [members[0].memberId]))[0].n;
    await waitFor(async () => (await delivered()) === 1, 2_000, 'the notice recorded as delivered');
    redis.thaw();
  });
});
