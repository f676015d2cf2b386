// `npm run bench`: Lantern's speed, each figure beside a bare baseline measured in the same run on
// the same machine. A table for people, and a last line of JSON for machines.
//
// What is measured today (more joins as features land; see README "Benchmarks"):
// - classifier: texts/s of CPU time on one core, beside a plain keyword list;
// - moderation: content committed → classification stored, through the real outbox relay,
//   BullMQ on Redis and the worker process; beside a bare BullMQ round trip (add → no-op worker →
//   completed) on the same Redis.
//
// Options: --seconds <n> (classifier time), --rate <posts/s>, --duration <s> (moderation load).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Client } from 'pg';
import { classify, keywordBaseline } from '@lantern/moderation';
import { createTestDatabase, uniqueQueuePrefix } from '@lantern/db/testing';
import { createBullConnection } from '@lantern/queue';
import { summarise, type LatencySummary } from './latency';

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

function startBuilt(script: string, env: Record<string, string>): { child: ChildProcess; exited: Promise<void> } {
  const child = spawn(process.execPath, [join(root, script)], {
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

interface ModerationFigures {
  lantern: LatencySummary;
  bare: LatencySummary;
  posts: number;
  rate: number;
}

/**
 * Writes posts with their outbox rows at a fixed rate, as the forum does in one transaction, and
 * measures commit → result stored using PostgreSQL's own clock on both ends.
 */
async function moderationLatency(rate: number, durationSeconds: number): Promise<ModerationFigures> {
  const db = await createTestDatabase('bench');
  const prefix = uniqueQueuePrefix('bench');
  const port = String(31000 + Math.floor(Math.random() * 2000));
  const env = { DATABASE_URL: db.url, REDIS_URL, QUEUE_PREFIX: prefix, PORT: port, JWT_SECRET: 'bench-only-secret-bench-only-secret-0123' };
  const api = startBuilt('dist/apps/api/src/main.js', env);
  const worker = startBuilt('dist/apps/worker/src/main.js', { ...env, WORKER_CONCURRENCY: String(Math.max(1, cpus().length)) });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`);
    const [{ id: categoryId }] = (await client.query(`INSERT INTO categories (slug, name) VALUES ('bench', 'Bench') RETURNING id`)).rows;
    const [{ id: threadId }] = (await client.query(`INSERT INTO threads (category_id, title) VALUES ($1, 'bench') RETURNING id`, [categoryId])).rows;
    const texts = labelledTexts();
    const total = Math.round(rate * durationSeconds);
    const started = Date.now();
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      // clock_timestamp(), not now(): the moment of the write, not the start of the transaction.
      await client.query(
        `WITH post AS (INSERT INTO posts (thread_id, body, created_at) VALUES ($1, $2, clock_timestamp()) RETURNING id)
         INSERT INTO outbox_events (topic, payload) SELECT 'moderation.classify', jsonb_build_object('contentType', 'post', 'contentId', id, 'version', 1) FROM post`,
        [threadId, texts[i % texts.length]],
      );
    }
    const deadline = Date.now() + 60_000;
    let latencies: number[] = [];
    while (Date.now() < deadline) {
      const { rows } = await client.query(
        `SELECT extract(epoch FROM (r.classified_at - p.created_at)) * 1000 AS ms FROM moderation_results r JOIN posts p ON p.id = r.content_id`,
      );
      latencies = rows.map((row: { ms: string }) => Number(row.ms));
      if (latencies.length >= total) break;
      await sleep(250);
    }
    if (latencies.length < total) throw new Error(`only ${latencies.length} of ${total} posts were classified within 60 s`);
    return { lantern: summarise(latencies), bare: await bareBullRoundTrip(rate, durationSeconds), posts: total, rate };
  } finally {
    await client.end();
    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    await Promise.all([api.exited, worker.exited]);
    await db.drop();
  }
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

async function main(): Promise<void> {
  const seconds = option('--seconds', 2);
  const rate = option('--rate', 50);
  const duration = option('--duration', 10);
  const cores = cpus().length;
  const texts = labelledTexts();
  console.log(`Lantern benchmarks on ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}\n`);

  const classifierRate = cpuThroughput((text) => classify(text), texts, seconds);
  const keywordRate = cpuThroughput((text) => keywordBaseline(text), texts, seconds);
  const moderation = await moderationLatency(rate, duration);

  const rows: Array<[string, string, string, string]> = [
    ['classifier (one core)', `${classifierRate} texts/s`, `${keywordRate} texts/s`, 'keyword list'],
    [
      `moderation at ${moderation.rate} posts/s`,
      `p50 ${fmt(moderation.lantern.p50)} / p95 ${fmt(moderation.lantern.p95)} / p99 ${fmt(moderation.lantern.p99)} ms`,
      `p50 ${fmt(moderation.bare.p50)} / p95 ${fmt(moderation.bare.p95)} / p99 ${fmt(moderation.bare.p99)} ms`,
      'bare BullMQ round trip',
    ],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['figure', 'Lantern', 'baseline', 'baseline is'][i].length));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('   ');
  console.log(line(['figure', 'Lantern', 'baseline', 'baseline is']));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nmoderation: ${moderation.posts} posts committed with their outbox rows → classification stored by the worker ` +
      `(PostgreSQL clock on both ends). The socket alert to moderators joins this figure when the console lands.\n`,
  );
  const result = {
    machine: { cores, node: process.version },
    classifier: { textsPerSec: classifierRate, baselineTextsPerSec: keywordRate },
    moderation: {
      posts: moderation.posts,
      ratePerSec: moderation.rate,
      flagP50Ms: moderation.lantern.p50,
      flagP95Ms: moderation.lantern.p95,
      flagP99Ms: moderation.lantern.p99,
      baselineP95Ms: moderation.bare.p95,
      baselineP99Ms: moderation.bare.p99,
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
