import { Queue, Worker, type JobsOptions, type Processor } from 'bullmq';
import type IORedis from 'ioredis';
import { QUEUE_NAMES, moderationJobId, type ModerationJob, type ModerationQueueJob, type PartnerDeliveryJob } from '@lantern/contracts';
import { withTimeout } from './with-timeout';

/**
 * Retries with exponential backoff; a job that exhausts its attempts stays in the failed set,
 * which is the dead-letter list admins read. Completed jobs are kept briefly for dashboards.
 */
export const MODERATION_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 5000 },
  removeOnFail: false,
};

/** Connections handed to BullMQ that we must close ourselves: BullMQ never closes a shared one. */
const ownedConnections = new WeakMap<Queue | Worker, IORedis>();

export function createModerationQueue(connection: IORedis, prefix: string): Queue<ModerationQueueJob> {
  const queue = new Queue<ModerationQueueJob>(QUEUE_NAMES.moderation, { connection, prefix, defaultJobOptions: MODERATION_JOB_OPTIONS });
  ownedConnections.set(queue, connection);
  // Connection errors are reported by health and the relay; an unhandled 'error' would crash.
  queue.on('error', () => undefined);
  return queue;
}

/**
 * Closes a queue or worker and the connection it was given. Bounded: with Redis away a polite
 * close would wait for a connection that never comes, so it falls back to dropping the socket.
 */
export async function closeQueue(queueOrWorker: Queue | Worker, timeoutMs = 5000): Promise<void> {
  await withTimeout(queueOrWorker.close(), timeoutMs, 'queue close timed out').catch(() => queueOrWorker.disconnect());
  ownedConnections.get(queueOrWorker)?.disconnect();
}

export async function enqueueModeration(queue: Queue<ModerationQueueJob>, job: ModerationJob): Promise<string> {
  const jobId = moderationJobId(job);
  await queue.add('classify', job, { jobId });
  return jobId;
}

export interface ModerationWorkerOptions {
  connection: IORedis;
  prefix: string;
  concurrency: number;
}

/**
 * The lock is renewed while a job runs; a worker that dies (kill -9) stops renewing, and after
 * `lockDuration` another worker picks the job up again as stalled. Processors must therefore be
 * idempotent, which the moderation processor is (one result row per content version).
 */
export function createModerationWorker(processor: Processor<ModerationQueueJob>, options: ModerationWorkerOptions): Worker<ModerationQueueJob> {
  const worker = new Worker<ModerationQueueJob>(QUEUE_NAMES.moderation, processor, {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    lockDuration: 10_000,
    stalledInterval: 5_000,
    maxStalledCount: 3,
    autorun: false,
  });
  ownedConnections.set(worker, options.connection);
  return worker;
}

/**
 * Partner webhooks: a few quick retries (about 15 s in all from the default 1 s), then the
 * dead-letter list. Quick on purpose: a member promised a counsellor is not left waiting on a line
 * that is down; when the last attempt fails they are put back on top of the moderators' queue and
 * admins are told, and may deliver it again once the line is back.
 */
export const PARTNER_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: false,
};

/**
 * A partner's webhook retried from this first delay, doubling each time (WEBHOOK_RETRY_BASE_MS):
 * every queue that adds deliveries (the api's, and the worker's that queues lost ones again) uses it.
 */
export function partnerRetries(firstDelayMs: number): Partial<JobsOptions> {
  return { backoff: { type: 'exponential', delay: firstDelayMs } };
}

export function createPartnerQueue(connection: IORedis, prefix: string, options: Partial<JobsOptions> = {}): Queue<PartnerDeliveryJob> {
  const queue = new Queue<PartnerDeliveryJob>(QUEUE_NAMES.partnerWebhooks, { connection, prefix, defaultJobOptions: { ...PARTNER_JOB_OPTIONS, ...options } });
  ownedConnections.set(queue, connection);
  queue.on('error', () => undefined);
  return queue;
}

export function createPartnerWorker(processor: Processor<PartnerDeliveryJob>, options: ModerationWorkerOptions): Worker<PartnerDeliveryJob> {
  const worker = new Worker<PartnerDeliveryJob>(QUEUE_NAMES.partnerWebhooks, processor, {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    lockDuration: 30_000,
    autorun: false,
  });
  ownedConnections.set(worker, options.connection);
  return worker;
}
