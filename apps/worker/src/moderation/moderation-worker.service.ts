import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ModerationQueueJob, ServerEnv } from '@lantern/contracts';
import { classify } from '@lantern/moderation';
import { closeQueue, createBullConnection, createModerationQueue, createModerationWorker } from '@lantern/queue';
import type { Job, Queue, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { Rounds } from '../infra/rounds';
import { waitingOutDatabase } from '../infra/wait-out-database';
import { DATA_SOURCE } from '../infra/worker-infra.module';
import { ModerationProcessor } from './moderation.processor';
import { sendUnreadToPeople } from './unreadable';

/** How often the worker looks for classifications that failed with nobody there to send their words to a person. */
const FAILED_SWEEP_MS = 30_000;
/** How far back it looks (older failures were seen to, or a person has seen them on the dead-letter list). */
const FAILED_SWEEP_WINDOW_MS = 60 * 60_000;
/** The newest failed jobs it reads in one round. */
const FAILED_SWEEP_BATCH = 200;

/**
 * Owns the BullMQ worker's lifecycle. On SIGTERM Nest calls onApplicationShutdown, and
 * `worker.close()` stops taking new jobs and waits for the ones in flight to finish; a job cut off
 * by kill -9 is picked up again as stalled once its lock expires.
 */
@Injectable()
export class ModerationWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ModerationWorkerService.name);
  private worker: Worker<ModerationQueueJob> | undefined;
  private failed: Queue<ModerationQueueJob> | undefined;
  /** One sweep at a time: while a slow one (Redis or the database away) runs, the next is skipped. */
  private readonly sweeps = new Rounds(() => this.sweepFailed(), (error) => this.logger.warn(`failed-job sweep: ${error.message}`));
  private connection: ReturnType<typeof createBullConnection> | undefined;
  /** Failed jobs (id and when they failed) whose words this process has seen to, with when they failed. */
  private readonly seenTo = new Map<string, number>();

  constructor(
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly processor: ModerationProcessor,
  ) {}

  onApplicationBootstrap(): void {
    // The lexicon compiles on first use (about a third of a second): do it before taking jobs, so
    // the first post after a restart, perhaps someone in crisis, does not wait for it.
    const warming = performance.now();
    classify('warming up the classifier');
    this.logger.log(`classifier ready in ${Math.round(performance.now() - warming)} ms`);
    const connection = createBullConnection(this.env.REDIS_URL, 'worker', 'lantern-worker');
    this.connection = connection;
    this.worker = createModerationWorker(waitingOutDatabase((job) => this.processor.process(job)), {
      connection,
      prefix: this.env.QUEUE_PREFIX,
      concurrency: this.env.WORKER_CONCURRENCY,
    });
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn({ jobId: job.id, attemptsMade: job.attemptsMade, final, reason: error.message }, 'moderation job failed');
      // Words nothing could read go to a person: their review item, with an `unreadable` signal.
      if (final) void this.sendUnread(job);
    });
    this.worker.on('error', (error) => this.logger.warn(`moderation worker: ${error.message}`));
    void this.worker.run();
    // And again from the failed set: a worker killed as its job failed, or a job BullMQ failed for
    // stalling too often (no 'failed' event on any worker), would otherwise leave its words unread.
    this.failed = createModerationQueue(createBullConnection(this.env.REDIS_URL, 'producer', 'lantern-moderation-sweep'), this.env.QUEUE_PREFIX);
    this.sweeps.start(FAILED_SWEEP_MS);
    this.logger.log(`moderation worker started (concurrency ${this.env.WORKER_CONCURRENCY}, prefix ${this.env.QUEUE_PREFIX})`);
  }

  /** Sends a failed job's unread words to a person, once per failure in this process (doing it twice changes nothing); returns how many went. */
  private async sendUnread(job: Job<ModerationQueueJob>): Promise<number> {
    const key = `${String(job.id)}@${job.finishedOn ?? 0}`;
    if (this.seenTo.has(key)) return 0;
    try {
      const sent = await sendUnreadToPeople(this.dataSource, job);
      this.seenTo.set(key, job.finishedOn ?? Date.now());
      if (sent > 0) this.logger.error({ jobId: job.id, items: sent }, 'classification failed every attempt: its words are on the moderators’ queue to read');
      return sent;
    } catch (failure) {
      this.logger.error({ jobId: job.id }, `could not put unread words on the moderators' queue (the sweep tries again): ${(failure as Error).message}`);
      return 0;
    }
  }

  private async sweepFailed(): Promise<void> {
    const queue = this.failed;
    if (!queue) return;
    const since = Date.now() - FAILED_SWEEP_WINDOW_MS;
    for (const [key, at] of this.seenTo) if (at < since) this.seenTo.delete(key);
    try {
      let sent = 0;
      for (const job of await queue.getJobs(['failed'], 0, FAILED_SWEEP_BATCH - 1)) {
        if (job && (job.finishedOn ?? 0) >= since) sent += await this.sendUnread(job);
      }
      if (sent > 0) this.logger.warn(`failed-classification sweep: ${sent} unread item(s) nobody had sent to the moderators' queue are there now`);
    } catch (error) {
      this.logger.warn(`failed-classification sweep: ${(error as Error).message}`);
    }
  }

  /** Whether this process takes moderation jobs and Redis answers it (the heartbeat asks; resolves, or rejects saying why). */
  async takingJobs(): Promise<void> {
    if (!this.worker?.isRunning() || !this.connection) throw new Error('the moderation worker is not taking jobs');
    await this.connection.ping();
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.sweeps.stop();
    if (this.failed) await closeQueue(this.failed);
    if (!this.worker) return;
    this.logger.log(`moderation worker stopping (${signal ?? 'shutdown'}); finishing jobs in flight`);
    // No timeout: close() waits for jobs in flight, which is the point of a graceful stop.
    await closeQueue(this.worker, 60_000);
  }
}
