import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { ChatMessage } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../support/api-harness';
import { registerMember, type Session } from '../support/rest-client';
import { freePort, TcpProxy } from '../support/tcp-proxy';
import { waitFor } from '../support/worker-process';

const API_MAIN = join(__dirname, '../../../../dist/apps/api/src/main.js');
const ROOM = 'night-owls';

/**
 * A chat client as the web app is one: it keeps what it has seen, and after a reconnect that did
 * not recover its session (the node that held it died) it joins again and merges the history
 * the join returns, so nothing said meanwhile is missed.
 */
class ChatClient {
  readonly seen = new Map<string, ChatMessage>();
  readonly socket: Socket;
  reconnections = 0;
  recovered = 0;

  constructor(url: string, token: string) {
    this.socket = io(url, { path: '/socket.io', auth: { token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
    this.socket.on('message:new', (message: ChatMessage) => this.seen.set(message.id, message));
    this.socket.on('connect', () => {
      if (!this.joined) return;
      this.reconnections++;
      if (this.socket.recovered) this.recovered++;
      else void this.join();
    });
  }

  private joined = false;

  async join(): Promise<void> {
    const ack = (await this.socket.timeout(5_000).emitWithAck('room:join', { room: ROOM })) as { ok: boolean; messages: ChatMessage[] };
    if (!ack.ok) throw new Error('join refused');
    for (const message of ack.messages) this.seen.set(message.id, message);
    this.joined = true;
  }

  async connected(): Promise<this> {
    if (!this.socket.connected) await new Promise<void>((resolve) => this.socket.once('connect', () => resolve()));
    return this;
  }
}

describe('one of two api nodes killed -9 (real processes, PostgreSQL and Redis)', () => {
  let nodeB: ApiHarness;
  let nodeA: ChildProcess;
  let balancer: TcpProxy;
  let portA: number;
  let alice: Session;
  let bob: Session;
  let carol: Session;
  /** Senders on node B; several, because each member may send only 5 messages in 10 s. */
  const senders: Session[] = [];
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    nodeB = await startApi('node-kill');
    portA = await freePort();
    const env = nodeB.env;
    nodeA = spawn(process.execPath, [API_MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: String(portA),
        DATABASE_URL: env.DATABASE_URL,
        REDIS_URL: env.REDIS_URL,
        QUEUE_PREFIX: env.QUEUE_PREFIX,
        JWT_SECRET: env.JWT_SECRET ?? '',
        RATE_LIMIT_REGISTER_PER_HOUR: '1000',
      },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${portA}/api/health`).catch(() => null))?.ok, 30_000, 'node A to start');
    balancer = new TcpProxy('127.0.0.1', portA);
    await balancer.start();
    alice = await registerMember(nodeB, 'Alice Vole');
    bob = await registerMember(nodeB, 'Bob Stoat');
    carol = await registerMember(nodeB, 'Carol Hare');
    for (let i = 0; i < 8; i++) senders.push(await registerMember(nodeB, `Steady Owl ${i}`));
  });

  afterAll(async () => {
    for (const client of clients) client.socket.disconnect();
    if (nodeA.exitCode === null) nodeA.kill('SIGKILL');
    await balancer.stop();
    await nodeB.close();
  });

  it("moves node A's clients to node B and they miss no message sent while it died", async () => {
    const viaBalancer = `http://127.0.0.1:${balancer.port}`;
    const aliceClient = await new ChatClient(viaBalancer, alice.token).connected();
    const bobClient = await new ChatClient(viaBalancer, bob.token).connected();
    const carolClient = await new ChatClient(nodeB.baseUrl, carol.token).connected();
    clients.push(aliceClient, bobClient, carolClient);
    const senderClients = await Promise.all(senders.map((sender) => new ChatClient(nodeB.baseUrl, sender.token).connected()));
    clients.push(...senderClients);
    for (const client of clients) await client.join();

    const sent: string[] = [];
    const total = 40;
    for (let i = 0; i < total; i++) {
      const sender = senderClients[i % senderClients.length];
      const ack = (await sender.socket.timeout(5_000).emitWithAck('message:send', { room: ROOM, body: `steady message ${i}`, clientMsgId: `kill-${i}` })) as { ok: boolean; id: string };
      expect(ack.ok).toBe(true);
      sent.push(ack.id);
      if (i === 10) {
        await waitFor(async () => aliceClient.seen.has(sent[10]) && bobClient.seen.has(sent[10]), 5_000, 'delivery through node A');
        // Node A dies without a word; the balancer sends new connections to B.
        nodeA.kill('SIGKILL');
        balancer.retarget(Number(new URL(nodeB.baseUrl).port));
        await balancer.cut();
        await balancer.restore();
      }
      await new Promise((resolve) => setTimeout(resolve, 40));
    }

    for (const client of [aliceClient, bobClient]) {
      await waitFor(async () => sent.every((id) => client.seen.has(id)), 15_000, `every message at the client (missing ${sent.filter((id) => !client.seen.has(id)).length})`);
      expect(client.reconnections).toBeGreaterThanOrEqual(1);
      expect(client.socket.connected).toBe(true);
    }
    // Each message is stored once, however the clients came back.
    const stored = await nodeB.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id LIKE 'kill-%'`);
    expect(stored[0].n).toBe(total);
    // And the moved clients talk through B at once.
    const after = (await aliceClient.socket.timeout(5_000).emitWithAck('message:send', { room: ROOM, body: 'still here', clientMsgId: 'after-kill' })) as { ok: boolean; id: string };
    expect(after.ok).toBe(true);
    await waitFor(async () => carolClient.seen.has(after.id), 5_000, 'the moved client to reach node B users');
  });
});
