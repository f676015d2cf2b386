import IORedis, { type RedisOptions } from 'ioredis';
import { createClient } from 'redis';
import { withTimeout } from './with-timeout';

/**
 * The one place that decides how Lantern talks to Redis.
 *
 * Two clients, on purpose: BullMQ ships its Lua scripts over ioredis, so queues get ioredis
 * connections; everything else (Socket.IO streams adapter, presence, rate-limit counters) uses
 * the `redis` package. Both read the same REDIS_URL.
 */
export type BullRole = 'producer' | 'worker';

/**
 * Settings from the BullMQ guide ("Going to production"):
 * - a producer (the api) must fail fast when Redis is gone, so a request gets a clear 503 or the
 *   outbox keeps the row, instead of hanging on an offline queue;
 * - a worker must never give up on a command (`maxRetriesPerRequest: null`) and simply waits for
 *   Redis to come back, retrying with a capped backoff.
 */
export function bullConnectionOptions(role: BullRole): RedisOptions {
  const retryStrategy = (times: number) => Math.min(200 * 2 ** Math.min(times, 6), 5000);
  return role === 'producer'
    ? { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, retryStrategy, lazyConnect: false }
    : { maxRetriesPerRequest: null, enableOfflineQueue: true, connectTimeout: 5000, retryStrategy };
}

export function createBullConnection(redisUrl: string, role: BullRole, connectionName: string): IORedis {
  const connection = new IORedis(redisUrl, { ...bullConnectionOptions(role), connectionName });
  // ioredis emits 'error' on every failed reconnect; without a listener Node would crash.
  connection.on('error', () => undefined);
  return connection;
}

/** node-redis reads a timeout of 0 as none. */
const NO_COMMAND_TIMEOUT = 0;

/**
 * A `redis` package client that reconnects forever with a capped backoff. By default commands
 * issued while Redis is away fail at once instead of piling up in memory; a client whose user
 * retries in a tight loop (the Socket.IO streams adapter) sets `waitWhileAway` so its commands
 * wait for the reconnect instead of spinning.
 *
 * node-redis bounds every command by 5 s by default, with an `AbortSignal.timeout` per command:
 * a timer and a signal that outlive the reply by those 5 s, so on a busy chat node every command
 * leaves garbage that survives into the old generation (the api's heap grew 9 MB/s and its major
 * collections paused chat for 20 to 40 ms). `commandTimeout: false` drops that bound, for clients
 * whose callers bound each wait more cheaply themselves (a timer cleared on the answer: see
 * `withTimeout`).
 */
export function createNodeRedisClient(redisUrl: string, name: string, options: { waitWhileAway?: boolean; commandTimeout?: false } = {}) {
  const client = createClient({
    url: redisUrl,
    name,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 6), 5000) },
    disableOfflineQueue: !options.waitWhileAway,
    ...(options.commandTimeout === false ? { commandOptions: { timeout: NO_COMMAND_TIMEOUT } } : {}),
  });
  client.on('error', () => undefined);
  return client;
}

export type NodeRedisClient = ReturnType<typeof createNodeRedisClient>;

/** Resolves true when Redis answers PING within the timeout. */
export async function pingRedis(client: NodeRedisClient, timeoutMs = 1000): Promise<boolean> {
  if (!client.isReady) return false;
  try {
    return (await withTimeout(client.ping(), timeoutMs, 'redis ping timed out')) === 'PONG';
  } catch {
    return false;
  }
}
