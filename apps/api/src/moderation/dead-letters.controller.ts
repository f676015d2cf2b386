import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { deadLetterRetrySchema, deadLetterSchema, listSchema, queueOverviewSchema, type DeadLetter, type ModerationQueueJob, type QueueOverview } from '@lantern/contracts';
import { withTimeout } from '@lantern/queue';
import { ErrorCode, type Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { ApiException } from '../http/api-exception';
import { Responds } from '../http/responds.decorator';
import { DATA_SOURCE, MODERATION_QUEUE, PARTNER_QUEUE } from '../infra/infra.tokens';

const unavailable = () => new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'The queue cannot be reached right now; try again in a moment.');

/**
 * The dead-letter list: moderation jobs that failed every attempt stay in BullMQ's failed set
 * (never removed automatically), and admins see and retry them here.
 */
@Roles('admin')
@Controller('v1/admin/dead-letters')
export class DeadLettersController {
  constructor(
    @Inject(MODERATION_QUEUE) private readonly queue: Queue<ModerationQueueJob>,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Responds(listSchema(deadLetterSchema))
  async list(): Promise<{ items: DeadLetter[] }> {
    const jobs = await withTimeout(this.queue.getFailed(0, 199), 3000, 'queue timeout').catch(() => {
      throw unavailable();
    });
    return {
      items: jobs.map((job) => ({
        jobId: String(job.id),
        queue: this.queue.name,
        data: job.data,
        failedReason: job.failedReason,
        attemptsMade: job.attemptsMade,
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      })),
    };
  }

  @Post(':jobId/retry')
  @HttpCode(202)
  @Responds(deadLetterRetrySchema)
  async retry(@Param('jobId') jobId: string, @CurrentMember() admin: AuthenticatedMember): Promise<{ jobId: string; state: 'waiting' }> {
    const job = await withTimeout(this.queue.getJob(jobId), 3000, 'queue timeout').catch(() => {
      throw unavailable();
    });
    const notFailed = () => new ApiException(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'There is no failed job with that id.');
    if (!job || !(await job.isFailed())) throw notFailed();
    // Another press (a double click, a second admin) may have moved it between the check and
    // here: BullMQ refuses a job no longer in the failed set, which is the same answer, not a 500.
    await job.retry('failed').catch((error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === ErrorCode.JobNotInState || code === ErrorCode.JobNotExist) throw notFailed();
      throw error;
    });
    await this.dataSource.transaction((manager) => this.audit.record(manager, admin, { action: 'dead_letter_retry', targetType: 'job', targetId: null, reason: jobId, after: { jobId } }));
    return { jobId, state: 'waiting' };
  }
}

/** The queue dashboard's figures: depth by state and the age of the oldest waiting job, per queue. */
@Roles('admin')
@Controller('v1/admin/queues')
export class QueuesController {
  constructor(
    @Inject(MODERATION_QUEUE) private readonly moderation: Queue,
    @Inject(PARTNER_QUEUE) private readonly partners: Queue,
  ) {}

  @Get()
  @Responds(listSchema(queueOverviewSchema))
  async overview(): Promise<{ items: QueueOverview[] }> {
    const read = async (queue: Queue): Promise<QueueOverview> => {
      const [counts, oldest] = await Promise.all([
        queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'),
        queue.getWaiting(0, 0),
      ]);
      const since = oldest[0]?.timestamp;
      return {
        name: queue.name,
        counts: counts as QueueOverview['counts'],
        oldestWaitingSeconds: since ? Math.max(0, Math.round((Date.now() - since) / 1000)) : 0,
      };
    };
    const items = await withTimeout(Promise.all([read(this.moderation), read(this.partners)]), 3000, 'queue timeout').catch(() => {
      throw unavailable();
    });
    return { items };
  }
}
