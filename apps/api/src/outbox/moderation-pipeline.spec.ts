import { Queue } from 'bullmq';
import { closeQueue, createBullConnection, createModerationQueue } from '@lantern/queue';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

/** Writes a post and its outbox row in one transaction, as the forum will. */
async function writePost(api: ApiHarness, body: string): Promise<string> {
  const dataSource = api.app.get<DataSource>(DATA_SOURCE);
  const outbox = api.app.get(OutboxService);
  return dataSource.transaction(async (manager) => {
    const [thread]: Array<{ id: string }> = await manager.query(
      `INSERT INTO threads (category_id, title) SELECT id, 'pipeline test' FROM categories LIMIT 1 RETURNING id`,
    );
    const [post]: Array<{ id: string }> = await manager.query(`INSERT INTO posts (thread_id, body) VALUES ($1, $2) RETURNING id`, [thread.id, body]);
    await outbox.recordModeration(manager, { contentType: 'post', contentId: post.id, version: 1 });
    return post.id;
  });
}

async function results(api: ApiHarness): Promise<Array<{ content_id: string; crisis: boolean; risk: string; n: number }>> {
  return api.app
    .get<DataSource>(DATA_SOURCE)
    .query(`SELECT content_id, bool_or(crisis) AS crisis, max(risk) AS risk, count(*)::int AS n FROM moderation_results GROUP BY content_id`);
}

describe('api → outbox → BullMQ → worker (real PostgreSQL, Redis and worker process)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess | undefined;
  let inspector: Queue;

  beforeEach(async () => {
    api = await startApi('pipeline');
    await api.db.dataSource.query(`INSERT INTO categories (slug, name) VALUES ('test', 'Test')`);
    inspector = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'test-inspector'), api.env.QUEUE_PREFIX);
  });

  afterEach(async () => {
    if (worker) {
      worker.child.kill('SIGKILL');
      await worker.exited;
      worker = undefined;
    }
    await inspector.obliterate({ force: true }).catch(() => undefined);
    await closeQueue(inspector);
    await api.close();
  });

  const workerEnv = () => ({
    DATABASE_URL: api.env.DATABASE_URL,
    REDIS_URL: api.env.REDIS_URL,
    QUEUE_PREFIX: api.env.QUEUE_PREFIX,
    WORKER_CONCURRENCY: '2',
  });

  it('enqueues from the api and the worker classifies the post, with ids only in the job', async () => {
    const postId = await writePost(api, 'I want to end my life tonight, I have the pills ready');
    api.app.get(OutboxRelayService).kick();
    const job = await waitFor(async () => (await inspector.getJobs(['waiting', 'active', 'completed']))[0], 10_000, 'the relayed job');
    expect(job.id).toBe(`post-${postId}-v1`);
    expect(job.data).toEqual({ contentType: 'post', contentId: postId, version: 1 });
    expect(JSON.stringify(job.data)).not.toContain('pills');

    worker = startWorker(workerEnv());
    const [row] = await waitFor(async () => {
      const rows = await results(api);
      return rows.length ? rows : undefined;
    }, 30_000, `the worker to classify (worker output: ${worker.output().slice(-500)})`);
    expect(row).toMatchObject({ content_id: postId, crisis: true, n: 1 });
    const [outbox] = await api.db.dataSource.query(`SELECT relayed_at FROM outbox_events`);
    expect(outbox.relayed_at).not.toBeNull();
  });

  it('relays each outbox row once, and a duplicate job id collapses', async () => {
    const postId = await writePost(api, 'Made tea and went for a short walk today.');
    const relay = api.app.get(OutboxRelayService);
    await waitFor(async () => (await inspector.getJobCounts('waiting')).waiting === 1, 10_000, 'the job to be waiting');
    expect(await relay.relayBatch()).toBe(0);
    await api.db.dataSource.query(`INSERT INTO outbox_events (topic, payload) VALUES ('moderation.classify', $1)`, [
      { contentType: 'post', contentId: postId, version: 1 },
    ]);
    expect(await relay.relayBatch()).toBe(1);
    expect((await inspector.getJobCounts('waiting')).waiting).toBe(1);
  });

  it('loses and duplicates nothing when the worker is killed with jobs waiting and restarted', async () => {
    const total = 150;
    const ids: string[] = [];
    for (let i = 0; i < total; i += 1) ids.push(await writePost(api, `Post number ${i}: a quiet day, some reading, an early night.`));
    await waitFor(async () => (await inspector.getJobCounts('waiting')).waiting === total, 20_000, 'all jobs to be waiting');

    worker = startWorker(workerEnv());
    await waitFor(async () => (await results(api)).length >= 10, 30_000, 'the first results');
    worker.child.kill('SIGKILL');
    await worker.exited;
    const afterKill = (await results(api)).length;
    expect(afterKill).toBeLessThan(total);

    worker = startWorker(workerEnv());
    await waitFor(async () => (await inspector.getJobCounts('completed')).completed === total, 60_000, 'every job to complete');
    const rows = await results(api);
    expect(rows).toHaveLength(total);
    expect(rows.every((row) => row.n === 1)).toBe(true);
    expect(new Set(rows.map((row) => row.content_id))).toEqual(new Set(ids));
    const counts = await inspector.getJobCounts('failed', 'waiting', 'active', 'delayed');
    expect(counts).toEqual({ failed: 0, waiting: 0, active: 0, delayed: 0 });
  });

  it('finishes jobs in flight and exits cleanly on SIGTERM', async () => {
    for (let i = 0; i < 40; i += 1) await writePost(api, `Checking in, number ${i}.`);
    await waitFor(async () => (await inspector.getJobCounts('waiting')).waiting === 40, 20_000, 'jobs to be waiting');
    worker = startWorker(workerEnv());
    await waitFor(async () => (await results(api)).length >= 5, 30_000, 'the first results');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    const counts = await inspector.getJobCounts('active', 'failed');
    expect(counts).toEqual({ active: 0, failed: 0 });
    worker = startWorker(workerEnv());
    await waitFor(async () => (await inspector.getJobCounts('completed')).completed === 40, 30_000, 'the rest to complete');
    expect((await results(api)).every((row) => row.n === 1)).toBe(true);
  });
});
