import { createNodeRedisClient, type NodeRedisClient } from '@lantern/queue';
import { parseServerEnv } from '@lantern/contracts';
import { uniqueQueuePrefix } from '@lantern/db/testing';
import { ApiException } from '../http/api-exception';
import { RateLimitService, type RatePolicy } from './rate-limit.service';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('RateLimitService against the real Redis', () => {
  let client: NodeRedisClient;
  let monitor: NodeRedisClient;
  let prefix: string;
  let service: RateLimitService;
  const policy: RatePolicy = { name: 'spec', points: 3, durationSeconds: 60, message: 'Slow down.' };

  beforeAll(async () => {
    client = createNodeRedisClient(REDIS_URL, 'lantern-rate-spec');
    monitor = createNodeRedisClient(REDIS_URL, 'lantern-rate-monitor');
    await Promise.all([client.connect(), monitor.connect()]);
    prefix = uniqueQueuePrefix('rate');
    service = new RateLimitService(client, parseServerEnv({ NODE_ENV: 'test', QUEUE_PREFIX: prefix, REDIS_URL }));
  });

  afterAll(async () => {
    // A connection in MONITOR mode does not answer QUIT: close it outright.
    monitor.destroy();
    await client.quit();
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
});
