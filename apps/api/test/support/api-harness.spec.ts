import { io, type Socket } from 'socket.io-client';
import { createNodeRedisClient, type NodeRedisClient } from '@lantern/queue';
import { startApi, TEST_REDIS_URL } from './api-harness';
import { registerMember, rest } from './rest-client';

/** Keys under a prefix, read straight from Redis. */
async function keysUnder(redis: NodeRedisClient, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch);
  return keys;
}

describe('the api test harness', () => {
  let redis: NodeRedisClient;

  beforeAll(async () => {
    redis = createNodeRedisClient(TEST_REDIS_URL, 'lantern-harness-spec');
    await redis.connect();
  });

  afterAll(async () => {
    await redis.quit();
  });

  it('leaves nothing in Redis under its prefix once closed, and nothing of another run', async () => {
    const other = await startApi('harness');
    let otherOpen = true;
    try {
      const api = await startApi('harness');
      let socket: Socket | undefined;
      try {
        // Work that writes to Redis: rate counters, a queued post, a chat socket (presence, the stream).
        await api.db.dataSource.query(`INSERT INTO categories (slug, name) VALUES ('harness', 'Harness')`);
        const member = await registerMember(api, 'Harness Wren');
        expect((await rest(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'harness', title: 'Hello', body: 'Just saying hi.' } })).status).toBe(201);
        socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
        expect(await socket.timeout(5_000).emitWithAck('room:join', { room: 'lounge' })).toMatchObject({ ok: true });
        expect(await socket.timeout(5_000).emitWithAck('message:send', { room: 'lounge', body: 'hello', clientMsgId: 'harness-1' })).toMatchObject({ ok: true });
        await registerMember(other, 'Other Run');
        expect((await keysUnder(redis, api.env.QUEUE_PREFIX)).length).toBeGreaterThan(0);
      } finally {
        socket?.close();
        await api.close();
      }
      expect(await keysUnder(redis, api.env.QUEUE_PREFIX)).toEqual([]);
      // A run still going keeps its keys.
      expect((await keysUnder(redis, other.env.QUEUE_PREFIX)).length).toBeGreaterThan(0);
      otherOpen = false;
      await other.close();
      expect(await keysUnder(redis, other.env.QUEUE_PREFIX)).toEqual([]);
    } finally {
      // A failed assertion above still closes the other run (its database too).
      if (otherOpen) await other.close();
    }
  });
});
