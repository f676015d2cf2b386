import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createNodeRedisClient, withTimeout, type NodeRedisClient } from '@lantern/queue';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { ServerEnv } from '@lantern/contracts';

/** How long a dropped client's session (rooms, missed packets) is kept for it to come back to. */
export const RECOVERY_WINDOW_MS = 2 * 60_000;

/**
 * Socket.IO across api nodes: the Redis streams adapter carries broadcasts through a Redis
 * stream, so a Redis blip delays packets instead of losing them, and connection state recovery
 * hands a client that drops for a moment everything it missed. The adapter blocks on XREAD, so
 * it gets a Redis connection of its own.
 */
export class RedisStreamsIoAdapter extends IoAdapter {
  private redis: NodeRedisClient | undefined;
  /** Connections the adapter opened from ours (for its subscriptions); closed with it. */
  private readonly duplicates: NodeRedisClient[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly env: ServerEnv,
  ) {
    super(app);
  }

  /** Does not wait for Redis: the api starts (and serves) while Redis is away, and catches up. */
  connect(): void {
    // The adapter re-issues XREAD at once after an error; queued commands keep that from spinning.
    this.redis = createNodeRedisClient(this.env.REDIS_URL, 'lantern-socketio', { waitWhileAway: true });
    trackDuplicates(this.redis, this.duplicates);
    this.redis.connect().catch(() => undefined);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const prefix = `${this.env.QUEUE_PREFIX}:socket.io`;
    const server: Server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      cors: { origin: this.env.CORS_ORIGIN.split(',').map((origin) => origin.trim()) },
      // A chat message is small; a megabyte payload is an attack, not a message.
      maxHttpBufferSize: 64 * 1024,
      connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
    });
    if (this.redis) server.adapter(createAdapter(this.redis, { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    const redis = this.redis;
    this.redis = undefined;
    // The duplicates only hold subscriptions: nothing in flight is worth waiting for Redis to return.
    await Promise.all(this.duplicates.splice(0).map((client) => closeClient(client, false)));
    if (redis) await closeClient(redis, true);
  }
}

/**
 * Quit lets commands in flight (heartbeats, session saves) finish; destroying a client under them
 * rejected promises nobody awaits. Bounded, for when Redis is away.
 */
async function closeClient(redis: NodeRedisClient, waitForRedis: boolean): Promise<void> {
  if (!redis.isOpen) return;
  // Whatever a connection still says while it is being closed (Redis refusing) is expected.
  redis.on('error', () => undefined);
  // Reconnecting (Redis just came back)? Give it a moment, so queued commands finish rather than fail.
  if (!redis.isReady && waitForRedis) {
    await withTimeout(new Promise((resolve) => redis.once('ready', resolve)), 3_000, 'redis not back').catch(() => undefined);
  }
  if (redis.isReady) await withTimeout(redis.quit(), 2_000, 'socket.io redis quit timed out').catch(() => redis.destroy());
  else redis.destroy();
}

/**
 * The adapter connects and subscribes on a duplicate client without awaiting the promises; when
 * the server closes (or Redis drops) before they settle, they reject with nobody listening and
 * Node reports an unhandled rejection. Mark those promises handled; the adapter re-subscribes on
 * its own after a reconnect. The duplicates are also remembered, so the adapter can close them.
 */
function trackDuplicates(redis: NodeRedisClient, opened: NodeRedisClient[]): void {
  const duplicate = redis.duplicate.bind(redis) as (...args: unknown[]) => NodeRedisClient;
  (redis as unknown as { duplicate: (...args: unknown[]) => NodeRedisClient }).duplicate = (...args: unknown[]) => {
    const made = duplicate(...args);
    opened.push(made);
    // Its errors are the main connection's errors (Redis away), reported there; an 'error' with no
    // listener would crash the process.
    made.on('error', () => undefined);
    const client = made as unknown as Record<'connect' | 'subscribe' | 'sSubscribe', (...inner: unknown[]) => Promise<unknown>>;
    // connect() only fails when the client is closed before Redis ever answered (shutting down
    // while Redis is away); the adapter awaits it in promises nobody catches, so it resolves.
    const connect = client.connect.bind(client);
    client.connect = (...inner: unknown[]) => connect(...inner).catch(() => made);
    for (const name of ['subscribe', 'sSubscribe'] as const) {
      const original = client[name].bind(client);
      client[name] = (...inner: unknown[]) => {
        const pending = original(...inner);
        pending.catch(() => undefined);
        return pending;
      };
    }
    return client as unknown as NodeRedisClient;
  };
}
