import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { moderationJobId, OUTBOX_TOPICS, type ContentType, type ModerationQueueJob, type ServerEnv } from '@lantern/contracts';
import { closeQueue, createBullConnection, createModerationQueue, withTimeout } from '@lantern/queue';
import { CONTENT_TABLES } from '@lantern/db';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { Rounds } from '../infra/rounds';
import { DATA_SOURCE } from '../infra/worker-infra.module';

/** How far back the first look goes, when the worker starts (it may have been away while Redis lost its queue). */
const LOOKBACK_HOURS = 6;
/** The most of each kind one query finds; a larger loss takes a few queries. */
const BATCH = 500;
/**
 * Each query looks at most this much time of one kind's words: on a busy site six hours of chat
 * is millions of rows, which one query would not read within the statement timeout (and every
 * round would start that same query again). A round goes slice by slice until it is done or has
 * spent ROUND_BUDGET_MS on the kind; the next round goes on from there.
 */
const SLICE = '15 minutes';
const ROUND_BUDGET_MS = 20_000;
/** Jobs waiting above which the queue is behind, not empty: its words are still in it, so the round waits. */
const BACKLOG = 1000;
const REDIS_TIMEOUT_MS = 3000;
/** After the last of every uuid: a bound that leaves out nothing stamped at the same instant. */
const LAST_ID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** Where a round of one kind has read up to: the stamp (PostgreSQL's text, to the microsecond) and id of the last row. */
interface Mark {
  at: string;
  id: string;
}

interface Found {
  id: string;
  at: string;
  version?: number;
}

interface QueuedJob {
  name: string;
  data: ModerationQueueJob;
  opts: { jobId: string };
}

interface UnreadKind {
  name: string;
  sql: string;
  job(row: Found): QueuedJob;
}

/**
 * Posts or chat messages whose current version has no result. A post's job keeps the id the relay
 * gave it, so one still in Redis (waiting, or failed and on the dead-letter list) takes the copy
 * in; messages go one job each (the relay batches them), and one read twice is found read.
 */
function unreadContent(contentType: ContentType, name: string, stamp: 'updated_at' | 'created_at'): UnreadKind {
  const table = CONTENT_TABLES[contentType];
  return {
    name,
    sql: `SELECT c.id, c.version, c.${stamp}::text AS at FROM ${table} c
           WHERE (c.${stamp}, c.id) > ($1::timestamptz, $2::uuid) AND c.${stamp} <= $3::timestamptz AND c.status IN ('visible', 'hidden', 'deleted')
             AND NOT EXISTS (SELECT 1 FROM moderation_results r WHERE r.content_type = '${contentType}' AND r.content_id = c.id AND r.version = c.version)
             AND NOT EXISTS (SELECT 1 FROM outbox_events o WHERE o.topic = '${OUTBOX_TOPICS.moderation}' AND o.payload->>'contentId' = c.id::text)
           ORDER BY c.${stamp}, c.id LIMIT ${BATCH}`,
    job: (row) => {
      const data = { contentType, contentId: row.id, version: row.version ?? 1 };
      return { name: 'classify', data, opts: { jobId: moderationJobId(data) } };
    },
  };
}

/**
 * Words that are read in the background, each with the SQL that finds those nothing has read and
 * no job is on its way to read (their outbox row, still there, means it is), and the job that reads
 * them. $1/$2 are where the last round stopped, $3 the newest stamp old enough to look at.
 */
const KINDS: readonly UnreadKind[] = [
  {
    name: 'withheld words',
    sql: `SELECT w.id, w.created_at::text AS at FROM withheld_words w
           WHERE (w.created_at, w.id) > ($1::timestamptz, $2::uuid) AND w.created_at <= $3::timestamptz
             AND NOT EXISTS (SELECT 1 FROM outbox_events o WHERE o.topic = '${OUTBOX_TOPICS.withheldWords}' AND o.payload->>'withheldId' = w.id::text)
           ORDER BY w.created_at, w.id LIMIT ${BATCH}`,
    job: (row) => ({ name: 'withheld-words', data: { withheldId: row.id }, opts: { jobId: `withheld-words-again-${row.id}` } }),
  },
  // A post by when it last changed (an edit is a new version to read), a chat message by when it was sent.
  unreadContent('post', 'posts', 'updated_at'),
  unreadContent('message', 'chat messages', 'created_at'),
];

/**
 * Reports whose note nobody has read, made in the look-back: few (the index holds only those), so
 * every round reads them all (a new note on an old report clears its mark, and keeps its stamp).
 */
const UNREAD_NOTES = (['post', 'message'] as const)
  .map(
    (kind) => `SELECT '${kind}' AS kind, r.id FROM ${kind}_reports r
                WHERE r.note IS NOT NULL AND r.note_checked_at IS NULL AND r.created_at <= $1::timestamptz AND r.created_at > $2::timestamptz
                  AND NOT EXISTS (SELECT 1 FROM outbox_events o WHERE o.topic = '${OUTBOX_TOPICS.reportNote}' AND o.payload->>'reportId' = r.id::text)`,
  )
  .join(' UNION ALL ')
  .concat(` LIMIT ${BATCH}`);

/**
 * Queues again the words whose job Redis lost. The outbox delivers every job to Redis and is then
 * deleted; Redis restarted without persistence, or a failover to a replica that had not caught
 * up, loses what was queued, and with it the only reason anything would read those words: a crisis
 * post nobody reads is a member nobody offers help. Every LOST_JOBS_AFTER_SECONDS (at
 * most a minute) this looks for words older than that with nothing read and no outbox row (posts,
 * chat messages, reports' notes, words a member could not post) and queues them again. A post's
 * job keeps the id the relay gave it, so one still in Redis takes the copy in; the others are read
 * once whoever reads them first (each reader finds the work done). While the queue is behind
 * (more than BACKLOG waiting) the words are likely in it, and the round waits. Every worker replica
 * may run it.
 */
@Injectable()
export class UnreadWordsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UnreadWordsService.name);
  private queue: Queue<ModerationQueueJob> | undefined;
  // A round still going when the next is due (a loss being caught up, slice by slice) is not
  // queued behind: the next tick after it ends goes on from where it stopped.
  private readonly rounds = new Rounds(() => this.requeueLost(), (error) => this.logger.warn(`unread words round: ${error.message}`));
  private readonly marks = new Map<string, Mark>();

  constructor(
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.queue = createModerationQueue(createBullConnection(this.env.REDIS_URL, 'producer', 'lantern-requeue'), this.env.QUEUE_PREFIX);
    this.rounds.start(Math.min(60, this.env.LOST_JOBS_AFTER_SECONDS) * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.rounds.stop();
    if (this.queue) await closeQueue(this.queue);
  }

  /** One round; what it cannot do now (Redis or the database away) the next round does, from where this one stopped. */
  private async requeueLost(): Promise<void> {
    const queue = this.queue;
    if (!queue) return;
    try {
      const counts = await withTimeout(queue.getJobCounts('waiting', 'prioritized', 'delayed'), REDIS_TIMEOUT_MS, 'Redis did not answer');
      const waiting = Object.values(counts).reduce((sum, count) => sum + count, 0);
      if (waiting > BACKLOG) return;
      const [{ upTo, start }]: Array<{ upTo: string; start: string }> = await this.dataSource.query(
        `SELECT (now() - make_interval(secs => $1))::text AS "upTo", (now() - make_interval(hours => $2))::text AS start`,
        [this.env.LOST_JOBS_AFTER_SECONDS, LOOKBACK_HOURS],
      );
      const requeued: string[] = [];
      // Each kind on its own: one that cannot be read this round (a query past its timeout) keeps
      // none of the others from being read. The rare, crisis-bearing ones first.
      try {
        const notes: Array<{ kind: ContentType; id: string }> = await this.dataSource.query(UNREAD_NOTES, [upTo, start]);
        if (notes.length) {
          const jobs = notes.map(({ kind, id }) => ({ name: 'report-note', data: { reportKind: kind, reportId: id }, opts: { jobId: `report-note-again-${kind}-${id}` } }));
          // Each note once: a second round's copy is taken in by the first (and a note is read once).
          await withTimeout(queue.addBulk(jobs), REDIS_TIMEOUT_MS, 'Redis did not take the jobs');
          requeued.push(`${notes.length} reports' notes`);
        }
      } catch (error) {
        this.logger.warn(`looking for reports' notes nothing has read: ${(error as Error).message}`);
      }
      for (const kind of KINDS) {
        try {
          const found = await this.requeueKind(queue, kind, start, upTo);
          if (found) requeued.push(`${found} ${kind.name}`);
        } catch (error) {
          this.logger.warn(`looking for ${kind.name} nothing has read: ${(error as Error).message}`);
        }
      }
      if (requeued.length) this.logger.warn(`queued again what nothing had read and no job was left to read (Redis lost its queue?): ${requeued.join(', ')}`);
    } catch (error) {
      this.logger.warn(`looking for words nothing has read: ${(error as Error).message}`);
    }
  }

  /** One kind, slice by slice from where the last round stopped, up to `upTo` or the round's budget; how many it queued. */
  private async requeueKind(queue: Queue<ModerationQueueJob>, kind: UnreadKind, start: string, upTo: string): Promise<number> {
    const until = Date.now() + ROUND_BUDGET_MS;
    let mark = this.marks.get(kind.name) ?? { at: start, id: LAST_ID };
    let queued = 0;
    for (;;) {
      const [{ end, done }]: Array<{ end: string; done: boolean }> = await this.dataSource.query(
        `SELECT LEAST($1::timestamptz + interval '${SLICE}', $2::timestamptz)::text AS "end", $1::timestamptz + interval '${SLICE}' >= $2::timestamptz AS done`,
        [mark.at, upTo],
      );
      const rows: Found[] = await this.dataSource.query(kind.sql, [mark.at, mark.id, end]);
      if (rows.length) await withTimeout(queue.addBulk(rows.map(kind.job)), REDIS_TIMEOUT_MS, 'Redis did not take the jobs');
      queued += rows.length;
      // Past everything in the slice, unless the query stopped at BATCH: the next goes on from its last row.
      const last = rows.at(-1);
      const full = rows.length === BATCH && last !== undefined;
      mark = full ? { at: last.at, id: last.id } : { at: end, id: LAST_ID };
      this.marks.set(kind.name, mark);
      if ((done && !full) || Date.now() > until) return queued;
    }
  }
}
