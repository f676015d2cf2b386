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

  /** The audit rows about one job's retry, oldest first. */
  async function retryAudit(jobId: string): Promise<Array<{ actor_id: string | null; actor_role: string; action: string; after: unknown }>> {
    return api.db.dataSource.query(`SELECT actor_id, actor_role, action, after FROM audit_log WHERE target_type = 'job' AND reason = $1 ORDER BY id`, [jobId]);
  }

  it('retries nothing when its audit row cannot be written, and audits the retry before making it', async () => {
    await deadLetters(['audit-first']);
    const db = api.db.dataSource;
    await db.query(`CREATE FUNCTION refuse_retry_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log refused'; END $$`);
    await db.query(`CREATE TRIGGER refuse_retry_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'dead_letter_retry') EXECUTE FUNCTION refuse_retry_audit()`);
    try {
      const refused = await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/dead-letters/audit-first/retry', { token: admin.token });
      expect(refused.status).toBeGreaterThanOrEqual(500);
      expect(await inspector.getJobState('audit-first')).toBe('failed');
      expect(await retryAudit('audit-first')).toEqual([]);
    } finally {
      await db.query(`DROP TRIGGER refuse_retry_audit ON audit_log`);
      await db.query(`DROP FUNCTION refuse_retry_audit()`);
    }

    // Once the log takes it, the row is there by the time the job is back in the queue.
    const queue = api.app.get<Queue<ModerationQueueJob>>(MODERATION_QUEUE);
    const read = queue.getJob.bind(queue);
    const auditedBeforeRetry: unknown[] = [];
    const spy = jest.spyOn(queue, 'getJob').mockImplementationOnce(async (jobId: string) => {
      const job = await read(jobId);
      if (job) {
        const retry = job.retry.bind(job);
        job.retry = async (state) => {
          auditedBeforeRetry.push(...(await retryAudit(jobId)));
          return retry(state);
        };
      }
      return job;
    });
    const retried = await rest<{ jobId: string; state: string }>(api, 'POST', '/api/v1/admin/dead-letters/audit-first/retry', { token: admin.token });
    spy.mockRestore();
    expect([retried.status, retried.body]).toEqual([202, { jobId: 'audit-first', state: 'waiting' }]);
    expect(await inspector.getJobState('audit-first')).toBe('waiting');
    expect(auditedBeforeRetry).toEqual([{ actor_id: admin.memberId, actor_role: 'admin', action: 'dead_letter_retry', after: { jobId: 'audit-first' } }]);
    expect(await retryAudit('audit-first')).toEqual(auditedBeforeRetry);
    await inspector.remove('audit-first');
  });

  it('says so when the queue fails the retry, and the log says it is unconfirmed, not done', async () => {
    await deadLetters(['no-answer']);
    const queue = api.app.get<Queue<ModerationQueueJob>>(MODERATION_QUEUE);
    const read = queue.getJob.bind(queue);
    // Redis going away between the look and the retry, for this one call.
    const spy = jest.spyOn(queue, 'getJob').mockImplementationOnce(async (jobId: string) => {
      const job = await read(jobId);
      if (job) job.retry = () => Promise.reject(new Error('Connection is closed.'));
      return job;
    });
    const answer = await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/dead-letters/no-answer/retry', { token: admin.token });
    spy.mockRestore();
    expect([answer.status, answer.body.error.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect(answer.body.error.message).toMatch(/did not confirm the retry, so the job may or may not be waiting again/);
    expect(await inspector.getJobState('no-answer')).toBe('failed');
    expect(await retryAudit('no-answer')).toEqual([
      { actor_id: admin.memberId, actor_role: 'admin', action: 'dead_letter_retry', after: { jobId: 'no-answer' } },
      { actor_id: null, actor_role: 'system', action: 'dead_letter_retry_unconfirmed', after: { jobId: 'no-answer', outcome: 'unknown' } },
    ]);
    await inspector.remove('no-answer');
  });

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
    // The retry that did happen was not this request's: the log has the press, and that it retried nothing.
    expect(await retryAudit('twice-pressed')).toEqual([
      { actor_id: admin.memberId, actor_role: 'admin', action: 'dead_letter_retry', after: { jobId: 'twice-pressed' } },
      { actor_id: null, actor_role: 'system', action: 'dead_letter_retry_unconfirmed', after: { jobId: 'twice-pressed', outcome: 'not_in_failed_set' } },
    ]);
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
