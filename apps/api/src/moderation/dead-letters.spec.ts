import type { Queue } from 'bullmq';
import type { DeadLetter, ModerationQueueJob } from '@lantern/contracts';
import { closeQueue, createBullConnection, createModerationQueue, createModerationWorker } from '@lantern/queue';
import { MODERATION_QUEUE } from '../infra/infra.tokens';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { waitFor } from '../../test/support/worker-process';

interface ErrorResponse {
  error: { code: string; message: string };
}

describe('the dead-letter list and its retry (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let inspector: Queue<ModerationQueueJob>;
  let admin: Session;

  beforeAll(async () => {
    api = await startApi('dead-letters');
    inspector = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'dead-letter-test'), api.env.QUEUE_PREFIX);
    admin = await withRole(api, await registerMember(api, 'Night Keeper'), 'admin');
  });

  afterAll(async () => {
    await inspector.obliterate({ force: true }).catch(() => undefined);
    await closeQueue(inspector);
    await api.close();
  });

  /** Jobs that fail on their first and only attempt, as a job whose content can never be read does. */
  async function deadLetters(jobIds: string[]): Promise<void> {
    for (const jobId of jobIds) await inspector.add('classify', { contentType: 'post', contentId: jobId, version: 1 } as never, { jobId, attempts: 1 });
    const worker = createModerationWorker(
      async () => {
        throw new Error('malformed job');
      },
      { connection: createBullConnection(api.env.REDIS_URL, 'worker', 'dead-letter-failer'), prefix: api.env.QUEUE_PREFIX, concurrency: 1 },
    );
    void worker.run();
    try {
      await waitFor(async () => (await inspector.getJobCounts('failed')).failed >= jobIds.length, 15_000, 'the jobs to fail');
    } finally {
      await closeQueue(worker);
    }
  }

  it('retries a dead letter once when a second press lands while the first is under way, and answers the second 404, not 500', async () => {
    await deadLetters(['twice-pressed']);
    const listed = await rest<{ items: DeadLetter[] }>(api, 'GET', '/api/v1/admin/dead-letters', { token: admin.token });
    expect(listed.body.items.map((job) => [job.jobId, job.attemptsMade])).toEqual([['twice-pressed', 1]]);

    // A double click in the browser: the other press retries the job after this request has seen
    // it failed and before it retries it (made certain here, rather than left to timing).
    const queue = api.app.get<Queue<ModerationQueueJob>>(MODERATION_QUEUE);
    const read = queue.getJob.bind(queue);
    const spy = jest.spyOn(queue, 'getJob').mockImplementationOnce(async (jobId: string) => {
      const job = await read(jobId);
      if (job) {
        const isFailed = job.isFailed.bind(job);
        job.isFailed = async () => {
          const failed = await isFailed();
          await (await read(jobId))?.retry('failed');
          return failed;
        };
      }
      return job;
    });
    const second = await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/dead-letters/twice-pressed/retry', { token: admin.token });
    spy.mockRestore();
    expect(second.status).toBe(404);
    expect(second.body.error).toEqual({ code: 'NOT_FOUND', message: 'There is no failed job with that id.' });
    expect(await inspector.getJobState('twice-pressed')).toBe('waiting');
    // The retry that did happen was not this request's: it wrote nothing to the log.
    const audit: Array<{ reason: string }> = await api.db.dataSource.query(`SELECT reason FROM audit_log WHERE action = 'dead_letter_retry' AND actor_id = $1`, [admin.memberId]);
    expect(audit).toEqual([]);
    expect((await rest<{ items: DeadLetter[] }>(api, 'GET', '/api/v1/admin/dead-letters', { token: admin.token })).body.items).toEqual([]);
  });

  it('answers 404 for a dead letter that was removed while the list was open', async () => {
    await deadLetters(['gone-meanwhile']);
    await (await inspector.getJob('gone-meanwhile'))?.remove();
    const answer = await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/dead-letters/gone-meanwhile/retry', { token: admin.token });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('NOT_FOUND');
  });
});
