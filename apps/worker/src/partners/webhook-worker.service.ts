import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { PartnerDeliveryJob, ServerEnv } from '@lantern/contracts';
import { closeQueue, createBullConnection, createPartnerWorker } from '@lantern/queue';
import type { Worker } from 'bullmq';
import { SERVER_ENV } from '../config/worker-config.module';
import { WebhookProcessor } from './webhook.processor';

/** Delivers partner webhooks; a delivery that fails every attempt lands on the dead-letter list. */
@Injectable()
export class WebhookWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookWorkerService.name);
  private worker: Worker<PartnerDeliveryJob> | undefined;

  constructor(
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
    private readonly processor: WebhookProcessor,
  ) {}

  onApplicationBootstrap(): void {
    const connection = createBullConnection(this.env.REDIS_URL, 'worker', 'lantern-webhooks');
    this.worker = createPartnerWorker((job) => this.processor.process(job), { connection, prefix: this.env.QUEUE_PREFIX, concurrency: 4 });
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn({ escalationId: job.data.escalationId, event: job.data.event ?? 'escalation.created', attemptsMade: job.attemptsMade, final, reason: error.message }, 'partner webhook failed');
      if (final) void this.processor.deadLetter(job, error.message).catch((failure: Error) => this.logger.error(`dead-letter record failed: ${failure.message}`));
    });
    this.worker.on('error', (error) => this.logger.warn(`webhook worker: ${error.message}`));
    void this.worker.run();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker) await closeQueue(this.worker, 30_000);
  }
}
