// `npm run bench`: Lantern's speed, each figure beside a bare baseline measured in the same run on
// the same machine. A table for people, and a last line of JSON for machines.
//
// What is measured today (more joins as features land; see README "Benchmarks"):
// - classifier: texts/s of CPU time on one core, beside a plain keyword list;
// - moderation: content committed → classification stored, through the real outbox relay,
//   BullMQ on Redis and the worker process; beside a bare BullMQ round trip (add → no-op worker →
//   completed) on the same Redis.
//
// Options: --seconds <n> (classifier time), --rate <posts/s>, --duration <s> (moderation load),
// --rounds <n> (alternating rounds of the default chat load; each side reports its median round),
// --only chat|moderation|forum (one figure alone).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { io as ioClient } from 'socket.io-client';
import { Client, Pool } from 'pg';
import { classify, keywordBaseline } from '@lantern/moderation';
import { createTestDatabase, dropQueueKeys, uniqueQueuePrefix } from '@lantern/db/testing';
import { createBullConnection } from '@lantern/queue';
import { FORUM_LIMITS, type ServerEnv } from '@lantern/contracts';
// The bench times the api's own forum SQL, bare, so it imports it from the app on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { FORUM_READ_SQL } from '../../apps/api/src/forum/forum-read-sql';
// Chat load tokens are signed exactly as the api signs them.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AccessTokenService } from '../../apps/api/src/auth/access-token.service';
import { bucketsBetween, histogramBuckets, histogramQuantile, type Buckets } from './histogram';
import { medianRound, summarise, type LatencySummary } from './latency';
import { cpuBetween, machineCpu, processCpu, processSharesBetween, type ProcessGroup } from './machine-cpu';

const root = process.cwd();
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number.`);
  return value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Texts per second of CPU time: the best of five rounds, so a busy neighbour does not count. */
function cpuThroughput(run: (text: string) => unknown, texts: readonly string[], seconds: number): number {
  for (const text of texts) run(text);
  let best = 0;
  for (let round = 0; round < 5; round++) {
    const started = process.cpuUsage();
    let done = 0;
    let spent = 0;
    while (spent < (seconds * 1e6) / 5) {
      for (const text of texts) run(text);
      done += texts.length;
      const used = process.cpuUsage(started);
      spent = used.user + used.system;
    }
    best = Math.max(best, done / (spent / 1e6));
  }
  return Math.round(best);
}

function labelledTexts(): string[] {
  const dir = join(root, 'libs', 'moderation', 'data');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** BENCH_NODE_ARGS (for example "--cpu-prof --cpu-prof-dir=/tmp/prof") go to the api, worker and bare server processes. */
const stackNodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

function startBuilt(script: string, env: Record<string, string>): { child: ChildProcess; exited: Promise<void> } {
  const child = spawn(process.execPath, [...stackNodeArgs, join(root, script)], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, exited: new Promise((resolve) => child.on('exit', () => resolve())) };
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`the api did not become healthy at ${url}`);
}

/** Seconds of replies posted, and measured apart, before the moderation figure. */
const MODERATION_WARMUP_SECONDS = 2;

interface ModerationFigures {
  lantern: LatencySummary;
  /** The replies of the first seconds after the api and worker started. */
  warmup: LatencySummary;
  bare: LatencySummary;
  posts: number;
  rate: number;
}

interface Stack {
  baseUrl: string;
  /** Opens every node's `/api/metrics`. */
  metricsToken: string;
  db: Client;
  dbUrl: string;
  register(pseudonym?: string): Promise<string>;
  /** Another api node on the same database, Redis and prefix. */
  startNode(): Promise<{ baseUrl: string; stop(): Promise<void> }>;
  /**
   * `count` members made straight in the database, with access tokens signed as the api signs
   * them: for loads (a thousand chatters) that would otherwise spend minutes in registration's
   * password hashing and its per-address limit, neither of which they measure.
   */
  memberTokens(count: number): Promise<string[]>;
  stop(): Promise<void>;
}

/** One Lantern (api + worker, built) on a fresh database, as `npm start` runs it. */
async function startStack(): Promise<Stack> {
  const db = await createTestDatabase('bench', undefined, { fromTemplate: false });
  const prefix = uniqueQueuePrefix('bench');
  const port = String(31000 + Math.floor(Math.random() * 2000));
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    PORT: port,
    JWT_SECRET: 'bench-only-secret-bench-only-secret-0123',
    // Room for the bench's own members (about 210 accounts, 500 replies from one of them), and
    // low enough that the abuse figure's flood runs into both limits.
    RATE_LIMIT_REGISTER_PER_HOUR: '300',
    RATE_LIMIT_POSTS_PER_MINUTE: '600',
    METRICS_TOKEN: 'bench-only-metrics-token-0123456789',
  };
  const api = startBuilt('dist/apps/api/src/main.js', env);
  const worker = startBuilt('dist/apps/worker/src/main.js', { ...env, WORKER_CONCURRENCY: String(Math.max(1, cpus().length)) });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/api/health`);
  } catch (error) {
    // Leave nothing running behind a failed start (a port taken, a migration refused).
    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    await Promise.all([api.exited, worker.exited, client.end()]);
    await db.drop();
    throw error;
  }
  await client.query(`INSERT INTO categories (slug, name) VALUES ('bench', 'Bench')`);
  return {
    baseUrl,
    metricsToken: env.METRICS_TOKEN,
    db: client,
    dbUrl: db.url,
    async register(pseudonym?: string) {
      const response = await fetch(`${baseUrl}/api/v1/auth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(pseudonym ? { pseudonym } : {}) });
      if (response.status !== 201) throw new Error(`register answered ${response.status}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    async startNode() {
      const nodePort = String(Number(port) + 1);
      const node = startBuilt('dist/apps/api/src/main.js', { ...env, PORT: nodePort });
      const nodeUrl = `http://127.0.0.1:${nodePort}`;
      try {
        await waitForHealth(`${nodeUrl}/api/health`);
      } catch (error) {
        node.child.kill('SIGTERM');
        await node.exited;
        throw error;
      }
      return {
        baseUrl: nodeUrl,
        stop: async () => {
          node.child.kill('SIGTERM');
          await node.exited;
        },
      };
    },
    async memberTokens(count: number) {
      const made = await client.query<{ id: string; pseudonym: string }>(
        `INSERT INTO members (pseudonym) SELECT 'Bench Chatter ' || n || ' ' || $2 FROM generate_series(1, $1) AS n RETURNING id, pseudonym`,
        [count, randomUUID().slice(0, 8)],
      );
      const signer = new AccessTokenService({ JWT_SECRET: env.JWT_SECRET } as ServerEnv);
      return Promise.all(made.rows.map((row) => signer.sign({ id: row.id, role: 'member', pseudonym: row.pseudonym })));
    },
    async stop() {
      await client.end();
      api.child.kill('SIGTERM');
      worker.child.kill('SIGTERM');
      await Promise.all([api.exited, worker.exited]);
      await db.drop();
      // Queues, presence, rate counters and the adapter's stream: a run leaves nothing in Redis.
      await dropQueueKeys(prefix, REDIS_URL);
    },
  };
}

async function post(stack: Stack, token: string, path: string, body: unknown): Promise<{ id: string; firstPost?: { id: string } }> {
  const response = await fetch(`${stack.baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; firstPost?: { id: string } };
}

/**
 * Replies posted over REST at a fixed rate (the real write path: validation, transaction with
 * the outbox row, NOTIFY), measured from commit to classification stored, on PostgreSQL's clock.
 */
async function moderationLatency(stack: Stack, rate: number, durationSeconds: number): Promise<ModerationFigures> {
  const token = await stack.register();
  const texts = labelledTexts();
  // The api and worker were just started: the first second or two (first connections, first
  // statements, cold code) are posted to a thread of their own, measured and reported apart.
  // (From another member: the posting limit is per member, and the measured run needs all of it.)
  const warmup = await timedReplies(stack, await stack.register(), texts, rate, Math.round(rate * MODERATION_WARMUP_SECONDS));
  const lantern = await timedReplies(stack, token, texts, rate, Math.round(rate * durationSeconds));
  return { lantern: summarise(lantern), warmup: summarise(warmup), bare: await bareBullRoundTrip(rate, durationSeconds), posts: Math.round(rate * durationSeconds), rate };
}

/** Posts `total` replies in a new thread at `rate` a second; returns each one's commit → classification time. */
async function timedReplies(stack: Stack, token: string, texts: readonly string[], rate: number, total: number): Promise<number[]> {
  const thread = await post(stack, token, '/api/v1/threads', { categorySlug: 'bench', title: 'Bench thread', body: 'Opening post.' });
  const started = Date.now();
  const writes: Array<Promise<unknown>> = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
    const write = post(stack, token, `/api/v1/threads/${thread.id}/posts`, { body: texts[i % texts.length] || 'a quiet day' });
    write.catch(() => undefined); // awaited below; a refusal must not crash the run while posting goes on
    writes.push(write);
  }
  await Promise.all(writes);
  const deadline = Date.now() + 60_000;
  let latencies: number[] = [];
  while (Date.now() < deadline) {
    const { rows } = await stack.db.query(
      `SELECT extract(epoch FROM (r.classified_at - p.created_at)) * 1000 AS ms FROM moderation_results r JOIN posts p ON p.id = r.content_id WHERE p.thread_id = $1`,
      [thread.id],
    );
    latencies = rows.map((row: { ms: string }) => Number(row.ms));
    if (latencies.length >= total + 1) break;
    await sleep(250);
  }
  if (latencies.length < total) throw new Error(`only ${latencies.length} of ${total} posts were classified within 60 s`);
  return latencies;
}

/** Crisis post over REST → `crisis:resources` on the author's socket, on this process's clock. */
async function crisisLatency(stack: Stack, count: number): Promise<{ lantern: LatencySummary; bare: LatencySummary }> {
  const token = await stack.register();
  const socket = ioClient(stack.baseUrl, { path: '/socket.io', auth: { token }, transports: ['websocket'] });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const arrived = new Map<string, number>();
  socket.on('crisis:resources', (payload: { contentId: string }) => arrived.set(payload.contentId, performance.now()));
  const sentAt = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const at = performance.now();
    const thread = await post(stack, token, '/api/v1/threads', { categorySlug: 'bench', title: `Tonight ${i}`, body: 'I want to end my life tonight. I cannot keep going.' });
    sentAt.set(thread.firstPost!.id, at);
    await sleep(200);
  }
  const deadline = Date.now() + 30_000;
  while (arrived.size < count && Date.now() < deadline) await sleep(100);
  socket.disconnect();
  const latencies = [...sentAt].filter(([id]) => arrived.has(id)).map(([id, at]) => arrived.get(id)! - at);
  if (latencies.length < count) throw new Error(`only ${latencies.length} of ${count} crisis panels arrived within 30 s`);
  return { lantern: summarise(latencies), bare: await bareSocketRoundTrip(count) };
}

/** The floor for a server-to-client push: a bare socket.io emit → receive on loopback. */
async function bareSocketRoundTrip(count: number): Promise<LatencySummary> {
  const server = await startBareChat();
  const socket = ioClient(`http://127.0.0.1:${server.port}`, { path: '/socket.io', transports: ['websocket'] });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  await socket.emitWithAck('room:join', { room: 'solo' });
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = performance.now();
    const got = new Promise<void>((resolve) => socket.once('message:new', () => resolve()));
    socket.emit('message:send', { room: 'solo', body: 'x', clientMsgId: String(i) });
    await got;
    latencies.push(performance.now() - at);
  }
  socket.disconnect();
  await server.stop();
  return summarise(latencies);
}

async function startBareChat(env: Record<string, string> = {}): Promise<{ port: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [...stackNodeArgs, join(root, 'dist/tools/bench/bare-chat-server.js')], { stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH ?? '', ...env } });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`the bare chat server exited (${code}) before listening`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Seconds of chat load sent before measuring starts (the same for Lantern and the bare server). */
const CHAT_WARMUP_SECONDS = 5;

interface ChatFigures {
  throughput: number;
  latency: LatencySummary;
  /** Deliveries during the warm-up, reported apart: the cold start after everyone joined at once. */
  warmup: LatencySummary;
  sent: number;
  /** Sends answered with an error ack (rate limit, slow mode…): should be 0 at the default pace. */
  refused: number;
  /** The refused sends by error code. */
  refusals: Record<string, number>;
  /** With several rounds (`--rounds`): every round's p99, in the order they ran. */
  roundsP99?: number[];
  /**
   * Durable commits on a side connection through the measured seconds (one at a time, one every
   * 20 ms, into a table of its own): what the disk did to every commit meanwhile. A message that
   * is stored before it is shown waits out the WAL flush its commit is in; one slow flush holds
   * every commit behind it.
   */
  commits?: LatencySummary;
  /** With several rounds: every round's slowest probe commit, in the order they ran. */
  roundsSlowestCommit?: number[];
  /**
   * WAL flushes a second through the measured seconds, the whole PostgreSQL server
   * (`pg_stat_wal.wal_sync`; backends report it about once a second), the probe's commits
   * included: each durable commit waits for one, and one flush in progress holds the next.
   */
  walFlushesPerSecond?: number;
  /** Lantern only: where a message's time went on the node(s), from their metrics. */
  stages?: ChatStages;
  /**
   * The whole machine through the measured seconds (Linux): the share of its cores busy, and CPU
   * time per message sent, every process together. The load generator's part is the same for
   * every side, so the difference between two sides is what their servers cost.
   */
  cpu?: { busyShare: number; cpuMsPerSend: number };
  /**
   * The same seconds by process (Linux): each part's share of one core in percent (the load
   * generator is this process; PostgreSQL all its backends; "other" everything else running).
   */
  processes?: Partial<Record<ProcessGroup, number>>;
}

/** p50 and p99 in ms of each stage a message passes on its node (the api's own histograms). */
type ChatStages = Record<'queue' | 'statement' | 'broadcast' | 'append', { p50: number; p99: number }>;

const STAGE_SERIES: Record<keyof ChatStages, [string, string]> = {
  queue: ['lantern_chat_send_stage_seconds', 'stage="queue"'],
  statement: ['lantern_chat_send_stage_seconds', 'stage="statement"'],
  broadcast: ['lantern_socket_broadcast_seconds', ''],
  append: ['lantern_socket_stream_append_seconds', ''],
};

/** Every node's stage histograms as they stand now. */
async function scrapeStages(urls: readonly string[], token: string): Promise<Array<Map<string, Buckets>>> {
  const texts = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(`${url}/api/metrics`, { headers: { Authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`${url}/api/metrics answered ${response.status}`);
      return response.text();
    }),
  );
  // One map per node and histogram name, keys prefixed by the name so both share a map.
  return texts.map((text) => {
    const all = new Map<string, Buckets>();
    for (const name of new Set(Object.values(STAGE_SERIES).map(([metric]) => metric))) {
      for (const [labels, buckets] of histogramBuckets(text, name)) all.set(`${name}{${labels}}`, buckets);
    }
    return all;
  });
}

function stagesBetween(before: Array<Map<string, Buckets>>, after: Array<Map<string, Buckets>>): ChatStages {
  const between = bucketsBetween(before, after);
  const ms = (buckets: Buckets | undefined, q: number) => Math.round(histogramQuantile(buckets ?? [], q) * 10_000) / 10;
  const stages = Object.entries(STAGE_SERIES).map(([stage, [name, labels]]) => {
    const buckets = between.get(`${name}{${labels}}`);
    return [stage, { p50: ms(buckets, 0.5), p99: ms(buckets, 0.99) }];
  });
  return Object.fromEntries(stages) as ChatStages;
}

/** The median round of several, carrying every round's p99. */
function ofRounds(rounds: readonly ChatFigures[]): ChatFigures {
  const slowest = rounds.map((round) => round.commits?.max ?? Number.NaN);
  return { ...medianRound(rounds), roundsP99: rounds.map((round) => round.latency.p99), ...(slowest.every(Number.isFinite) ? { roundsSlowestCommit: slowest } : {}) };
}

const COMMIT_PROBE_TABLE = 'bench_commit_probe';
const COMMIT_PROBE_EVERY_MS = 20;

/** The server's WAL flushes so far (PostgreSQL 14 and later). */
async function walFlushes(dbUrl: string): Promise<number> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT wal_sync AS n FROM pg_stat_wal')).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Commits one row at a time on its own connection until `stop` resolves; each commit's latency. */
async function probeCommits(dbUrl: string, stop: Promise<unknown>): Promise<LatencySummary> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  const latencies: number[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  try {
    while (!stopped) {
      const at = performance.now();
      await client.query(`INSERT INTO ${COMMIT_PROBE_TABLE} DEFAULT VALUES`);
      latencies.push(performance.now() - at);
      await sleep(COMMIT_PROBE_EVERY_MS);
    }
  } finally {
    await client.end();
  }
  return summarise(latencies);
}

/**
 * N clients across R rooms, each sending a message every `intervalMs` (default 2.5 s: inside
 * Lantern's 5-per-10-s limit, so the figure is the gateway's cost, not its rate limit), starting
 * at staggered moments; every delivery to every member of the room counts. The same load
 * generator drives Lantern and the bare server. Refused sends are counted and reported.
 */
async function chatLoad(
  urls: readonly string[],
  tokens: readonly (string | undefined)[],
  rooms: readonly string[],
  seconds: number,
  intervalMs: number,
  /** Lantern's: the nodes' stage histograms are read before and after the measured seconds. */
  metricsToken?: string,
  /** The bench's database: durable commits on the side through the measured seconds (`commits`). */
  commitProbeUrl?: string,
): Promise<ChatFigures> {
  // Clients spread over the nodes; a room's members sit on every node, so fan-out crosses Redis.
  const sockets = tokens.map((token, i) => ioClient(urls[i % urls.length], { path: '/socket.io', auth: token ? { token } : {}, transports: ['websocket'], reconnection: false }));
  await Promise.all(sockets.map((socket) => new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  })));
  const latencies: number[] = [];
  const warmupLatencies: number[] = [];
  let delivered = 0;
  let measuring = false;
  sockets.forEach((socket) => {
    socket.on('message:new', (message: { body: string }) => {
      const sentAt = Number(message.body.split(' ')[0]);
      if (!measuring) {
        if (Number.isFinite(sentAt)) warmupLatencies.push(performance.now() - sentAt);
        return;
      }
      delivered += 1;
      if (Number.isFinite(sentAt)) latencies.push(performance.now() - sentAt);
    });
  });
  await Promise.all(sockets.map((socket, i) => socket.timeout(10_000).emitWithAck('room:join', { room: rooms[i % rooms.length] })));
  let sent = 0;
  let refused = 0;
  const refusals: Record<string, number> = {};
  // Unique per run: the same members send in several runs, and a repeated clientMsgId is a resend.
  const run = Math.random().toString(36).slice(2, 8);
  const timers: NodeJS.Timeout[] = [];
  sockets.forEach((socket, i) => {
    const send = () => {
      sent += 1;
      socket.emit('message:send', { room: rooms[i % rooms.length], body: `${performance.now()} hello`, clientMsgId: `${run}-${i}-${sent}` }, (ack?: { ok?: boolean; error?: { code?: string } }) => {
        if (ack && ack.ok === false) {
          refused += 1;
          const code = ack.error?.code ?? 'UNKNOWN';
          refusals[code] = (refusals[code] ?? 0) + 1;
        }
      });
    };
    // Staggered over one interval, so the load is even from the first second.
    timers.push(
      setTimeout(() => {
        send();
        timers.push(setInterval(send, intervalMs));
      }, Math.floor((i * intervalMs) / sockets.length)),
    );
  });
  // Steady state: the first seconds after a thousand joins (presence for each, cold code paths)
  // are sent but not measured. README gives what they cost.
  // The nodes' histograms are read a second before measuring starts: a scrape runs a few queries
  // of its own, and what it delays must not land in the measured seconds.
  await sleep((CHAT_WARMUP_SECONDS - 1) * 1000);
  const stagesBefore = metricsToken ? await scrapeStages(urls, metricsToken) : undefined;
  await sleep(1000);
  const walBefore = commitProbeUrl ? await walFlushes(commitProbeUrl) : undefined;
  // Read before measuring starts: reading every process takes a few ms on this thread.
  const processesBefore = processCpu();
  measuring = true;
  const started = performance.now();
  const cpuBefore = machineCpu();
  const sentBefore = sent;
  const measured = sleep(seconds * 1000);
  const commits = commitProbeUrl ? probeCommits(commitProbeUrl, measured) : undefined;
  // Handled at once and thrown where it is awaited below: a failing probe must not take the
  // process down before the bench has dropped its database.
  commits?.catch(() => undefined);
  await measured;
  const processesAfter = processCpu();
  const cpuAfter = machineCpu();
  const cpu = cpuBefore && cpuAfter ? cpuBetween(cpuBefore, cpuAfter, (performance.now() - started) / 1000, cpus().length, sent - sentBefore) : undefined;
  const processes =
    cpuBefore && cpuAfter && processesBefore && processesAfter ? processSharesBetween(processesBefore, processesAfter, { before: cpuBefore, after: cpuAfter }, cpus().length) : undefined;
  const walFlushesPerSecond =
    commitProbeUrl && walBefore !== undefined ? Math.round((((await walFlushes(commitProbeUrl)) - walBefore) * 1000) / (performance.now() - started)) : undefined;
  timers.forEach((timer) => clearInterval(timer));
  await sleep(1000);
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  const stages = stagesBefore && metricsToken ? stagesBetween(stagesBefore, await scrapeStages(urls, metricsToken)) : undefined;
  sockets.forEach((socket) => socket.disconnect());
  return { throughput: Math.round(delivered / elapsed), latency: summarise(latencies), warmup: summarise(warmupLatencies), sent, refused, refusals, stages, commits: await commits, cpu, processes, walFlushesPerSecond };
}

async function chatBenchmark(
  stack: Stack,
  clients: number,
  roomCount: number,
  seconds: number,
  intervalMs: number,
  rounds = option('--rounds', 3),
): Promise<ChatResults> {
  // Twice as many rooms for the double load; the default load uses the first half.
  const allRooms = Array.from({ length: roomCount * 2 }, (_, i) => `bench-${i}`);
  for (const room of allRooms) await stack.db.query(`INSERT INTO rooms (slug, name) VALUES ($1, $1) ON CONFLICT DO NOTHING`, [room]);
  const rooms = allRooms.slice(0, roomCount);
  await stack.db.query(`CREATE TABLE ${COMMIT_PROBE_TABLE} (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())`);
  const tokens = await stack.memberTokens(clients);
  // The bare servers take no token: a client per member, unauthenticated.
  const anonymous = tokens.map(() => undefined);
  const lanternRounds = [await chatLoad([stack.baseUrl], tokens, rooms, seconds, intervalMs, stack.metricsToken, stack.dbUrl)];
  // Twice the clients and rooms on one node, beside the bare server at the same load: headroom,
  // where a send path that keeps up at the default load starts to queue (one statement per message
  // did: p50 0.4 s here). The bare run in between gave every member a fresh burst window.
  const doubleTokens = [...tokens, ...(await stack.memberTokens(clients))];
  // Beside the bare server, one that stores each message (one INSERT) before broadcasting it.
  const [lantern, bare, bareStored, lanternDouble, bareDouble] = await running(startBareChat(), (server) =>
    running(startBareChat({ DATABASE_URL: stack.dbUrl }), async (storing) => {
      const url = `http://127.0.0.1:${server.port}`;
      const storingUrl = `http://127.0.0.1:${storing.port}`;
      const bareRounds = [await chatLoad([url], anonymous, rooms, seconds, intervalMs, undefined, stack.dbUrl)];
      const storedRounds = [await chatLoad([storingUrl], anonymous, rooms, seconds, intervalMs, undefined, stack.dbUrl)];
      // This machine's noise moves single rounds a lot (the same code's p99 twice as long from one
      // round to the next): the default load runs in alternating rounds and each side reports its
      // median round.
      for (let round = 1; round < rounds; round++) {
        lanternRounds.push(await chatLoad([stack.baseUrl], tokens, rooms, seconds, intervalMs, stack.metricsToken, stack.dbUrl));
        bareRounds.push(await chatLoad([url], anonymous, rooms, seconds, intervalMs, undefined, stack.dbUrl));
        storedRounds.push(await chatLoad([storingUrl], anonymous, rooms, seconds, intervalMs, undefined, stack.dbUrl));
      }
      const lanternFigures = await chatLoad([stack.baseUrl], doubleTokens, allRooms, seconds, intervalMs, stack.metricsToken);
      return [ofRounds(lanternRounds), ofRounds(bareRounds), ofRounds(storedRounds), lanternFigures, await chatLoad([url], doubleTokens.map(() => undefined), allRooms, seconds, intervalMs)] as const;
    }),
  );
  // Two api nodes through Redis, beside two bare nodes through the same adapter.
  const lanternTwoNodes = await running(stack.startNode(), async (second) => {
    await sleep(10_500); // a fresh window for every member's burst limit
    return chatLoad([stack.baseUrl, second.baseUrl], tokens, rooms, seconds, intervalMs, stack.metricsToken);
  });
  const adapter = { REDIS_URL, ADAPTER_PREFIX: `${uniqueQueuePrefix('bench-bare')}:socket.io` };
  try {
    const bareTwoNodes = await running(startBareChat(adapter), (first) =>
      running(startBareChat(adapter), (other) => chatLoad([first, other].map((node) => `http://127.0.0.1:${node.port}`), anonymous, rooms, seconds, intervalMs)),
    );
    return { lantern, bare, bareStored, lanternDouble, bareDouble, lanternTwoNodes, bareTwoNodes };
  } finally {
    await dropQueueKeys(adapter.ADAPTER_PREFIX, REDIS_URL);
  }
}

interface ChatResults {
  lantern: ChatFigures;
  bare: ChatFigures;
  /** Bare socket.io storing each message in PostgreSQL (one INSERT) before broadcasting it. */
  bareStored: ChatFigures;
  /** Twice the clients in twice the rooms, one node. */
  lanternDouble: ChatFigures;
  bareDouble: ChatFigures;
  lanternTwoNodes: ChatFigures;
  bareTwoNodes: ChatFigures;
}

/**
 * Reading a thread page and a category page under concurrent load, beside the same SQL run
 * directly (the floor: what the database alone costs).
 */
interface ReadFigures {
  lantern: LatencySummary;
  bare: LatencySummary;
}

/**
 * Forum reads on a seeded forum (`posts` posts: a tenth in one long thread, the rest spread over
 * 2,000 threads in one category), under `concurrency` readers at once. The baseline runs the very
 * SQL the api runs for the same page (FORUM_READ_SQL, as the same named prepared statements),
 * straight through a pool of the same size.
 */
async function forumReads(stack: Stack, posts: number, seconds: number, concurrency: number): Promise<{ threadPage: ReadFigures; categoryList: ReadFigures }> {
  const token = await stack.register();
  const viewerId = (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
  const thread = await post(stack, token, '/api/v1/threads', { categorySlug: 'bench', title: 'A long thread', body: 'The first post.' });
  const longThread = Math.floor(posts / 10);
  const threadCount = 2_000;
  const perThread = Math.max(1, Math.floor((posts - longThread) / threadCount));
  await stack.db.query(
    `INSERT INTO posts (thread_id, author_id, body, created_at)
     SELECT $1, $3::uuid, 'Reply number ' || n || ': thank you for sharing, **you are not alone**.', now() - make_interval(secs => $2 - n)
       FROM generate_series(1, $2) AS n`,
    [thread.id, longThread, viewerId],
  );
  await stack.db.query(
    `WITH made AS (
       INSERT INTO threads (category_id, author_id, title, last_activity_at, reply_count)
       SELECT (SELECT id FROM categories WHERE slug = 'bench'), $3::uuid, 'Thread ' || n, now() - make_interval(secs => n), $2 - 1
         FROM generate_series(1, $1) AS n RETURNING id, last_activity_at)
     INSERT INTO posts (thread_id, author_id, body, created_at)
     SELECT made.id, $3::uuid, 'Post ' || k || ' in a quieter thread. Some days are heavier than others.', made.last_activity_at - make_interval(secs => $2 - k)
       FROM made CROSS JOIN generate_series(1, $2) AS k`,
    [threadCount, perThread, viewerId],
  );
  // A forum in steady state: vacuumed and analysed, so autovacuum waking up on 100,000 fresh rows
  // does not land in the middle of the measurement.
  await stack.db.query('VACUUM (ANALYZE) posts, threads, thread_follows');
  const [{ count }] = (await stack.db.query(`SELECT count(*)::int AS count FROM posts`)).rows as Array<{ count: number }>;
  if (count < posts) throw new Error(`seeded ${count} posts, wanted ${posts}`);

  const get = (path: string) => async () => {
    const response = await fetch(`${stack.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    await response.arrayBuffer();
  };
  const pool = new Pool({ connectionString: stack.dbUrl, max: concurrency });
  const limit = FORUM_LIMITS.pageSize + 1;
  // The same statements the api sends, prepared the same way (planned once per connection).
  const named = (read: keyof typeof FORUM_READ_SQL, values: unknown[]) => pool.query({ name: `forum.${read}`, text: FORUM_READ_SQL[read], values });
  const bareThreadPage = async () => {
    await named('postPage', [viewerId, thread.id, null, null, limit, false]);
  };
  const bareCategoryList = async () => {
    await named('categoryOpen', ['bench']);
    await named('threadList', ['bench', false, null, null, viewerId, limit]);
  };
  try {
    // Warm both sides (connections, plans, the render cache) before timing.
    await loadLoop(1, concurrency, get(`/api/v1/threads/${thread.id}/posts`));
    await loadLoop(1, concurrency, get('/api/v1/categories/bench/threads'));
    await loadLoop(1, concurrency, bareThreadPage);
    return {
      threadPage: { lantern: await loadLoop(seconds, concurrency, get(`/api/v1/threads/${thread.id}/posts`)), bare: await loadLoop(seconds, concurrency, bareThreadPage) },
      categoryList: { lantern: await loadLoop(seconds, concurrency, get('/api/v1/categories/bench/threads')), bare: await loadLoop(seconds, concurrency, bareCategoryList) },
    };
  } finally {
    await pool.end();
  }
}

interface PostingFigures {
  lanternPerSec: number;
  barePerSec: number;
  latency: LatencySummary;
}

/**
 * Sustained posting: 40 members replying in 8 threads, 8 requests at a time, for `seconds`;
 * beside the same writes (post + outbox row, one transaction) straight through a pool of 8.
 */
async function postingThroughput(stack: Stack, seconds: number): Promise<PostingFigures> {
  const tokens: string[] = [];
  for (let i = 0; i < 40; i++) tokens.push(await stack.register());
  const threads: string[] = [];
  for (let i = 0; i < 8; i++) threads.push((await post(stack, tokens[i], '/api/v1/threads', { categorySlug: 'bench', title: `Busy thread ${i}`, body: 'Start.' })).id);
  let n = 0;
  let created = 0;
  const started = performance.now();
  const latency = await loadLoop(seconds, 8, async () => {
    const i = n++;
    const response = await fetch(`${stack.baseUrl}/api/v1/threads/${threads[i % threads.length]}/posts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens[i % tokens.length]}` },
      body: JSON.stringify({ body: `A steady reply, number ${i}. Thinking of you all.` }),
    });
    await response.arrayBuffer();
    if (response.status === 201) created++;
  });
  const lanternPerSec = Math.round(created / ((performance.now() - started) / 1000));
  const pool = new Pool({ connectionString: stack.dbUrl, max: 8 });
  let bare = 0;
  const bareStarted = performance.now();
  try {
    await loadLoop(seconds, 8, async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const inserted = await client.query(`INSERT INTO posts (thread_id, body) VALUES ($1, 'A steady reply.') RETURNING id`, [threads[bare % threads.length]]);
        await client.query(`INSERT INTO outbox_events (topic, payload) VALUES ('bench.bare', $1)`, [{ id: inserted.rows[0].id }]);
        await client.query('COMMIT');
        bare++;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
  return { lanternPerSec, barePerSec: Math.round(bare / ((performance.now() - bareStarted) / 1000)), latency };
}

interface AbuseFigures {
  quiet: LatencySummary;
  flooded: LatencySummary;
  registrations: { created: number; limited: number };
  posts: { created: number; limited: number };
  /** 429s per second while the page was timed. */
  refusedPerSec: number;
}

/**
 * Other members' thread page while one source floods registrations and posts as fast as it can
 * (8 at a time each, from its own process: tools/bench/flood.ts), beside the same page with
 * nobody flooding. The page is timed once both floods are being refused with 429.
 */
async function abuseLoad(stack: Stack, seconds: number): Promise<AbuseFigures> {
  const reader = await stack.register();
  const flooder = await stack.register();
  const thread = await post(stack, reader, '/api/v1/threads', { categorySlug: 'bench', title: 'A calm thread', body: 'Hello, all.' });
  const page = async () => {
    const response = await fetch(`${stack.baseUrl}/api/v1/threads/${thread.id}/posts`, { headers: { Authorization: `Bearer ${reader}` } });
    if (response.status !== 200) throw new Error(`thread page answered ${response.status}`);
    await response.arrayBuffer();
  };
  const quiet = await loadLoop(seconds, 4, page);
  // The attacker stands in for another machine: at the lowest CPU priority, it floods with whatever
  // the server leaves, so the figure is what refusing costs the server, not the attacker's own work.
  const attacker = spawn('nice', ['-n', '19', process.execPath, join(root, 'dist/tools/bench/flood.js'), stack.baseUrl, thread.id, flooder], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH ?? '' },
  });
  type Tally = { registrations: { created: number; limited: number }; posts: { created: number; limited: number } };
  let tally: Tally = { registrations: { created: 0, limited: 0 }, posts: { created: 0, limited: 0 } };
  let buffered = '';
  attacker.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    const last = lines.filter((line) => line.trim()).pop();
    if (last) tally = JSON.parse(last) as Tally;
  });
  const exited = new Promise<void>((resolve) => attacker.once('exit', () => resolve()));
  try {
    // Measure once the flood is being refused on both fronts (or after 20 s at most).
    const deadline = performance.now() + 20_000;
    while (performance.now() < deadline && (tally.registrations.limited === 0 || tally.posts.limited === 0)) await sleep(100);
    const refusedBefore = tally.registrations.limited + tally.posts.limited;
    const timedFrom = performance.now();
    const flooded = await loadLoop(seconds, 4, page);
    const refusedPerSec = Math.round((tally.registrations.limited + tally.posts.limited - refusedBefore) / ((performance.now() - timedFrom) / 1000));
    return { quiet, flooded, registrations: { ...tally.registrations }, posts: { ...tally.posts }, refusedPerSec };
  } finally {
    attacker.kill('SIGTERM');
    await exited;
  }
}

async function loadLoop(seconds: number, concurrency: number, request: () => Promise<void>): Promise<LatencySummary> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const at = performance.now();
        await request();
        latencies.push(performance.now() - at);
      }
    }),
  );
  return summarise(latencies);
}

/** The floor: a job added to BullMQ and completed by a worker that does nothing, same Redis. */
async function bareBullRoundTrip(rate: number, durationSeconds: number): Promise<LatencySummary> {
  const prefix = uniqueQueuePrefix('bench-bare');
  const producer = createBullConnection(REDIS_URL, 'producer', 'bench-bare-producer');
  const consumer = createBullConnection(REDIS_URL, 'worker', 'bench-bare-worker');
  const events = createBullConnection(REDIS_URL, 'worker', 'bench-bare-events');
  const queue = new Queue('bare', { connection: producer, prefix });
  const queueEvents = new QueueEvents('bare', { connection: events, prefix });
  const worker = new Worker('bare', async () => undefined, { connection: consumer, prefix, concurrency: Math.max(1, cpus().length) });
  await Promise.all([queueEvents.waitUntilReady(), worker.waitUntilReady()]);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  queueEvents.on('completed', ({ jobId }) => {
    const sent = sentAt.get(jobId);
    if (sent !== undefined) latencies.push(performance.now() - sent);
  });
  const total = Math.round(rate * durationSeconds);
  const started = Date.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
    sentAt.set(`job-${i}`, performance.now());
    await queue.add('noop', { i }, { jobId: `job-${i}` });
  }
  const deadline = Date.now() + 30_000;
  while (latencies.length < total && Date.now() < deadline) await sleep(100);
  await worker.close();
  await queueEvents.close();
  await queue.obliterate({ force: true });
  await queue.close();
  for (const connection of [producer, consumer, events]) connection.disconnect();
  return summarise(latencies);
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const latencyText = (summary: LatencySummary) => `p50 ${fmt(summary.p50)} / p95 ${fmt(summary.p95)} / p99 ${fmt(summary.p99)} ms`;

async function main(): Promise<void> {
  const seconds = option('--seconds', 2);
  const rate = option('--rate', 50);
  const duration = option('--duration', 10);
  const clients = option('--clients', 1000);
  const roomCount = option('--rooms', 50);
  const posts = option('--posts', 100_000);
  const cores = cpus().length;
  const onlyAt = process.argv.indexOf('--only');
  if (onlyAt >= 0 && process.argv[onlyAt + 1] === 'chat') return chatOnly(clients, roomCount, duration);
  if (onlyAt >= 0 && process.argv[onlyAt + 1] === 'moderation') return moderationOnly(rate, duration);
  if (onlyAt >= 0 && process.argv[onlyAt + 1] === 'forum') return forumOnly(posts);
  if (onlyAt >= 0) throw new Error('--only takes "chat", "moderation" or "forum".');
  const texts = labelledTexts();
  console.log(`Lantern benchmarks on ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}\n`);

  const classifierRate = cpuThroughput((text) => classify(text), texts, seconds);
  const keywordRate = cpuThroughput((text) => keywordBaseline(text), texts, seconds);
  const stack = await startStack();
  let moderation: ModerationFigures;
  let crisis: { lantern: LatencySummary; bare: LatencySummary };
  let forum: { threadPage: ReadFigures; categoryList: ReadFigures };
  let chat: ChatResults;
  let abuse: AbuseFigures;
  let posting: PostingFigures;
  try {
    moderation = await moderationLatency(stack, rate, duration);
    crisis = await crisisLatency(stack, 30);
    forum = await forumReads(stack, posts, 8, 10);
    chat = await chatBenchmark(stack, clients, roomCount, duration, option('--interval-ms', 2_500));
    posting = await postingThroughput(stack, 5);
    abuse = await abuseLoad(stack, 5);
  } finally {
    await stack.stop();
  }
  const rows: Array<[string, string, string, string]> = [
    ['classifier (one core)', `${classifierRate} texts/s`, `${keywordRate} texts/s`, 'keyword list'],
    [`moderation at ${moderation.rate} posts/s`, latencyText(moderation.lantern), latencyText(moderation.bare), 'bare BullMQ round trip'],
    ['crisis post → panel on socket', latencyText(crisis.lantern), latencyText(crisis.bare), 'bare socket.io push'],
    [`thread page (${posts} posts, 10 at once)`, latencyText(forum.threadPage.lantern), latencyText(forum.threadPage.bare), 'the same SQL, direct'],
    [`category list (${posts} posts, 10 at once)`, latencyText(forum.categoryList.lantern), latencyText(forum.categoryList.bare), 'the same SQL, direct'],
    [
      `chat ${clients} clients / ${roomCount} rooms${(chat.lantern.roundsP99?.length ?? 1) > 1 ? `, median of ${chat.lantern.roundsP99?.length} rounds` : ''}`,
      `${chat.lantern.throughput} msg/s, ${latencyText(chat.lantern.latency)}${cpuText(chat.lantern)}${roundsText(chat.lantern)}`,
      `${chat.bare.throughput} msg/s, ${latencyText(chat.bare.latency)}${cpuText(chat.bare)}${roundsText(chat.bare)}`,
      'bare socket.io broadcast',
    ],
    [
      'chat, the same rounds, against a server that stores too',
      `${chat.lantern.throughput} msg/s, ${latencyText(chat.lantern.latency)}${cpuText(chat.lantern)}`,
      `${chat.bareStored.throughput} msg/s, ${latencyText(chat.bareStored.latency)}${cpuText(chat.bareStored)}${roundsText(chat.bareStored)}`,
      'bare socket.io + one INSERT per message first',
    ],
    [
      `chat at twice the load (${clients * 2} / ${roomCount * 2}, one node)`,
      `${chat.lanternDouble.throughput} msg/s, ${latencyText(chat.lanternDouble.latency)}${cpuText(chat.lanternDouble)}`,
      `${chat.bareDouble.throughput} msg/s, ${latencyText(chat.bareDouble.latency)}${cpuText(chat.bareDouble)}`,
      'bare socket.io, same load',
    ],
    [
      'chat, two nodes through Redis',
      `${chat.lanternTwoNodes.throughput} msg/s, ${latencyText(chat.lanternTwoNodes.latency)}${cpuText(chat.lanternTwoNodes)}`,
      `${chat.bareTwoNodes.throughput} msg/s, ${latencyText(chat.bareTwoNodes.latency)}${cpuText(chat.bareTwoNodes)}`,
      'two bare nodes, same adapter',
    ],
    ['sustained posting (8 at a time)', `${posting.lanternPerSec} posts/s, ${latencyText(posting.latency)}`, `${posting.barePerSec} posts/s`, 'the same inserts, bare SQL'],
    [
      `thread page during a flood (${abuse.refusedPerSec} refused/s with 429)`,
      latencyText(abuse.flooded),
      latencyText(abuse.quiet),
      'the same page, nobody flooding',
    ],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['figure', 'Lantern', 'baseline', 'baseline is'][i].length));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('   ');
  console.log(line(['figure', 'Lantern', 'baseline', 'baseline is']));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nmoderation: ${moderation.posts} replies posted over REST → classification stored (PostgreSQL clock on both ends), after ${MODERATION_WARMUP_SECONDS} s of replies from a cold start (p50 ${fmt(moderation.warmup.p50)} / p99 ${fmt(moderation.warmup.p99)} ms).` +
      `\ncrisis: REST request sent → crisis:resources received by the author's socket. chat: every delivery to every room member counts.` +
      `\nchat on the node (Lantern's histograms): one node: ${stagesText(chat.lantern)}; twice the load: ${stagesText(chat.lanternDouble)}; two nodes: ${stagesText(chat.lanternTwoNodes)}.\n`,
  );
  const result = {
    machine: { cores, node: process.version },
    classifier: { textsPerSec: classifierRate, baselineTextsPerSec: keywordRate },
    moderation: { posts: moderation.posts, ratePerSec: moderation.rate, flagP50Ms: moderation.lantern.p50, flagP95Ms: moderation.lantern.p95, flagP99Ms: moderation.lantern.p99, warmupP99Ms: moderation.warmup.p99, baselineP95Ms: moderation.bare.p95 },
    crisis: { resourcesP50Ms: crisis.lantern.p50, resourcesP95Ms: crisis.lantern.p95, resourcesP99Ms: crisis.lantern.p99, baselineP95Ms: crisis.bare.p95 },
    forum: {
      posts,
      threadPageP50Ms: forum.threadPage.lantern.p50,
      threadPageP99Ms: forum.threadPage.lantern.p99,
      threadPageBareSqlP99Ms: forum.threadPage.bare.p99,
      categoryListP50Ms: forum.categoryList.lantern.p50,
      categoryListP99Ms: forum.categoryList.lantern.p99,
      categoryListBareSqlP99Ms: forum.categoryList.bare.p99,
    },
    posting: { postsPerSec: posting.lanternPerSec, baselinePostsPerSec: posting.barePerSec, p99Ms: posting.latency.p99 },
    abuse: {
      threadPageP50Ms: abuse.flooded.p50,
      threadPageP99Ms: abuse.flooded.p99,
      quietP99Ms: abuse.quiet.p99,
      registrations: abuse.registrations,
      posts: abuse.posts,
      refusedPerSec: abuse.refusedPerSec,
    },
    chat: {
      clients,
      rooms: roomCount,
      throughput: chat.lantern.throughput,
      baselineThroughput: chat.bare.throughput,
      throughputRatio: ratio(chat.lantern.throughput, chat.bare.throughput, 1),
      p99Ms: chat.lantern.latency.p99,
      warmupP99Ms: chat.lantern.warmup.p99,
      baselineP99Ms: chat.bare.latency.p99,
      p99Ratio: ratio(chat.lantern.latency.p99, chat.bare.latency.p99, 0.1),
      p99Rounds: chat.lantern.roundsP99,
      baselineP99Rounds: chat.bare.roundsP99,
      // The slowest durable commit on a side connection during each Lantern round (see ChatFigures).
      slowestCommitRoundsMs: chat.lantern.roundsSlowestCommit,
      storingBaseline: {
        throughput: chat.bareStored.throughput,
        p50Ms: chat.bareStored.latency.p50,
        p99Ms: chat.bareStored.latency.p99,
        p99Rounds: chat.bareStored.roundsP99,
        slowestCommitRoundsMs: chat.bareStored.roundsSlowestCommit,
        p99Ratio: ratio(chat.lantern.latency.p99, chat.bareStored.latency.p99, 0.1),
      },
      // The whole machine's busy share and CPU ms per message sent, each side's median round.
      machineCpu: { lantern: chat.lantern.cpu, bare: chat.bare.cpu, storingBaseline: chat.bareStored.cpu },
      // The same by process, in percent of one core (see ChatFigures).
      processCpu: { lantern: chat.lantern.processes, bare: chat.bare.processes, storingBaseline: chat.bareStored.processes },
      // PostgreSQL's WAL flushes a second, the side probe's commits included (see ChatFigures).
      walFlushesPerSecond: { lantern: chat.lantern.walFlushesPerSecond, bare: chat.bare.walFlushesPerSecond, storingBaseline: chat.bareStored.walFlushesPerSecond },
      sent: chat.lantern.sent,
      refused: chat.lantern.refused,
      stagesMs: chat.lantern.stages,
      doubleLoad: {
        clients: clients * 2,
        rooms: roomCount * 2,
        throughput: chat.lanternDouble.throughput,
        baselineThroughput: chat.bareDouble.throughput,
        p50Ms: chat.lanternDouble.latency.p50,
        p99Ms: chat.lanternDouble.latency.p99,
        baselineP99Ms: chat.bareDouble.latency.p99,
        refused: chat.lanternDouble.refused,
        stagesMs: chat.lanternDouble.stages,
        machineCpu: { lantern: chat.lanternDouble.cpu, bare: chat.bareDouble.cpu },
        processCpu: { lantern: chat.lanternDouble.processes, bare: chat.bareDouble.processes },
      },
      twoNodes: {
        throughput: chat.lanternTwoNodes.throughput,
        baselineThroughput: chat.bareTwoNodes.throughput,
        throughputRatio: ratio(chat.lanternTwoNodes.throughput, chat.bareTwoNodes.throughput, 1),
        p99Ms: chat.lanternTwoNodes.latency.p99,
        warmupP99Ms: chat.lanternTwoNodes.warmup.p99,
        baselineP99Ms: chat.bareTwoNodes.latency.p99,
        p99Ratio: ratio(chat.lanternTwoNodes.latency.p99, chat.bareTwoNodes.latency.p99, 0.1),
        refused: chat.lanternTwoNodes.refused,
        stagesMs: chat.lanternTwoNodes.stages,
        machineCpu: { lantern: chat.lanternTwoNodes.cpu, bare: chat.bareTwoNodes.cpu },
        processCpu: { lantern: chat.lanternTwoNodes.processes, bare: chat.bareTwoNodes.processes },
      },
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** a / b to two decimals, with b no smaller than `floor` (a bare figure of 0 would divide by zero). */
function ratio(a: number, b: number, floor: number): number {
  return Math.round((a / Math.max(b, floor)) * 100) / 100;
}

/** Runs `work` with something started (a stack, a node, a bare server) and always stops it, so a failed run leaves no process behind. */
async function running<T extends { stop(): Promise<void> }, R>(starting: Promise<T>, work: (started: T) => Promise<R>): Promise<R> {
  const started = await starting;
  try {
    return await work(started);
  } finally {
    await started.stop();
  }
}

/** `--only moderation`: the moderation latency alone. */
function moderationOnly(rate: number, duration: number): Promise<void> {
  return running(startStack(), async (stack) => {
    const figures = await moderationLatency(stack, rate, duration);
    console.log(`moderation at ${figures.rate} posts/s: ${latencyText(figures.lantern)} (warm-up ${latencyText(figures.warmup)}); bare BullMQ round trip: ${latencyText(figures.bare)}`);
  });
}

/** `--only forum`: the forum reads alone (seeding included), each beside its own SQL run bare. */
function forumOnly(posts: number): Promise<void> {
  return running(startStack(), async (stack) => {
    const forum = await forumReads(stack, posts, 8, 10);
    console.log(`thread page (${posts} posts, 10 at once): ${latencyText(forum.threadPage.lantern)}; the same SQL, direct: ${latencyText(forum.threadPage.bare)}`);
    console.log(`category list: ${latencyText(forum.categoryList.lantern)}; the same SQL, direct: ${latencyText(forum.categoryList.bare)}`);
  });
}

/** " (rounds' p99 12 / 15 / 30 ms)" when the figure is the median of several rounds. */
function roundsText(figures: ChatFigures): string {
  const p99s = figures.roundsP99;
  const slowest = figures.roundsSlowestCommit;
  const commits = slowest && slowest.length > 1 ? `; slowest probe commit meanwhile ${slowest.map(fmt).join(' / ')} ms` : '';
  return p99s && p99s.length > 1 ? ` (rounds' p99 ${p99s.map(fmt).join(' / ')} ms${commits})` : '';
}

/** "; machine 80% busy, 3.9 ms CPU per message sent; 180 WAL flushes/s" (the median round's), where each was read. */
function cpuText(figures: ChatFigures): string {
  const cpu = figures.cpu ? `; machine ${Math.round(figures.cpu.busyShare * 100)}% busy${processesText(figures)}, ${fmt(figures.cpu.cpuMsPerSend)} ms CPU per message sent` : '';
  return `${cpu}${figures.walFlushesPerSecond === undefined ? '' : `; ${figures.walFlushesPerSecond} WAL flushes/s`}`;
}

/** " (% of a core: api 45, load generator 33, PostgreSQL 24, …)", the busiest first, where it was read. */
function processesText(figures: ChatFigures): string {
  const shares = Object.entries(figures.processes ?? {}).filter(([, share]) => share > 0);
  return shares.length ? ` (% of a core: ${shares.map(([group, share]) => `${group} ${share}`).join(', ')})` : '';
}

/** Where a message's time went on its node, from the api's histograms (interpolated in their buckets). */
function stagesText(figures: ChatFigures): string {
  const stages = figures.stages;
  if (!stages) return '';
  const pair = ({ p50, p99 }: { p50: number; p99: number }) => `${fmt(p50)} / ${fmt(p99)}`;
  return `waiting for the send statement ${pair(stages.queue)}, the statement ${pair(stages.statement)}, broadcast to this node's sockets ${pair(stages.broadcast)}, its append to the Redis stream ${pair(stages.append)} ms (p50 / p99)`;
}

/** `--only chat`: the chat figures alone, for working on the gateway without the whole run. */
function chatOnly(clients: number, roomCount: number, duration: number): Promise<void> {
  return running(startStack(), async (stack) => {
    const chat = await chatBenchmark(stack, clients, roomCount, duration, option('--interval-ms', 2_500));
    const show = (name: string, figures: ChatFigures) =>
      console.log(
        `${name}: ${figures.throughput} msg/s, ${latencyText(figures.latency)} (warm-up p50 ${fmt(figures.warmup.p50)} / p99 ${fmt(figures.warmup.p99)} ms), ${figures.refused} refused of ${figures.sent} ${JSON.stringify(figures.refusals)}${cpuText(figures)}${roundsText(figures)}${figures.stages ? `\n  on the node: ${stagesText(figures)}` : ''}`,
      );
    show(`lantern, ${clients} clients / ${roomCount} rooms`, chat.lantern);
    show('bare', chat.bare);
    show('bare, storing each message in PostgreSQL first', chat.bareStored);
    show(`lantern, twice the load (${clients * 2} clients / ${roomCount * 2} rooms)`, chat.lanternDouble);
    show('bare, twice the load', chat.bareDouble);
    show('lantern, two nodes', chat.lanternTwoNodes);
    show('bare, two nodes', chat.bareTwoNodes);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
