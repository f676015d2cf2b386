import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';
import { withTimeout } from '@lantern/queue';
import { rm, writeFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { Rounds } from '../infra/rounds';
import { DATA_SOURCE } from '../infra/worker-infra.module';
import { ModerationWorkerService } from '../moderation/moderation-worker.service';

/** How long one round's questions (PostgreSQL, Redis) may take before the round counts as unhealthy. */
const ANSWER_WITHIN_MS = 5_000;

/**
 * The worker has no port to ask, so it says it is well by writing WORKER_HEARTBEAT_FILE (the time,
 * nothing else) every WORKER_HEARTBEAT_SECONDS, and only while PostgreSQL and Redis answer it and it
 * takes moderation jobs. A worker that hangs, or lost either for good, stops writing; the image's
 * HEALTHCHECK reads how old the file is, so an orchestrator sees it (and can replace it). The file
 * goes when the worker stops.
 */
@Injectable()
export class HeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HeartbeatService.name);
  /** One round at a time: while a slow one (PostgreSQL stalled) runs, the next is skipped, never queued behind it. */
  private readonly rounds = new Rounds(() => this.beat(), (error) => this.logger.warn(`heartbeat: ${error.message}`));
  private unwell: string | null = null;

  constructor(
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly moderation: ModerationWorkerService,
  ) {}

  onApplicationBootstrap(): void {
    this.rounds.start(this.env.WORKER_HEARTBEAT_SECONDS * 1_000);
  }

  private async beat(): Promise<void> {
    try {
      await withTimeout(Promise.all([this.dataSource.query('SELECT 1'), this.moderation.takingJobs()]), ANSWER_WITHIN_MS, `no answer within ${ANSWER_WITHIN_MS} ms`);
      await writeFile(this.env.WORKER_HEARTBEAT_FILE, `${new Date().toISOString()}\n`);
      if (this.unwell !== null) this.logger.log('healthy again: the heartbeat goes on');
      this.unwell = null;
    } catch (error) {
      const why = (error as Error).message;
      if (this.unwell !== why) this.logger.warn(`not healthy, so no heartbeat: ${why}`);
      this.unwell = why;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.rounds.stop();
    await rm(this.env.WORKER_HEARTBEAT_FILE, { force: true }).catch(() => undefined);
  }
}
