import type { ModerationJob } from '@lantern/contracts';
import { closeQueue, createBullConnection, createModerationQueue } from '@lantern/queue';
import type { ApiHarness } from './api-harness';
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
