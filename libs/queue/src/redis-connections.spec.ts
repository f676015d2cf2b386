import { bullConnectionOptions, createBullConnection, createNodeRedisClient, pingRedis } from './redis-connections';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('bullConnectionOptions', () => {
  it('lets producers fail fast and workers wait forever, as BullMQ recommends', () => {
    expect(bullConnectionOptions('producer')).toMatchObject({ enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    expect(bullConnectionOptions('worker').maxRetriesPerRequest).toBeNull();
  });
});

describe('redis connections against the real Redis', () => {
  it('pings the real server with the redis package', async () => {
    const client = createNodeRedisClient(REDIS_URL, 'lantern-test');
    await client.connect();
    try {
      expect(await pingRedis(client)).toBe(true);
    } finally {
      await client.quit();
    }
  });

  it('reports a dead Redis as down instead of throwing', async () => {
    const client = createNodeRedisClient('redis://127.0.0.1:1', 'lantern-test-dead');
    client.connect().catch(() => undefined);
    expect(await pingRedis(client, 200)).toBe(false);
    await client.destroy();
  });

  it('gives BullMQ an ioredis connection that answers', async () => {
    const connection = createBullConnection(REDIS_URL, 'worker', 'lantern-test');
    try {
      expect(await connection.ping()).toBe('PONG');
    } finally {
      connection.disconnect();
    }
  });
});
