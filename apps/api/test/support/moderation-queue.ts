import type { ModerationJob, QueueItem } from '@lantern/contracts';
import { closeQueue, createBullConnection, createModerationQueue } from '@lantern/queue';
import type { ApiHarness } from './api-harness';
import { rest } from './rest-client';
import { waitFor } from './worker-process';

/** Every content version in the api's moderation queue, whatever state its job is in (one per post job; a chat batch counts each message). */
export async function queuedForModeration(api: ApiHarness): Promise<ModerationJob[]> {
  const queue = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'test-queue-reader'), api.env.QUEUE_PREFIX);
  try {
    const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed']);
    // A report's note (`report-note`) is no content version: left out.
    return jobs.flatMap((job) => ('items' in job.data ? job.data.items : 'contentId' in job.data ? [job.data] : []));
  } finally {
    await closeQueue(queue);
  }
}

/** Waits until the relay has put each of these contents in the moderation queue; returns how many times each is there. */
export async function waitUntilQueued(api: ApiHarness, contentIds: readonly string[], timeoutMs = 10_000): Promise<Map<string, number>> {
  let counts = new Map<string, number>();
  await waitFor(
    async () => {
      counts = new Map();
      for (const item of await queuedForModeration(api)) counts.set(item.contentId, (counts.get(item.contentId) ?? 0) + 1);
      return contentIds.every((id) => counts.has(id));
    },
    timeoutMs,
    `${contentIds.length} item(s) in the moderation queue`,
  );
  return counts;
}

/** The moderators' review item about this member (support requests, crisis in words), as the queue shows it. */
export async function memberItemOnQueue(api: ApiHarness, moderatorToken: string, memberId: string): Promise<QueueItem | undefined> {
  const queue = await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderatorToken });
  return queue.body.items.find((item) => item.contentType === 'member' && item.contentId === memberId);
}

/** How many times the member was put on the queue for this reason (one signal each time). */
export async function supportSignals(api: ApiHarness, memberId: string, reason: string): Promise<number> {
  const [row]: Array<{ n: number }> = await api.db.dataSource.query(
    `SELECT count(*)::int AS n FROM flag_signals s JOIN flags f ON f.id = s.flag_id WHERE f.content_type = 'member' AND f.content_id = $1 AND s.reason = $2`,
    [memberId, reason],
  );
  return row.n;
}

/** Waits until every one of these moderation-queue jobs has completed; returns what each returned, in order. */
export async function completedJobOutcomes(api: ApiHarness, jobIds: readonly string[], what: string): Promise<unknown[]> {
  const queue = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'test-job-outcomes'), api.env.QUEUE_PREFIX);
  try {
    return await waitFor(
      async () => {
        // The state first, then the job: one read while still running has no return value yet.
        const states = await Promise.all(jobIds.map((id) => queue.getJobState(id)));
        if (!states.every((state) => state === 'completed')) return undefined;
        const jobs = await Promise.all(jobIds.map((id) => queue.getJob(id)));
        return jobs.map((job) => job?.returnvalue as unknown);
      },
      20_000,
      what,
    );
  } finally {
    await closeQueue(queue);
  }
}

/** What every completed moderation-queue job left in Redis as its return value (what anyone who can read Redis sees for an hour). */
export async function storedJobOutcomes(api: ApiHarness): Promise<unknown[]> {
  const queue = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'test-stored-outcomes'), api.env.QUEUE_PREFIX);
  try {
    return (await queue.getJobs(['completed'])).map((job) => job.returnvalue as unknown);
  } finally {
    await closeQueue(queue);
  }
}
