import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { MODERATION_BATCH_MAX, moderationJobId, partnerDeliveryJobId, moderationJobSchema, reportNoteJobSchema, withheldWordsJobSchema, type ModerationJob, type ModerationQueueJob, type PartnerDeliveryJob } from '@lantern/contracts';
import { LAZY_COMMIT } from '@lantern/db';
import { withTimeout } from '@lantern/queue';
import type { Queue } from 'bullmq';
import type { Pool, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DATA_SOURCE, MODERATION_QUEUE, PARTNER_QUEUE } from '../infra/infra.tokens';
import { MODERATION_TOPIC, PARTNER_DELIVERY_TOPIC, REPORT_NOTE_TOPIC, WITHHELD_WORDS_TOPIC } from './outbox.service';

/** Outbox topics relayed as one moderation-queue job per row, by job name and payload schema. */
const ONE_JOB_PER_ROW: Record<string, { name: string; schema: typeof reportNoteJobSchema | typeof withheldWordsJobSchema }> = {
  [REPORT_NOTE_TOPIC]: { name: 'report-note', schema: reportNoteJobSchema },
  [WITHHELD_WORDS_TOPIC]: { name: 'withheld-words', schema: withheldWordsJobSchema },
};

const BATCH = 200;
/**
 * The oldest rows, locked: another node's relay skips them rather than waiting. Every row in the
 * table is still to be relayed (relaying deletes it), so this walks the primary key in order and
 * stops after BATCH; entries of rows deleted earlier are skipped in the index once a scan has
 * found them dead, so the claim's cost does not grow with what was relayed before it.
 */
export const CLAIM_SQL = `SELECT id, topic, payload FROM outbox_events ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;

interface OutboxRow {
  id: string;
  topic: string;
  payload: unknown;
}
/**
 * Every writer wakes its own node's relay after its commit (`kick`); polling finds rows a node
 * left behind (it died between commit and relay) within a second. No NOTIFY: PostgreSQL
 * serialises the commits of every transaction that NOTIFYs (see migration 1764250000000).
 */
const IDLE_MS = 1000;
const MAX_BACKOFF_MS = 5000;
const ENQUEUE_TIMEOUT_MS = 3000;
/** Under load, the least time between two batches, so a burst of wake-ups is relayed together. */
const GATHER_MS = 50;
/** Rows a second above which the relay gathers (a busy chat; the forum's pace stays below it). */
const GATHER_ABOVE_PER_SECOND = 100;

/**
 * Rows relayed per second, counted over one-second windows: busy while the last full window or
 * the current one is above the threshold.
 */
export class RelayPace {
  private windowStart: number | undefined;
  private rows = 0;
  private lastWindowBusy = false;

  constructor(private readonly rowsPerSecond: number) {}

  record(rows: number, now: number): void {
    this.windowStart ??= now;
    if (now - this.windowStart >= 1000) {
      this.lastWindowBusy = (this.rows * 1000) / (now - this.windowStart) > this.rowsPerSecond;
      this.windowStart = now;
      this.rows = 0;
    }
    this.rows += rows;
  }

  get busy(): boolean {
    return this.lastWindowBusy || this.rows > this.rowsPerSecond;
  }
}

/**
 * One `classify` job per post (its id is the content version, so duplicates collapse); chat
 * messages go in `classify-batch` jobs of up to MODERATION_BATCH_MAX, whose id is derived from
 * the items, so the same batch relayed twice collapses too.
 */
export function moderationJobs(items: readonly ModerationJob[]): Array<{ name: string; data: ModerationQueueJob; opts: { jobId: string } }> {
  const jobs: Array<{ name: string; data: ModerationQueueJob; opts: { jobId: string } }> = items
    .filter((item) => item.contentType !== 'message')
    .map((data) => ({ name: 'classify', data, opts: { jobId: moderationJobId(data) } }));
  const messages = items.filter((item) => item.contentType === 'message');
  for (let at = 0; at < messages.length; at += MODERATION_BATCH_MAX) {
    const batch = messages.slice(at, at + MODERATION_BATCH_MAX);
    const digest = createHash('sha256').update(batch.map(moderationJobId).join(',')).digest('hex').slice(0, 24);
    jobs.push({ name: 'classify-batch', data: { items: batch }, opts: { jobId: `batch-${digest}` } });
  }
  return jobs;
}

/**
 * Moves outbox rows into BullMQ. Rows are locked with SKIP LOCKED so several api nodes relay in
 * parallel without sending a row twice; even if one did, the job id (content + version) makes
 * BullMQ drop the duplicate. When Redis is down the transaction rolls back and the rows wait.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private failures = 0;
  /** Set when a wake-up arrives while a batch is running, so the next loop does not sleep. */
  private pending = false;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(MODERATION_QUEUE) private readonly queue: Queue<ModerationQueueJob>,
    @Inject(PARTNER_QUEUE) private readonly partners: Queue<PartnerDeliveryJob>,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await withTimeout(this.loop ?? Promise.resolve(), ENQUEUE_TIMEOUT_MS + 1000, 'outbox relay did not stop in time').catch(() => undefined);
  }

  /** Wakes the relay now: called by writers after a commit. */
  kick(): void {
    this.pending = true;
    this.wake?.();
  }

  /**
   * Relays one batch; returns how many rows were sent. Exposed for tests and the CLI.
   *
   * One transaction holds the rows while their jobs are added and deletes them once BullMQ has
   * the jobs, so a failure leaves them waiting; it costs two round trips to PostgreSQL, not four:
   * BEGIN goes with the claim, and COMMIT with the delete (simple-query statements, the ids
   * inlined as the digits PostgreSQL gave).
   */
  async relayBatch(): Promise<number> {
    const client = await ((this.dataSource.driver as PostgresDriver).master as Pool).connect();
    // Open from the BEGIN below until COMMIT (a ROLLBACK with none open is harmless).
    let open = true;
    let broken: Error | undefined;
    // A checked-out client has no 'error' listener of the pool's: PostgreSQL ending the connection
    // while this waits on Redis (a restart, a failover) would otherwise end the whole process. The
    // next query on it fails, and the connection is dropped on release.
    const lost = (error: Error) => (broken = error);
    client.on('error', lost);
    try {
      const [, claimed] = (await client.query(`BEGIN; ${CLAIM_SQL}`)) as unknown as [QueryResult, QueryResult<OutboxRow>];
      const rows = claimed.rows;
      if (rows.length === 0) {
        await client.query('COMMIT');
        open = false;
        return 0;
      }
      const readable = rows.filter((row) => this.readable(row));
      const jobs = moderationJobs(readable.filter((row) => row.topic === MODERATION_TOPIC).map((row) => moderationJobSchema.parse(row.payload)));
      // A report's note and refused words: one job per outbox row (a re-relayed row collapses; a
      // later note is a new row and a new job). The worker finds a note it already read, or words
      // it already deleted, and does nothing twice.
      for (const row of readable) {
        const kind = ONE_JOB_PER_ROW[row.topic];
        if (kind) jobs.push({ name: kind.name, data: kind.schema.parse(row.payload), opts: { jobId: `${kind.name}-${String(row.id)}` } });
      }
      if (jobs.length) await withTimeout(this.queue.addBulk(jobs), ENQUEUE_TIMEOUT_MS, 'Redis did not accept the jobs in time');
      const deliveries = rows
        .filter((row) => row.topic === PARTNER_DELIVERY_TOPIC)
        .map((row) => row.payload as PartnerDeliveryJob)
        // One job per delivery: a retry of the relay collapses, an admin's re-delivery (and a member's withdrawal) is new.
        .map((data) => ({ name: 'deliver', data, opts: { jobId: partnerDeliveryJobId(data) } }));
      if (deliveries.length) await withTimeout(this.partners.addBulk(deliveries), ENQUEUE_TIMEOUT_MS, 'Redis did not accept the deliveries in time');
      const ids = rows.map((row) => String(row.id));
      if (!ids.every((id) => /^\d+$/.test(id))) throw new Error('an outbox id was not a number');
      // A batch of moderation jobs only commits lazily (LAZY_COMMIT): a crash that lost the delete
      // relays the rows again, and their jobs collapse by id or find their results written. A
      // batch with a partner delivery commits durably, so a partner is not sent one twice.
      const lazy = deliveries.length === 0 ? `${LAZY_COMMIT}; ` : '';
      await client.query(`${lazy}DELETE FROM outbox_events WHERE id = ANY('{${ids.join(',')}}'::bigint[]); COMMIT`);
      open = false;
      return rows.length;
    } catch (error) {
      // The rows stay unrelayed and wait for the next batch; a connection that cannot roll back is dropped.
      if (open) await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError as Error));
      throw error;
    } finally {
      client.removeListener('error', lost);
      client.release(broken);
    }
  }

  /**
   * Whether this release can read the row's job. One it cannot (written by another release, or
   * damaged) is deleted with the batch rather than relayed: left in place it would be claimed
   * first, and fail, in every batch, and no other words would ever reach the checks. Its words are
   * not lost: the worker queues again whatever nothing has read (LOST_JOBS_AFTER_SECONDS).
   */
  private readable(row: OutboxRow): boolean {
    const schema = row.topic === MODERATION_TOPIC ? moderationJobSchema : ONE_JOB_PER_ROW[row.topic]?.schema;
    if (!schema || schema.safeParse(row.payload).success) return true;
    this.logger.error({ outboxId: String(row.id), topic: row.topic }, 'an outbox row this release cannot read was set aside; the worker reads its words when it finds them unread');
    return false;
  }

  private async run(): Promise<void> {
    let lastRun = 0;
    let lastSent = 0;
    const pace = new RelayPace(GATHER_ABOVE_PER_SECOND);
    while (this.running) {
      let sent = 0;
      // Under load (more than GATHER_ABOVE_PER_SECOND rows a second) wake-ups come faster than
      // batches: gathering for a few milliseconds sends one batch and one job instead of one per
      // message. At a quieter pace each row goes at once, and a backlog (full batches) drains
      // without pause.
      const since = Date.now() - lastRun;
      if (pace.busy && lastSent > 1 && lastSent < BATCH && since < GATHER_MS) await new Promise((resolve) => setTimeout(resolve, GATHER_MS - since));
      lastRun = Date.now();
      try {
        sent = await this.relayBatch();
        lastSent = sent;
        pace.record(sent, Date.now());
        if (this.failures > 0) this.logger.log('outbox relay recovered; Redis and PostgreSQL answer again');
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        if (this.failures === 1) this.logger.warn(`outbox relay paused, will retry: ${(error as Error).message}`);
      }
      if (sent === BATCH || (this.pending && this.failures === 0)) {
        this.pending = false;
        continue;
      }
      const delay = this.failures ? Math.min(IDLE_MS * 2 ** this.failures, MAX_BACKOFF_MS) : IDLE_MS;
      this.pending = false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
