import { hostname } from 'node:os';
import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createNodeRedisClient, withTimeout, type NodeRedisClient } from '@lantern/queue';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Adapter, MessageType, type BroadcastOptions, type Session } from 'socket.io-adapter';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { ServerEnv } from '@lantern/contracts';

/** How long a dropped client's session (rooms, missed packets) is kept for it to come back to. */
export const RECOVERY_WINDOW_MS = 2 * 60_000;

/**
 * How long a broadcast stays in the Redis stream. The adapter alone keeps the newest 10,000
 * whatever their age, which on a quiet deployment is days of chat lines with their writers'
 * pseudonyms (an erased member's too). Nothing reads an entry older than the recovery window
 * (a client away longer gets a fresh session), so every node trims the stream to this age; the
 * margin covers a node that lags behind in reading it.
 */
export const STREAM_KEEP_MS = 5 * RECOVERY_WINDOW_MS;
/** How often each node trims the stream (an exact `XTRIM MINID`, idempotent across nodes). */
export const STREAM_TRIM_INTERVAL_MS = 60_000;

export interface StreamRetention {
  keepMs: number;
  trimEveryMs: number;
}

/** The Redis connection name of this node's adapter: `lantern-socketio:<host>:<pid>`. */
export function adapterConnectionName(): string {
  return `lantern-socketio:${hostname()}:${process.pid}`;
}

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
  /** One per namespace. */
  private readonly adapters = new Set<StreamsAdapter>();
  /** Whether, at the last count, this node was the only one on the stream (`countNodes`). */
  private alone = false;
  private counting: NodeJS.Timeout | undefined;
  private trimming: NodeJS.Timeout | undefined;

  constructor(
    app: INestApplicationContext,
    private readonly env: ServerEnv,
    /** Told how long each room broadcast took, in seconds (metrics). */
    private readonly timings?: BroadcastTimings,
    private readonly retention: StreamRetention = { keepMs: STREAM_KEEP_MS, trimEveryMs: STREAM_TRIM_INTERVAL_MS },
  ) {
    super(app);
  }

  /** Does not wait for Redis: the api starts (and serves) while Redis is away, and catches up. */
  connect(): void {
    // The adapter re-issues XREAD at once after an error; queued commands keep that from spinning.
    // It sends a command per broadcast: node-redis's own per-command timeout is too costly there
    // (createNodeRedisClient), so `boundedAdapter` bounds the waits that matter instead.
    // Named for this node (CLIENT LIST tells which api holds which connections), its duplicates too.
    this.redis = createNodeRedisClient(this.env.REDIS_URL, adapterConnectionName(), { waitWhileAway: true, commandTimeout: false });
    trackDuplicates(this.redis, this.duplicates, () => this.alone, () => this.timings?.streamRead?.());
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
    if (this.redis) {
      server.adapter(lanternAdapter(createAdapter(this.redis, { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` }), this.timings, (adapter) => this.adapters.add(adapter)));
      this.counting = setInterval(() => void this.countNodes(), NODE_COUNT_INTERVAL_MS).unref();
      this.trimming = setInterval(() => void this.trimStream(prefix), this.retention.trimEveryMs).unref();
    }
    return server;
  }

  /** Drops broadcasts older than `retention.keepMs` from the stream; Redis away, the next round does it. */
  private async trimStream(streamName: string): Promise<void> {
    const redis = this.redis;
    if (!redis?.isReady) return;
    try {
      await withTimeout(redis.xTrim(streamName, 'MINID', `${Date.now() - this.retention.keepMs}-0`), ADAPTER_REDIS_BOUND_MS, 'socket.io adapter: Redis did not trim the stream in time');
    } catch {
      // Trimming is housekeeping: a missed round changes nothing a client sees.
    }
  }

  /**
   * Alone when every namespace's channel has one subscriber: this node (each node's adapter
   * subscribes to it). Unsure (no answer, Redis away) counts as not alone.
   */
  private async countNodes(): Promise<void> {
    try {
      const counts = await withTimeout(Promise.all([...this.adapters].map((adapter) => adapter.serverCount())), NODE_COUNT_INTERVAL_MS, 'socket.io adapter: Redis did not count the nodes in time');
      this.alone = counts.length > 0 && counts.every((count) => count === 1);
    } catch {
      this.alone = false;
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    clearInterval(this.counting);
    clearInterval(this.trimming);
    this.alone = false;
    this.adapters.clear();
    const redis = this.redis;
    this.redis = undefined;
    // The duplicates only hold subscriptions: nothing in flight is worth waiting for Redis to return.
    await Promise.all(this.duplicates.splice(0).map((client) => closeClient(client, false)));
    if (redis) await closeClient(redis, true);
  }
}

/** The longest the adapter waits for Redis: a broadcast's append (other nodes, recovery) and a client's session. */
export const ADAPTER_REDIS_BOUND_MS = 5_000;

/** What a room broadcast's two ways took, in seconds. */
export interface BroadcastTimings {
  /** Until its packets were written to this node's sockets. */
  delivered(seconds: number): void;
  /** Until Redis stored it in the stream (other nodes read it from there; recovery replays it). */
  appended(seconds: number): void;
  /** Each read (XREAD) of the shared stream: paced while the node is alone, at once otherwise. */
  streamRead?(): void;
}

type AdapterFactory = ReturnType<typeof createAdapter>;
type Bounded = 'doPublish' | 'doPublishResponse' | 'restoreSession';
interface Packet {
  type: number;
  id?: number;
  data: unknown[];
}
/** The parts of the streams adapter this file reaches into (its class is not exported). */
type StreamsAdapter = Omit<Adapter, 'broadcast'> & {
  broadcast(packet: Packet, opts: BroadcastOptions): Promise<void>;
  onRawMessage(raw: unknown, offset: string): void;
  publishAndReturnOffset(message: { type: MessageType; data: unknown }): Promise<string>;
  /** Set by `recoverWith`. */
  recoveryFilter?: RecoveryFilter;
};
/** A stream entry as the adapter's class decodes it (its static `decode`). */
interface StreamMessage {
  nsp: string;
  type: number;
  data?: { packet?: Packet; opts?: { rooms: string[]; except: string[] } };
}

/**
 * What a recovered session's missed packets are checked against before they are handed over: a
 * test that says which to keep, or null to keep them all. It may wait (the gateway reads the
 * reader's hides fresh); a rejection means the session is not recovered.
 */
export type RecoveryFilter = (session: Session) => Promise<((packet: unknown[]) => boolean) | null>;

/** Has every recovered session of this server's default namespace go through `filter`. */
export function recoverWith(server: Server, filter: RecoveryFilter): void {
  const adapter = server.of('/').adapter as unknown as StreamsAdapter & { restoreSession: Adapter['restoreSession'] };
  if (LANTERN_ADAPTER in adapter) {
    adapter.recoveryFilter = filter;
    return;
  }
  // Another adapter (none of ours installed): its sessions are filtered after they are read.
  const restore = adapter.restoreSession.bind(adapter);
  adapter.restoreSession = async (pid, offset) => {
    const session = await restore(pid, offset);
    if (!session) return session;
    const keep = await filter(session);
    if (keep) session.missedPackets = session.missedPackets.filter(keep);
    return session;
  };
}

/** Marks an adapter `lanternAdapter` made (it takes a recovery filter of its own). */
const LANTERN_ADAPTER = Symbol('lantern adapter');

/**
 * The streams adapter, changed in three ways.
 *
 * Bounded: a timer of ours (cleared on the answer) on what waits for Redis: a broadcast's append
 * to the stream and a returning client's session. When Redis stalls past the bound the client
 * gets a fresh session (and resyncs over REST). The stream reader (XREAD) has no bound: it blocks
 * for 5 s by design and resumes with Redis.
 *
 * This node first: the adapter as published appends each broadcast to the stream and waits for
 * the entry id before delivering it even on this node, because that id is the offset a client
 * sends back to recover what it missed. Here the packet goes to this node's sockets at once,
 * carrying instead the id of the last stream entry this node has read (every entry up to it has
 * already been delivered here), while the append goes on. A client that drops and comes back with
 * that offset is given every entry after it: what it missed, and perhaps again what it already
 * had (clients keep messages by id, so a repeat changes nothing). Nothing is skipped, which the
 * published adapter cannot promise either: its offset can pass an entry of another node that this
 * node has not read yet. Until the reader has read its first entry, broadcasts wait for their own
 * offset as before. A node alone reads its stream back lazily (ALONE_READ_INTERVAL_MS): the offset
 * it hands out is then a little older, so a recovering client may be given a few more repeats.
 *
 * Nothing heard while restoring: a recovered client also gets what its rooms heard on this node
 * from the moment its session was read until its socket connected (below), filtered by
 * `recoverWith` as the rest.
 */
function lanternAdapter(factory: AdapterFactory, timings: BroadcastTimings | undefined, created: (adapter: StreamsAdapter) => void): AdapterFactory {
  // Socket.IO calls the factory with `new`; a function returning an object gives that object.
  return function (this: unknown, nsp: Parameters<AdapterFactory>[0]) {
    const adapter = factory(nsp) as unknown as StreamsAdapter;
    Object.defineProperty(adapter, LANTERN_ADAPTER, { value: true });
    created(adapter);
    const methods = adapter as unknown as Record<Bounded, (...args: unknown[]) => Promise<unknown>>;
    for (const name of ['doPublish', 'doPublishResponse', 'restoreSession'] as const) {
      const unbounded = methods[name].bind(adapter);
      methods[name] = (...args: unknown[]) => withTimeout(unbounded(...args), ADAPTER_REDIS_BOUND_MS, `socket.io adapter: Redis did not answer ${name} in time`);
    }

    let lastRead: string | undefined;
    /** Per session being restored: what this node delivered to rooms meanwhile. */
    const restoring = new Set<Heard[]>();
    /** Per restored session (by socket id), until its socket connects: hands it the rest, or drops it. */
    const awaitingConnect = new Map<string, { connected(socket: Socket): void; dropped(): void }>();
    const onRawMessage = adapter.onRawMessage.bind(adapter);
    adapter.onRawMessage = (raw, offset) => {
      // Delivered here (synchronously) before the offset is handed to anyone.
      onRawMessage(raw, offset);
      lastRead = offset;
      for (const heard of restoring) heard.push({ raw, offset });
    };

    /*
     * A restored socket gets broadcasts only once it has connected (after the middlewares; Socket.IO
     * delivers only to connected sockets, whatever rooms it is in), and the stream was read for it
     * before that: whatever this node delivered to its rooms in between (entries it read while Redis
     * answered, while the filter read the database, while the middlewares ran; its own broadcasts,
     * whose entries it may read back only later) went to the rooms without it, and a client told it
     * was recovered would never have it. That is gathered until the socket connects, and all it
     * missed goes to it then, once its handshake was let in and it still counts as recovered.
     */
    const restore = methods.restoreSession;
    methods.restoreSession = async (...args: unknown[]) => {
      const heard: Heard[] = [];
      restoring.add(heard);
      try {
        const session = (await restore(...args)) as Session;
        const keep = adapter.recoveryFilter ? await adapter.recoveryFilter(session) : null;
        const kept = (packets: unknown[][]) => (keep ? packets.filter(keep) : packets);
        const read = session.missedPackets.at(-1)?.at(-1);
        const after = typeof read === 'string' ? read : String(args[1]);
        // Held until the socket connects, after the middlewares: socket.io writes a restored
        // session's missed packets as it builds the socket, before any middleware has looked at
        // the handshake's token, so a handshake with a copied session id and no token (or a
        // signed-out one) would be sent them. A handshake refused never gets them; one the gateway
        // lets in but does not let recover (another member's session) neither.
        const held = kept([...session.missedPackets, ...heardFor(adapter, session, after, heard.splice(0))]);
        session.missedPackets = [];
        const done = () => {
          clearTimeout(giveUp);
          restoring.delete(heard);
          if (awaitingConnect.get(session.sid) === awaiting) awaitingConnect.delete(session.sid);
        };
        const awaiting = {
          connected(socket: Socket) {
            done();
            if (!socket.recovered) return;
            const send = (socket as unknown as { packet(packet: { type: number; data: unknown[] }): void }).packet.bind(socket);
            for (const data of [...held, ...kept(heardFor(adapter, session, after, heard.splice(0)))]) send({ type: EVENT_PACKET, data });
          },
          dropped: done,
        };
        // Its socket connects or is cleaned up (middleware refusal, client gone): this is a backstop.
        const giveUp = setTimeout(done, RECOVERY_WINDOW_MS).unref();
        awaitingConnect.set(session.sid, awaiting);
        return session;
      } catch (error) {
        restoring.delete(heard);
        throw error;
      }
    };
    // Registered before the app's own listeners: the rest goes before anything the app sends it.
    adapter.nsp.on('connection', (socket: Socket) => awaitingConnect.get(socket.id)?.connected(socket));
    const delAll = adapter.delAll.bind(adapter);
    adapter.delAll = (id) => {
      awaitingConnect.get(id)?.dropped();
      return delAll(id);
    };

    adapter.broadcast = async (packet, opts) => {
      const started = performance.now();
      const delivered = () => timings?.delivered((performance.now() - started) / 1000);
      if (opts.flags?.local) {
        Adapter.prototype.broadcast.call(adapter, packet, opts);
        return delivered();
      }
      // The stream gets the packet as it is now; this node's copy also carries an offset.
      // A failed append (Redis away past the bound) settles undefined: as in the published
      // adapter, this node delivers without an offset and other nodes do not get the packet.
      const appended = append(adapter, { ...packet, data: [...packet.data] }, opts).then(
        (offset) => {
          timings?.appended((performance.now() - started) / 1000);
          return offset;
        },
        () => undefined,
      );
      if (recoverable(packet, opts)) {
        const offset = lastRead ?? (await appended);
        if (offset !== undefined) packet.data.push(offset);
        for (const heard of restoring) heard.push({ packet: [...packet.data], opts: encodeOptions(opts) });
      }
      Adapter.prototype.broadcast.call(adapter, packet, opts);
      delivered();
      await appended;
    };
    return adapter as unknown as ReturnType<AdapterFactory>;
  } as AdapterFactory;
}

/**
 * What this node delivered to rooms while a session was being restored: an entry it read from the
 * stream (another node's broadcast, or its own read back), or its own broadcast as its sockets got
 * it (carrying the offset they got).
 */
type Heard = { raw: unknown; offset: string } | { packet: unknown[]; opts: { rooms: string[]; except: string[] } };

/**
 * The packets among `heard` that a session's rooms got and the session was not given yet: entries
 * read from the stream later than `after` (the last it was given, or the client's own offset),
 * each with its entry id last (the client's next offset), and this node's own broadcasts, picked
 * by room as the adapter's own restore picks them. One of its own may come again as the entry it
 * became (clients keep messages by id, so a repeat changes nothing).
 */
function heardFor(adapter: StreamsAdapter, session: Session, after: string, heard: readonly Heard[]): unknown[][] {
  const decode = (adapter.constructor as unknown as { decode: (raw: unknown) => StreamMessage }).decode;
  const forSession = (opts: { rooms: string[]; except: string[] }) =>
    (opts.rooms.length === 0 || session.rooms.some((room) => opts.rooms.includes(room))) && session.rooms.every((room) => !opts.except.includes(room));
  const packets: unknown[][] = [];
  for (const entry of heard) {
    if ('packet' in entry) {
      if (forSession(entry.opts)) packets.push(entry.packet);
      continue;
    }
    if (!streamIdAfter(entry.offset, after)) continue;
    let message: StreamMessage;
    try {
      message = decode(entry.raw);
    } catch {
      continue;
    }
    const { packet, opts } = message.data ?? {};
    if (message.nsp !== adapter.nsp.name || message.type !== MessageType.BROADCAST || !packet || !opts) continue;
    if (forSession(opts)) packets.push([...packet.data, entry.offset]);
  }
  return packets;
}

/** Whether stream entry id `a` ("<ms>-<seq>") comes after `b`. */
function streamIdAfter(a: string, b: string): boolean {
  const [aMs, aSeq] = a.split('-').map(BigInt);
  const [bMs, bSeq] = b.split('-').map(BigInt);
  return aMs > bMs || (aMs === bMs && aSeq > bSeq);
}

/**
 * While a node is alone, the stream holds only its own packets, which it has already delivered
 * (this node first): reading each one back as it lands woke this node and Redis twice a
 * broadcast for nothing but the recovery offset. Alone, the reader asks at most this often.
 */
export const ALONE_READ_INTERVAL_MS = 50;
/**
 * How often a node counts the nodes on its stream. A node that starts beside one that thinks it
 * is alone may wait up to this long before the other reads its packets at once again; until
 * then they reach the other node's sockets up to ALONE_READ_INTERVAL_MS later.
 */
export const NODE_COUNT_INTERVAL_MS = 2_000;

/** Appends a broadcast to the stream; never throws (a packet that cannot be encoded rejects). */
function append(adapter: StreamsAdapter, packet: Packet, opts: BroadcastOptions): Promise<string> {
  try {
    return adapter.publishAndReturnOffset({ type: MessageType.BROADCAST, data: { packet, opts: encodeOptions(opts) } });
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/** Socket.IO's EVENT packet type (socket.io-parser's PacketType.EVENT). */
const EVENT_PACKET = 2;

/**
 * The packets the published adapter gives an offset (events without an ack, not volatile). Only
 * `createIOServer` installs this adapter, always with connection state recovery on.
 */
function recoverable(packet: Packet, opts: BroadcastOptions): boolean {
  return packet.type === EVENT_PACKET && packet.id === undefined && opts.flags?.volatile === undefined;
}

/** Broadcast options as the cluster adapter sends them (sets as arrays). */
function encodeOptions(opts: BroadcastOptions): { rooms: string[]; except: string[]; flags: BroadcastOptions['flags'] } {
  return { rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags };
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
 * its own after a reconnect. The duplicates are also remembered, so the adapter can close them,
 * and the stream reader among them is paced while this node is alone (`paceReads`).
 */
function trackDuplicates(redis: NodeRedisClient, opened: NodeRedisClient[], alone: () => boolean, read: () => void): void {
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
    paceReads(made, alone, read);
    return client as unknown as NodeRedisClient;
  };
}

/** The stream reader's XREAD, at most every ALONE_READ_INTERVAL_MS while `alone` says so. */
function paceReads(made: NodeRedisClient, alone: () => boolean, read: () => void): void {
  const reader = made as unknown as { xRead: (...args: unknown[]) => Promise<unknown> };
  const xRead = reader.xRead.bind(made);
  let lastAsked = -Infinity;
  reader.xRead = async (...args: unknown[]) => {
    const wait = lastAsked + ALONE_READ_INTERVAL_MS - performance.now();
    if (wait > 0 && alone()) await new Promise((resolve) => setTimeout(resolve, wait).unref());
    lastAsked = performance.now();
    read();
    return xRead(...args);
  };
}
