import { createNodeRedisClient, type NodeRedisClient } from '@lantern/queue';
import { parseServerEnv } from '@lantern/contracts';
import { dropQueueKeys, uniqueQueuePrefix } from '@lantern/db/testing';
import { TcpProxy } from '../../test/support/tcp-proxy';
import { waitFor } from '../../test/support/worker-process';
import { ApiException } from '../http/api-exception';
import { RATE_STORE_ANSWER_MS, RateLimitService, type RatePolicy } from './rate-limit.service';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('RateLimitService against the real Redis', () => {
  let client: NodeRedisClient;
  let monitor: NodeRedisClient;
  let prefix: string;
  let service: RateLimitService;
  const policy: RatePolicy = { name: 'spec', points: 3, durationSeconds: 60, message: 'Slow down.' };

  beforeAll(async () => {
    // As the api's connection runs: no node-redis timeout per command, the service bounds its waits.
    client = createNodeRedisClient(REDIS_URL, 'lantern-rate-spec', { commandTimeout: false });
    monitor = createNodeRedisClient(REDIS_URL, 'lantern-rate-monitor');
    await Promise.all([client.connect(), monitor.connect()]);
    prefix = uniqueQueuePrefix('rate');
    service = new RateLimitService(client, parseServerEnv({ NODE_ENV: 'test', QUEUE_PREFIX: prefix, REDIS_URL }));
  });

  afterAll(async () => {
    // A connection in MONITOR mode does not answer QUIT: close it outright.
    monitor.destroy();
    await client.quit();
    await dropQueueKeys(prefix);
  });

  it('refuses past the limit with RATE_LIMITED and a retry-after, and then from memory, without asking Redis again', async () => {
    for (let i = 0; i < policy.points; i++) await service.consume(policy, 'member:flood');
    const refusal = await service.consume(policy, 'member:flood').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiException);
    const body = (refusal as ApiException).getResponse() as { error: { code: string; details: { retryAfterSeconds: number } } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.details.retryAfterSeconds).toBeGreaterThan(0);

    // Watch every command Redis receives that names this limiter's keys while the flood goes on.
    const seen: string[] = [];
    await monitor.monitor((line) => {
      if (line.includes(`${prefix}:rate:spec`)) seen.push(line);
    });
    for (let i = 0; i < 20; i++) await expect(service.consume(policy, 'member:flood')).rejects.toBeInstanceOf(ApiException);
    // Another member is still counted in Redis, so the watch itself works.
    await service.consume(policy, 'member:calm');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.some((line) => line.includes('member:calm'))).toBe(true);
    expect(seen.filter((line) => line.includes('member:flood'))).toEqual([]);
  });

  it('answers from memory within its bound when Redis keeps the connection but stops answering, and the limit still holds', async () => {
    const url = new URL(REDIS_URL);
    const proxy = new TcpProxy(url.hostname, Number(url.port || 6379));
    await proxy.start();
    const stalled = createNodeRedisClient(proxy.urlFor(REDIS_URL), 'lantern-rate-stalled', { commandTimeout: false });
    await stalled.connect();
    const stallPrefix = uniqueQueuePrefix('rate');
    try {
      const local = new RateLimitService(stalled, parseServerEnv({ NODE_ENV: 'test', QUEUE_PREFIX: stallPrefix, REDIS_URL }));
      await local.consume(policy, 'member:stall');
      proxy.freeze();
      const started = Date.now();
      // Memory counts from here: three more fit in the limit, the fourth is refused.
      await local.consume(policy, 'member:stall');
      await local.consume(policy, 'member:stall');
      await local.consume(policy, 'member:stall');
      const refusal = await local.consume(policy, 'member:stall').catch((error: unknown) => error);
      const waited = Date.now() - started;
      expect(refusal).toBeInstanceOf(ApiException);
      expect(((refusal as ApiException).getResponse() as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
      // One wait for the bound, then memory answers at once while Redis stays silent (not node-redis's
      // 5 s per command, nor forever).
      expect(waited).toBeGreaterThanOrEqual(RATE_STORE_ANSWER_MS - 50);
      expect(waited).toBeLessThan(2 * RATE_STORE_ANSWER_MS);
      // Redis answers again: once the late answers have landed (and their handling has run, a few
      // promise turns after the reply), it counts in Redis again; a fresh key per try starts there.
      // Asked until it does: neither a fixed wait nor a PING on the connection orders that handling.
      proxy.thaw();
      let tries = 0;
      const counted = await waitFor(
        async () => {
          const member = `member:after-stall-${(tries += 1)}`;
          await local.consume(policy, member);
          return client.get(`${stallPrefix}:rate:spec:${member}`);
        },
        10_000,
        'the limiter counting in Redis again',
      );
      expect(counted).toBe('1');
    } finally {
      proxy.thaw();
      stalled.destroy();
      await proxy.stop();
      await dropQueueKeys(stallPrefix);
    }
  });
});
