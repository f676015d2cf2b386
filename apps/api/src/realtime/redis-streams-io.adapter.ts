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
    /** Told how long each room broadcast took to reach this node's sockets, in seconds (a metric). */
    private readonly onBroadcast?: (seconds: number) => void,
  ) {
    super(app);
  }

  /** Does not wait for Redis: the api starts (and serves) while Redis is away, and catches up. */
  connect(): void {
    // The adapter re-issues XREAD at once after an error; queued commands keep that from spinning.
    // It sends a command per broadcast: node-redis's own per-command timeout is too costly there
    // (createNodeRedisClient), so `boundedAdapter` bounds the waits that matter instead.
    this.redis = createNodeRedisClient(this.env.REDIS_URL, 'lantern-socketio', { waitWhileAway: true, commandTimeout: false });
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
    if (this.redis) server.adapter(boundedAdapter(createAdapter(this.redis, { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` }), this.onBroadcast));
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

/** How long the adapter waits for Redis before a broadcast goes out on this node alone. */
export const ADAPTER_REDIS_BOUND_MS = 5_000;

type AdapterFactory = ReturnType<typeof createAdapter>;
type Bounded = 'doPublish' | 'doPublishResponse' | 'restoreSession';

/**
 * The adapter with a bound (a timer of ours, cleared on the answer) on what waits for Redis: a
 * broadcast waits for its stream offset before it is delivered even on this node, and a client
 * coming back waits for its session. When Redis stalls past the bound, the broadcast is delivered
 * on this node without an offset (the adapter's own handling of a failed publish) and the client
 * gets a fresh session (and resyncs over REST), as with node-redis's 5 s command timeout before.
 * The stream reader (XREAD) has no bound: it blocks for 5 s by design and resumes with Redis.
 */
function boundedAdapter(factory: AdapterFactory, onBroadcast?: (seconds: number) => void): AdapterFactory {
  // Socket.IO calls the factory with `new`; a function returning an object gives that object.
  return function (this: unknown, nsp: Parameters<AdapterFactory>[0]) {
    const adapter = factory(nsp) as unknown as Record<Bounded | 'broadcast', (...args: unknown[]) => Promise<unknown>>;
    for (const name of ['doPublish', 'doPublishResponse', 'restoreSession'] as const) {
      const unbounded = adapter[name].bind(adapter);
      adapter[name] = (...args: unknown[]) => withTimeout(unbounded(...args), ADAPTER_REDIS_BOUND_MS, `socket.io adapter: Redis did not answer ${name} in time`);
    }
    if (onBroadcast) {
      // A broadcast resolves once its packets are written here, after the stream has its entry.
      const broadcast = adapter.broadcast.bind(adapter);
      adapter.broadcast = async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await broadcast(...args);
        } finally {
          onBroadcast((performance.now() - started) / 1000);
        }
      };
    }
    return adapter as unknown as ReturnType<AdapterFactory>;
  } as AdapterFactory;
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
