import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseServerEnv } from '@lantern/contracts';
import { dropQueueKeys, uniqueQueuePrefix } from '@lantern/db/testing';
import { createNodeRedisClient, type NodeRedisClient } from '@lantern/queue';
import type { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { startApi, TEST_REDIS_URL } from '../../test/support/api-harness';
import { registerMember } from '../../test/support/rest-client';
import { waitFor } from '../../test/support/worker-process';
import { adapterConnectionName, ALONE_READ_INTERVAL_MS, NODE_COUNT_INTERVAL_MS, recoverWith, RedisStreamsIoAdapter, type StreamRetention } from './redis-streams-io.adapter';

/**
 * Connections to Redis that this process's Socket.IO adapter holds (its own and the ones it opened
 * from it); other Lantern processes on the same Redis (a second checkout's tests) are not counted.
 */
async function adapterConnections(probe: NodeRedisClient): Promise<number> {
  const list = String(await probe.sendCommand(['CLIENT', 'LIST']));
  return list.split('\n').filter((line) => line.includes(` name=${adapterConnectionName()} `)).length;
}

describe('Socket.IO Redis streams adapter (real Redis)', () => {
  it('closes every Redis connection it opened when the api shuts down, the ones for its subscriptions included', async () => {
    const probe = createNodeRedisClient(TEST_REDIS_URL, 'lantern-adapter-probe');
    await probe.connect();
    try {
      const before = await adapterConnections(probe);
      const api = await startApi('adapterclose');
      const member = await registerMember(api, 'Quiet Heron');
      const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      // The adapter's own connection and at least one it duplicated for its subscriptions.
      await waitFor(async () => (await adapterConnections(probe)) >= before + 2, 5_000, 'the adapter to subscribe');
      socket.close();
      await api.close();
      // At once, not when the adapter's blocking XREAD next times out (which kept test runs alive).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await adapterConnections(probe)).toBe(before);
    } finally {
      await probe.quit();
    }
  });
});

/** A bare Socket.IO node on Lantern's adapter (no api around it): every socket joins "circle". */
async function ioNode(prefix: string, retention?: StreamRetention) {
  const http = createServer();
  const env = parseServerEnv({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused/unused', REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, JWT_SECRET: 'adapter-tests-only-secret-0123456789abcdef' });
  // This node's own reads of the stream: Redis's command counts would include every other user of it.
  const counted = { reads: 0 };
  const adapter = new RedisStreamsIoAdapter(http as never, env, { delivered: () => undefined, appended: () => undefined, streamRead: () => (counted.reads += 1) }, retention);
  adapter.connect();
  // The adapter's Redis connection: the test holds its stream appends (XADD) to watch the order.
  const redis = (adapter as unknown as { redis: NodeRedisClient & { xAdd: (...args: unknown[]) => Promise<string> } }).redis;
  const xAdd = redis.xAdd.bind(redis);
  let held: Promise<void> | undefined;
  let release = () => undefined as void;
  redis.xAdd = async (...args: unknown[]) => {
    await held;
    return xAdd(...args);
  };
  const server = adapter.createIOServer(0) as Server;
  server.on('connection', (socket) => void socket.join('circle'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    server,
    streamReads: () => counted.reads,
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    holdAppends() {
      held = new Promise((resolve) => (release = resolve));
    },
    releaseAppends() {
      held = undefined;
      release();
    },
    close: () => adapter.close(server),
  };
}

type Heard = Array<{ n: number; offset: unknown }>;
async function listener(url: string): Promise<{ socket: Socket; heard: Heard }> {
  const socket = io(url, { path: '/socket.io', transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 200 });
  const heard: Heard = [];
  socket.on('news', (payload: { n: number }, offset: unknown) => heard.push({ n: payload.n, offset }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, heard };
}

describe('Lantern adapter: this node first, recovery intact (real Redis, two nodes)', () => {
  it("delivers on the sender's node before Redis has stored the packet, and a client that drops gets everything after its offset", async () => {
    const prefix = uniqueQueuePrefix('adapterorder');
    const a = await ioNode(prefix);
    const b = await ioNode(prefix);
    const onA = await listener(a.url);
    const onB = await listener(b.url);
    const ns = (heard: Heard) => heard.map((entry) => entry.n);
    try {
      // Until node A has read an entry of the stream it has no offset to hand out: a broadcast
      // waits for its own, as in the published adapter.
      a.holdAppends();
      a.server.to('circle').emit('news', { n: 1 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ns(onA.heard)).toEqual([]);
      a.releaseAppends();
      await waitFor(async () => onA.heard.length === 1 && onB.heard.length === 1, 5_000, 'the first packet on both nodes');
      expect(onA.heard[0].offset).toEqual(onB.heard[0].offset);
      expect(onA.heard[0].offset).toMatch(/^\d+-\d+$/);
      // A reads its own entries (and B's) from the stream; once it has, its sockets get a packet
      // at once, while Redis still holds the append and the other node has not heard of it.
      await waitFor(async () => {
        b.server.to('circle').emit('news', { n: 0 });
        await new Promise((resolve) => setTimeout(resolve, 50));
        return onA.heard.some((entry) => entry.n === 0);
      }, 5_000, "node A reading node B's packets");
      onA.heard.length = 0;
      onB.heard.length = 0;
      a.holdAppends();
      a.server.to('circle').emit('news', { n: 2 });
      await waitFor(async () => ns(onA.heard).includes(2), 2_000, "node A's own socket hearing it while the append is held");
      expect(ns(onB.heard)).toEqual([]);
      expect(onA.heard[0].offset).toMatch(/^\d+-\d+$/);
      a.releaseAppends();
      await waitFor(async () => ns(onB.heard).includes(2), 5_000, 'node B hearing it once Redis has it');

      // The client on A drops; both nodes say something meanwhile; it comes back, recovered.
      onA.socket.io.engine.close();
      await waitFor(async () => !onA.socket.connected, 2_000, 'the drop');
      a.server.to('circle').emit('news', { n: 3 });
      b.server.to('circle').emit('news', { n: 4 });
      await waitFor(async () => ns(onB.heard).includes(3) && ns(onB.heard).includes(4), 5_000, 'both packets in the stream');
      await waitFor(async () => onA.socket.connected, 10_000, 'the reconnect');
      expect(onA.socket.recovered).toBe(true);
      // Everything after its offset: what it missed, and packet 2 again (it had it before the
      // stream did; clients keep messages by id, so a repeat changes nothing).
      await waitFor(async () => ns(onA.heard).includes(3) && ns(onA.heard).includes(4), 5_000, `the missed packets (heard ${JSON.stringify(ns(onA.heard))})`);
      expect([...new Set(ns(onA.heard))]).toEqual([2, 3, 4]);
      expect(ns(onA.heard).filter((n) => n === 2).length).toBeLessThanOrEqual(2);
    } finally {
      onA.socket.close();
      onB.socket.close();
      await a.close();
      await b.close();
      await dropQueueKeys(prefix);
    }
  });
});

describe('Lantern adapter: a session being restored misses nothing its rooms hear meanwhile (real Redis)', () => {
  it("hands a recovered client this node's own broadcasts made while its session was restored, up to the moment it rejoined its rooms", async () => {
    const prefix = uniqueQueuePrefix('adapterrestore');
    const a = await ioNode(prefix);
    const onA = await listener(a.url);
    // The recovery filter (the gateway's reads the database) waits for the test.
    let opened = false;
    let open = () => undefined as void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let filtering = false;
    // A packet the filter keeps from this client (the gateway's: a member it hides).
    const FILTERED = 1_000;
    recoverWith(a.server, async () => {
      filtering = true;
      await gate;
      return (packet) => (packet[1] as { n: number }).n !== FILTERED;
    });
    const emit = (n: number) => a.server.to('circle').emit('news', { n });
    const ns = () => onA.heard.map((entry) => entry.n);
    try {
      emit(0);
      await waitFor(async () => ns().includes(0), 5_000, 'the first packet');
      // Node A has read its first entry back: its broadcasts go to its sockets at once from now on.
      const reads = a.streamReads();
      await waitFor(async () => a.streamReads() > reads, 5_000, 'node A reading the stream');
      await new Promise((resolve) => setTimeout(resolve, 100));

      onA.socket.io.engine.close();
      await waitFor(async () => !onA.socket.connected, 2_000, 'the drop');
      emit(1);
      await waitFor(async () => filtering, 10_000, 'the client coming back and its session being read');
      // While the session is being restored: this node's own broadcasts go to the room without
      // it, and their stream entries (held in Redis's queue here) are read back only later.
      a.holdAppends();
      emit(2);
      emit(FILTERED);
      // And at every depth of the turn in which the restore ends and the socket rejoins its room,
      // and on every turn after, until it has connected and a little longer.
      let n = 3;
      let chain = Promise.resolve();
      for (; n <= 14; n++) chain = chain.then(((k) => () => void emit(k))(n));
      open();
      opened = true;
      await chain;
      const connectedOnServer = () => [...a.server.of('/').sockets.values()].some((socket) => socket.recovered);
      for (let after = 0; after < 5 && n < 500; n++) {
        emit(n);
        await new Promise((resolve) => setImmediate(resolve));
        if (connectedOnServer()) after++;
      }
      await waitFor(async () => onA.socket.connected, 10_000, 'the reconnect');
      expect(onA.socket.recovered).toBe(true);
      a.releaseAppends();
      emit(n);
      const expected = Array.from({ length: n + 1 }, (_, k) => k).filter((k) => k !== FILTERED);
      await waitFor(async () => expected.every((k) => ns().includes(k)), 5_000, `every packet (heard ${JSON.stringify(ns())})`);
      expect([...new Set(ns())].sort((x, y) => x - y)).toEqual(expected);
      // The filter's word holds for what it was handed this way too.
      expect(ns()).not.toContain(FILTERED);
    } finally {
      if (!opened) open();
      onA.socket.close();
      await a.close();
      await dropQueueKeys(prefix);
    }
  });
});

describe('Lantern adapter: a node alone reads its stream lazily (real Redis)', () => {
  it('reads back its own packets at most every ALONE_READ_INTERVAL_MS, and at once again once another node shares the stream', async () => {
    const prefix = uniqueQueuePrefix('adapterpace');
    const a = await ioNode(prefix);
    const onA = await listener(a.url);
    let b: Awaited<ReturnType<typeof ioNode>> | undefined;
    let onB: Awaited<ReturnType<typeof listener>> | undefined;
    // Forty packets 10 ms apart (400 ms): read back one by one, that is about forty reads a node.
    const burst = async (from: Awaited<ReturnType<typeof ioNode>>, first: number) => {
      for (let n = first; n < first + 40; n++) {
        from.server.to('circle').emit('news', { n });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const ns = (heard: Heard) => heard.map((entry) => entry.n);
    const range = (first: number) => Array.from({ length: 40 }, (_, i) => first + i);
    try {
      a.server.to('circle').emit('news', { n: 0 });
      await waitFor(async () => onA.heard.length === 1, 5_000, 'the first packet');
      // Node A counts the nodes on its stream: itself alone.
      await new Promise((resolve) => setTimeout(resolve, NODE_COUNT_INTERVAL_MS + 500));

      const aloneBefore = a.streamReads();
      const started = performance.now();
      await burst(a, 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const aloneReads = a.streamReads() - aloneBefore;
      const allowed = Math.ceil((performance.now() - started) / ALONE_READ_INTERVAL_MS) + 3;
      expect(ns(onA.heard)).toEqual([0, ...range(1)]);
      // One read per interval (about 15 in 600 ms); read as they land it would be one a packet.
      expect(aloneReads).toBeLessThanOrEqual(Math.min(allowed, 30));

      // A second node: at its next count node A is no longer alone, and both read at once.
      b = await ioNode(prefix);
      onB = await listener(b.url);
      const heardByB = onB;
      await waitFor(async () => {
        a.server.to('circle').emit('news', { n: 100 });
        await new Promise((resolve) => setTimeout(resolve, 50));
        return ns(heardByB.heard).includes(100);
      }, 5_000, 'node B hearing node A');
      await new Promise((resolve) => setTimeout(resolve, NODE_COUNT_INTERVAL_MS + 500));
      heardByB.heard.length = 0;
      const togetherBefore = a.streamReads() + b.streamReads();
      await burst(a, 200);
      await waitFor(async () => heardByB.heard.length >= 40, 5_000, 'node B hearing the burst');
      const togetherReads = a.streamReads() + b.streamReads() - togetherBefore;
      expect(ns(heardByB.heard)).toEqual(range(200));
      // Both nodes read as the packets land (node B must, to deliver them without delay): about
      // eighty reads; paced, the two together would make about twenty.
      expect(togetherReads).toBeGreaterThanOrEqual(30);
    } finally {
      onA.socket.close();
      onB?.socket.close();
      await a.close();
      await b?.close();
      await dropQueueKeys(prefix);
    }
  });
});

describe('Lantern adapter: the stream keeps broadcasts only as long as recovery could need them (real Redis)', () => {
  it('trims entries older than the retention from the stream and keeps the newer ones', async () => {
    const prefix = uniqueQueuePrefix('adaptertrim');
    const stream = `${prefix}:socket.io`;
    const probe = createNodeRedisClient(TEST_REDIS_URL, 'lantern-adapter-probe');
    await probe.connect();
    const node = await ioNode(prefix, { keepMs: 1_000, trimEveryMs: 100 });
    const entryTimes = async () => ((await probe.xRange(stream, '-', '+')) ?? []).flatMap((entry) => (entry ? [Number(entry.id.split('-')[0])] : []));
    try {
      node.server.to('circle').emit('news', { n: 1, words: 'an old line' });
      const [old] = await waitFor(async () => {
        const times = await entryTimes();
        return times.length === 1 && times;
      }, 5_000, 'the first broadcast in the stream');
      // Still there within its retention.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await entryTimes()).toEqual([old]);
      await new Promise((resolve) => setTimeout(resolve, 700));
      node.server.to('circle').emit('news', { n: 2 });
      const [newer] = await waitFor(async () => {
        const times = await entryTimes();
        return times.length === 1 && times[0] !== old && times;
      }, 5_000, 'the old broadcast to be trimmed and the new one kept');
      expect(newer - old).toBeGreaterThanOrEqual(1_000);
    } finally {
      await node.close();
      await probe.quit();
      await dropQueueKeys(prefix);
    }
  });
});
