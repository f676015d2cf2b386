import { z } from 'zod';
import { isoTimestampSchema } from '../common/timestamp.schema';
import { moderationBatchJobSchema, moderationJobSchema } from './moderation-job.schema';

/** `GET /admin/dead-letters`: a moderation job that failed every attempt and waits for an admin. */
export const deadLetterSchema = z.object({
  jobId: z.string(),
  queue: z.string(),
  /**
   * Ids only: jobs never carry what members wrote. Normally a moderation job or a batch of them;
   * a malformed job (one of the things that ends up here) is shown exactly as it was queued.
   */
  data: z.union([moderationJobSchema, moderationBatchJobSchema, z.unknown()]),
  failedReason: z.string(),
  attemptsMade: z.number().int(),
  failedAt: isoTimestampSchema.nullable(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

/** `POST /admin/dead-letters/:jobId/retry`: the job is back in the queue. */
export const deadLetterRetrySchema = z.object({ jobId: z.string(), state: z.literal('waiting') });

/** `GET /admin/queues`: one queue's depth by state and how long its oldest waiting job has waited. */
export const queueOverviewSchema = z.object({
  name: z.string(),
  counts: z.object({
    waiting: z.number().int(),
    active: z.number().int(),
    delayed: z.number().int(),
    failed: z.number().int(),
    completed: z.number().int(),
  }),
  /** Seconds (0 when none waits). */
  oldestWaitingSeconds: z.number().int(),
});
export type QueueOverview = z.infer<typeof queueOverviewSchema>;
