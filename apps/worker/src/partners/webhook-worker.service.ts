import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { OUTBOX_TOPICS, partnerDeliveryJobId, type PartnerDeliveryJob, type ServerEnv } from '@lantern/contracts';
import { closeQueue, createBullConnection, createPartnerQueue, createPartnerWorker, partnerRetries, withTimeout } from '@lantern/queue';
import type { Queue, Worker } from 'bullmq';
import { CONTACT_CHANGE_STEPS_SQL, deliveryFailed, memberInDangerSql, tellCasesOfDanger } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { Rounds } from '../infra/rounds';
import { waitingOutDatabase } from '../infra/wait-out-database';
import { DATA_SOURCE } from '../infra/worker-infra.module';
import { WebhookProcessor } from './webhook.processor';

/** No delivery of the escalation (alias e) waits in the outbox: whatever is lost, the relay is not about to send it. */
const NO_DELIVERY_RELAYING = `NOT EXISTS (SELECT 1 FROM outbox_events o WHERE o.topic = '${OUTBOX_TOPICS.partnerDelivery}' AND o.payload->>'escalationId' = e.id::text)`;

/** How often the worker looks for failed deliveries nobody recorded. */
const DEAD_LETTER_SWEEP_MS = 30_000;
/** How far back the sweep looks (failures older than this were recorded, or a person has seen them on the admins' list). */
const DEAD_LETTER_SWEEP_WINDOW_MS = 60 * 60_000;
/** The newest failed deliveries the sweep reads in one round. */
const DEAD_LETTER_SWEEP_BATCH = 200;

/**
 * Delivers partner webhooks; a delivery that fails every attempt lands on the dead-letter list.
 *
 * Its failure is recorded (on the hand-off's timeline; the member back on the moderators' queue;
 * admins and moderators told) as BullMQ fails the job, and again, once, by a sweep of the newest
 * failed jobs at start and every DEAD_LETTER_SWEEP_MS: a worker killed between the two, or a job
 * BullMQ failed without running it (stalled past its limit: no 'failed' event on any worker),
 * would otherwise leave a member waiting for a counsellor nobody knows is not coming.
 */
@Injectable()
export class WebhookWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookWorkerService.name);
  private worker: Worker<PartnerDeliveryJob> | undefined;
  private failed: Queue<PartnerDeliveryJob> | undefined;
  /** One sweep at a time: while a slow one (Redis or the database away) runs, the next is skipped. */
  private readonly sweeps = new Rounds(
    async () => {
      await this.sweepFailed();
      await this.requeueLost();
      await this.tellUntoldDanger();
    },
    (error) => this.logger.warn(`delivery sweep: ${error.message}`),
  );

  constructor(
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly processor: WebhookProcessor,
  ) {}

  onApplicationBootstrap(): void {
    const connection = createBullConnection(this.env.REDIS_URL, 'worker', 'lantern-webhooks');
    this.worker = createPartnerWorker(waitingOutDatabase((job) => this.processor.process(job)), { connection, prefix: this.env.QUEUE_PREFIX, concurrency: 4 });
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn({ escalationId: job.data.escalationId, event: job.data.event ?? 'escalation.created', attemptsMade: job.attemptsMade, final, reason: error.message }, 'partner webhook failed');
      if (final) void this.processor.deadLetter(job, error.message).catch((failure: Error) => this.logger.error(`dead-letter record failed (the sweep tries again): ${failure.message}`));
    });
    this.worker.on('error', (error) => this.logger.warn(`webhook worker: ${error.message}`));
    void this.worker.run();

    // Deliveries it queues again retry as the api's do.
    this.failed = createPartnerQueue(createBullConnection(this.env.REDIS_URL, 'producer', 'lantern-webhooks-sweep'), this.env.QUEUE_PREFIX, partnerRetries(this.env.WEBHOOK_RETRY_BASE_MS));
    this.sweeps.start(Math.min(DEAD_LETTER_SWEEP_MS, this.env.LOST_JOBS_AFTER_SECONDS * 1000));
  }

  /**
   * Open cases whose line was never told that the member's words tell of someone hurting them,
   * though an open notice of theirs says so: a hand-off made as the worker wrote that notice (each
   * transaction read before the other committed), or cases older than the telling. Each is told
   * now as the worker tells it (tellCasesOfDanger: the step, and its delivery through the outbox).
   */
  private async tellUntoldDanger(): Promise<void> {
    try {
      const members: Array<{ member_id: string }> = await this.dataSource.query(
        `SELECT DISTINCT e.member_id FROM escalations e
          WHERE e.status <> 'closed' AND e.danger_told_at IS NULL AND e.member_id IS NOT NULL
            AND ${memberInDangerSql('e.member_id')}
          LIMIT ${DEAD_LETTER_SWEEP_BATCH}`,
      );
      let told = 0;
      for (const { member_id } of members) told += (await this.dataSource.transaction((manager) => tellCasesOfDanger(manager, member_id))).length;
      if (told > 0) this.logger.warn(`told ${told} crisis line case(s) of danger their member's words had told of, that nothing had sent`);
    } catch (error) {
      this.logger.warn(`looking for cases not told of danger: ${(error as Error).message}`);
    }
  }

  /**
   * Cases a moderator handed to a crisis line that have not reached it after LOST_JOBS_AFTER_SECONDS,
   * with no outbox row on its way and no job in Redis (a job retrying, or failed and on the
   * dead-letter list, is left to that; a failure recorded is the moderators' to act on): Redis
   * lost it (a restart without persistence, a failover to a replica behind). The delivery is
   * queued again under its own id, and the case reaches the line after all, instead of a member
   * waiting on a call nobody was asked to make. A member's withdrawal (the day's) likewise, so the
   * line does not call someone who said no, and the latest new number or way to reach them of an
   * open case (each update carries the current one), so it does not call the old one; not of a case
   * the line never got, whose re-delivery carries it. The partner dedupes by the delivery's
   * idempotency key in any case.
   */
  private async requeueLost(): Promise<void> {
    const queue = this.failed;
    if (!queue) return;
    try {
      const rows: Array<{ id: string; delivery: number; event: PartnerDeliveryJob['event'] | null }> = await this.dataSource.query(
        `(SELECT e.id, e.deliveries AS delivery, NULL AS event FROM escalations e
           WHERE e.status = 'created' AND e.updated_at < now() - make_interval(secs => $1) AND NOT ${deliveryFailed('e')}
             AND ${NO_DELIVERY_RELAYING}
           ORDER BY e.updated_at LIMIT ${DEAD_LETTER_SWEEP_BATCH})
         UNION ALL
         (SELECT e.id, 1, 'escalation.withdrawn' FROM escalations e
           WHERE e.withdrawn_at < now() - make_interval(secs => $1) AND e.withdrawn_at > now() - interval '1 day'
             AND NOT EXISTS (SELECT 1 FROM escalation_events v WHERE v.escalation_id = e.id AND v.status IN ('withdrawal_delivered', 'withdrawal_delivery_failed'))
             AND ${NO_DELIVERY_RELAYING}
           ORDER BY e.withdrawn_at LIMIT ${DEAD_LETTER_SWEEP_BATCH})
         UNION ALL
         (SELECT c.id, c.changes, 'escalation.contact_updated' FROM (
            SELECT e.id,
                   (SELECT count(*)::int FROM escalation_events v WHERE v.escalation_id = e.id AND v.status IN ${CONTACT_CHANGE_STEPS_SQL}) AS changes,
                   (SELECT max(v.at) FROM escalation_events v WHERE v.escalation_id = e.id AND v.status IN ${CONTACT_CHANGE_STEPS_SQL}) AS changed_at,
                   (SELECT max(v.at) FROM escalation_events v WHERE v.escalation_id = e.id AND v.status IN ('contact_update_delivered', 'contact_update_delivery_failed')) AS told_at
              FROM escalations e WHERE e.status <> 'closed' AND NOT ${deliveryFailed('e')} AND ${NO_DELIVERY_RELAYING}) c
           WHERE c.changed_at < now() - make_interval(secs => $1) AND c.changed_at > now() - interval '1 day' AND c.changed_at > COALESCE(c.told_at, '-infinity')
           ORDER BY c.changed_at LIMIT ${DEAD_LETTER_SWEEP_BATCH})`,
        [this.env.LOST_JOBS_AFTER_SECONDS],
      );
      const lost: Array<{ name: string; data: PartnerDeliveryJob; opts: { jobId: string } }> = [];
      for (const row of rows) {
        const data: PartnerDeliveryJob = { escalationId: row.id, delivery: row.delivery, ...(row.event ? { event: row.event } : {}) };
        const jobId = partnerDeliveryJobId(data);
        if (!(await withTimeout(queue.getJob(jobId), 3000, 'Redis did not answer'))) lost.push({ name: 'deliver', data, opts: { jobId } });
      }
      if (lost.length === 0) return;
      // Under its own id: a job that reappeared meanwhile (a relay's late retry) takes this in.
      await withTimeout(queue.addBulk(lost), 3000, 'Redis did not take the deliveries');
      this.logger.warn(`queued again ${lost.length} hand-off(s), withdrawal(s) or contact update(s) to crisis lines that had no delivery left in Redis (Redis lost its queue?)`);
    } catch (error) {
      this.logger.warn(`looking for hand-offs nothing is delivering: ${(error as Error).message}`);
    }
  }

  /** Records every recent failed delivery not recorded yet; what it cannot read now, the next round does. */
  private async sweepFailed(): Promise<void> {
    const queue = this.failed;
    if (!queue) return;
    try {
      const since = Date.now() - DEAD_LETTER_SWEEP_WINDOW_MS;
      const jobs = await queue.getJobs(['failed'], 0, DEAD_LETTER_SWEEP_BATCH - 1);
      for (const job of jobs) {
        if (!job || (job.finishedOn ?? 0) < since) continue;
        if (await this.processor.recordedWithoutKey(job)) continue;
        await this.processor.deadLetter(job, job.failedReason || 'no reason recorded');
      }
    } catch (error) {
      this.logger.warn(`dead-letter sweep: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sweeps.stop();
    if (this.worker) await closeQueue(this.worker, 30_000);
    if (this.failed) await closeQueue(this.failed);
  }
}
