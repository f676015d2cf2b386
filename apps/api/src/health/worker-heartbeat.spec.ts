import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

/**
 * The worker has no port: it says it is well by writing its heartbeat file, only while PostgreSQL
 * and Redis answer it (the worker image's HEALTHCHECK reads how old the file is).
 */
describe('the worker’s heartbeat (real PostgreSQL, Redis and worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'lantern-heartbeat-'));
  const file = join(dir, 'alive');

  beforeAll(async () => {
    api = await startApi('heartbeat');
  });

  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await worker?.exited;
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const beatAt = () => (existsSync(file) ? statSync(file).mtimeMs : 0);
  const workerTail = () => worker?.output().slice(-600) ?? 'no worker';

  /** Runs a statement on the server from its `postgres` database (the test's own refuses connections meanwhile). */
  const asAdmin = async (sql: string) => {
    const url = new URL(api.env.DATABASE_URL);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };

  it('beats while PostgreSQL answers, stops while it does not, beats again when it is back, and goes when the worker stops', async () => {
    worker = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, WORKER_HEARTBEAT_FILE: file, WORKER_HEARTBEAT_SECONDS: '1' });
    const first = await waitFor(async () => beatAt() || undefined, 20_000, `the first beat (worker: ${workerTail()})`);
    await waitFor(async () => beatAt() > first, 10_000, 'the next beat');

    // The worker's database stops letting anyone in (its connections cut): no beat while it lasts.
    const database = api.db.name;
    await asAdmin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    try {
      await asAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`);
      await waitFor(async () => worker!.output().includes('not healthy, so no heartbeat'), 20_000, `the worker to notice (worker: ${workerTail()})`);
      const stalled = beatAt();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(beatAt()).toBe(stalled);
    } finally {
      await asAdmin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    }
    const back = beatAt();
    await waitFor(async () => beatAt() > back, 20_000, `a beat once PostgreSQL is back (worker: ${workerTail()})`);
    // Said in its log too (the line may reach this process a moment after the file was written).
    await waitFor(async () => worker!.output().includes('healthy again: the heartbeat goes on'), 10_000, `the worker to say it is healthy again (worker: ${workerTail()})`);

    // Stopped: the file goes with it, so nothing reads a dead worker as well.
    worker.child.kill('SIGTERM');
    await worker.exited;
    worker = undefined;
    expect(existsSync(file)).toBe(false);
  });
});
