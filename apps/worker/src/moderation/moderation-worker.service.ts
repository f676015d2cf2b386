import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ModerationQueueJob, ServerEnv } from '@lantern/contracts';
import { classify } from '@lantern/moderation';
import { closeQueue, createBullConnection, createModerationWorker } from '@lantern/queue';
import type { Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { waitingOutDatabase } from '../infra/wait-out-database';
import { DATA_SOURCE } from '../infra/worker-infra.module';
import { ModerationProcessor } from './moderation.processor';
import { sendUnreadToPeople } from './unreadable';

/**
 * Owns the BullMQ worker's lifecycle. On SIGTERM Nest calls onApplicationShutdown, and
 * `worker.close()` stops taking new jobs and waits for the ones in flight to finish; a job cut off
 * by kill -9 is picked up again as stalled once its lock expires.
 */
@Injectable()
export class ModerationWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ModerationWorkerService.name);
  private worker: Worker<ModerationQueueJob> | undefined;

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
      if (final) {
        void sendUnreadToPeople(this.dataSource, job).then(
          (sent) => sent > 0 && this.logger.error({ jobId: job.id, items: sent }, 'classification failed every attempt: its words are on the moderators’ queue to read'),
          (failure: Error) => this.logger.error({ jobId: job.id }, `could not put unread words on the moderators' queue: ${failure.message}`),
        );
      }
    });
    this.worker.on('error', (error) => this.logger.warn(`moderation worker: ${error.message}`));
    void this.worker.run();
    this.logger.log(`moderation worker started (concurrency ${this.env.WORKER_CONCURRENCY}, prefix ${this.env.QUEUE_PREFIX})`);
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    if (!this.worker) return;
    this.logger.log(`moderation worker stopping (${signal ?? 'shutdown'}); finishing jobs in flight`);
    // No timeout: close() waits for jobs in flight, which is the point of a graceful stop.
    await closeQueue(this.worker, 60_000);
  }
}
