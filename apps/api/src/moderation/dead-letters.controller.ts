import { Controller, Get, HttpCode, HttpStatus, Inject, Logger, Param, Post } from '@nestjs/common';
import { deadLetterRetrySchema, deadLetterSchema, listSchema, queueOverviewSchema, type DeadLetter, type ModerationQueueJob, type QueueOverview } from '@lantern/contracts';
import { withTimeout } from '@lantern/queue';
import { ErrorCode, type Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AuditService, writeAuditRow } from '../audit/audit.service';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { ApiException } from '../http/api-exception';
import { Responds } from '../http/responds.decorator';
import { DATA_SOURCE, MODERATION_QUEUE, PARTNER_QUEUE } from '../infra/infra.tokens';

const unavailable = () => new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'The queue cannot be reached right now; try again in a moment.');

/**
 * What became of a retry the queue did not confirm: refused, as a job no longer in the failed set
 * (so not retried by this request), or unknown (the queue failed or did not answer in time).
 */
type UnconfirmedRetry = 'not_in_failed_set' | 'unknown';

/**
 * The dead-letter list: moderation jobs that failed every attempt stay in BullMQ's failed set
 * (never removed automatically), and admins see and retry them here.
 */
@Roles('admin')
@Controller('v1/admin/dead-letters')
export class DeadLettersController {
  private readonly logger = new Logger(DeadLettersController.name);

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

  /**
   * The retry lives in Redis alone, so it cannot share a transaction with its audit row: the row
   * is committed first, and an audit log that cannot be written stops the retry. The row records
   * that the admin asked, as `escalation_redeliver` records a redelivery asked for. When the
   * queue then refuses or does not answer, the answer says so and Lantern adds what became of it
   * (`dead_letter_retry_unconfirmed`, by "system"), so the log never reads as a retry that did
   * not happen.
   */
  @Post(':jobId/retry')
  @HttpCode(202)
  @Responds(deadLetterRetrySchema)
  async retry(@Param('jobId') jobId: string, @CurrentMember() admin: AuthenticatedMember): Promise<{ jobId: string; state: 'waiting' }> {
    const job = await withTimeout(this.queue.getJob(jobId), 3000, 'queue timeout').catch(() => {
      throw unavailable();
    });
    const notFailed = () => new ApiException(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'There is no failed job with that id.');
    if (!job || !(await job.isFailed())) throw notFailed();
    await this.dataSource.transaction((manager) => this.audit.record(manager, admin, { action: 'dead_letter_retry', targetType: 'job', targetId: null, reason: jobId, after: { jobId } }));
    try {
      await withTimeout(job.retry('failed'), 3000, 'queue timeout');
    } catch (error: unknown) {
      // Another press (a double click, a second admin) may have moved it between the check and
      // here: BullMQ refuses a job no longer in the failed set, which is the same answer, not a 500.
      const code = (error as { code?: unknown } | null)?.code;
      const refused = code === ErrorCode.JobNotInState || code === ErrorCode.JobNotExist;
      await this.recordUnconfirmedRetry(jobId, refused ? 'not_in_failed_set' : 'unknown');
      if (refused) throw notFailed();
      throw new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'SERVICE_UNAVAILABLE',
        'The queue did not confirm the retry, so the job may or may not be waiting again; the list shows which in a moment.',
      );
    }
    return { jobId, state: 'waiting' };
  }

  /**
   * What became of a retry the log already holds as asked for. Written by "system", as a partner
   * delivery's outcome is: Lantern saw it, the admin did not do it. Should the database fail here
   * too, the admin's answer still says what the queue did, and the log holds only the request.
   */
  private async recordUnconfirmedRetry(jobId: string, outcome: UnconfirmedRetry): Promise<void> {
    await writeAuditRow(this.dataSource.manager, { id: null, role: 'system' }, { action: 'dead_letter_retry_unconfirmed', targetType: 'job', targetId: null, reason: jobId, after: { jobId, outcome } })
      .catch((error: unknown) => this.logger.warn(`a dead letter's unconfirmed retry was not recorded: ${(error as Error).message}`));
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
