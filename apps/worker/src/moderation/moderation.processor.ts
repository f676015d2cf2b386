import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  moderationBatchJobSchema,
  moderationJobSchema,
  reportNoteJobSchema,
  withheldWordsJobSchema,
  type ModerationJob,
  type ModerationQueueJob,
  type ServerEnv,
} from '@lantern/contracts';
import {
  classify,
  decide,
  noticeOf,
  threadHeading,
  WatchedWordsCache,
  withProviders,
  type Classification,
  type ModerationProvider,
  type PolicyDecision,
  type WatchedWord,
  type WatchedWordMatch,
} from '@lantern/moderation';
import { secondOpinion, secondOpinionWords, SECOND_OPINION_THRESHOLDS, type SecondOpinion, type SecondOpinionWords } from '@lantern/moderation/server';
import { CONTENT_TABLES, LAZY_COMMIT_FROM_ITEM, openingPostId, tellCasesOfDanger } from '@lantern/db';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { DATA_SOURCE } from '../infra/worker-infra.module';
import { lockCurrentVersion } from './current-version';
import { MODERATION_PROVIDERS } from './moderation-providers';
import { recordFlag } from './flag-writer';
import { checkReportNote, type ReportNoteOutcome } from './report-note-checker';
import { checkWithheldWords, type WithheldWordsOutcome } from './withheld-words-checker';
import { checkSupersededWords } from './superseded-words-checker';
import { insertCrisisNotice } from './crisis-follow-up';

export type ModerationOutcome = 'classified' | 'already-classified' | 'superseded' | 'superseded-crisis' | 'gone';

/**
 * What a finished job leaves in Redis as its return value, kept there for an hour beside its id:
 * whether the words were read, never what was found in them. A job's id leads back to a post, a
 * message or a report, and "member-in-crisis" beside it would say who was in pain to anyone who
 * can read Redis. What was found is in PostgreSQL, where moderators read it.
 */
export type StoredOutcome = 'classified' | 'already-classified' | 'superseded' | 'gone' | 'read' | 'already-read';
export type StoredBatchOutcome = Record<'classified' | 'already-classified' | 'superseded' | 'gone', number>;

const STORED: Record<ModerationOutcome | ReportNoteOutcome | WithheldWordsOutcome, StoredOutcome> = {
  classified: 'classified',
  'already-classified': 'already-classified',
  superseded: 'superseded',
  'superseded-crisis': 'superseded',
  gone: 'gone',
  'reporter-in-crisis': 'read',
  'nothing-for-the-reporter': 'read',
  'already-read': 'already-read',
  'member-in-crisis': 'read',
  'nothing-for-a-human': 'read',
};

/** How long a post's classification waits for the outside scorers at most. */
const PROVIDER_TIMEOUT_MS = 2_000;

interface ContentRow {
  id: string;
  body: string;
  version: number;
  /** An opening post's thread title and content warning (threadHeading): words a member wrote too. */
  title?: string | null;
  content_warning?: string | null;
}

/**
 * The opening post is read with its thread's title and content warning, which are classified with
 * it: crisis or harm in either alone is flagged (and the writer shown help) as it would be in the
 * body.
 */
const POST_WITH_HEADING = `SELECT p.id, p.body, p.version, heading.title, heading.content_warning
  FROM posts p JOIN threads t ON t.id = p.thread_id
  LEFT JOIN LATERAL (SELECT t.title, t.content_warning WHERE p.id = ${openingPostId('p.thread_id')}) heading ON true
 WHERE p.id = $1`;

/**
 * Spans found in `heading + body` as offsets into the body (moderators are shown the body's
 * words). The heading's own (title, content warning) are left out, or kept with negative offsets
 * (`'keep'`: a watched word's hit still names its pattern on the review item, with no span in the
 * body).
 */
function intoBody<Span extends { start: number; end: number }>(spans: readonly Span[], offset: number, headingSpans: 'drop' | 'keep' = 'drop'): Span[] {
  return spans.filter((span) => headingSpans === 'keep' || span.start >= offset).map((span) => ({ ...span, start: span.start - offset, end: span.end - offset }));
}

interface Judged {
  item: ModerationJob;
  result: Classification;
  decision: PolicyDecision;
  watchedHits: WatchedWordMatch[];
  /** The learned model's reading, when it finds a crisis the lexicon did not; its words are offsets into the body. */
  learned: LearnedCrisis | null;
}

/** The second opinion's reading of the part that gave it, and the words of that part that weighed most. */
export interface LearnedCrisis extends SecondOpinion {
  /** Which of the parts read gave the reading (for an opening post, 0 is its thread's heading). */
  readonly part: number;
  /** Offsets into that part (secondOpinionWords). */
  readonly words: readonly SecondOpinionWords[];
}

/**
 * The learned second opinion on words the lexicon did not read as crisis: kept when it reads one
 * (at T2: about 2% of everyday words held out in training; README "Classifier quality"). A thread's
 * heading and its opening post are read apart, as the model learned from texts said on their own:
 * a title before the words dilutes what they say.
 */
export function learnedCrisis(parts: readonly string[], result: Classification, threshold: number | null): LearnedCrisis | null {
  if (result.crisis || threshold === null) return null;
  let strongest: (SecondOpinion & { part: number }) | null = null;
  for (const [index, part] of parts.entries()) {
    // A word or three ("Goodbye!", "ok goodbye") says too little for a guess: the model scores
    // short texts high from little.
    if (wordCount(part) < SECOND_OPINION_MIN_WORDS) continue;
    const opinion = secondOpinion(part);
    if (opinion.score >= threshold && (!strongest || opinion.score > strongest.score)) strongest = { ...opinion, part: index };
  }
  // Only for words that go to a person: the moderators are shown what weighed most, as they are
  // shown the word lists' matches.
  return strongest && { ...strongest, words: secondOpinionWords(parts[strongest.part]) };
}

const SECOND_OPINION_MIN_WORDS = 4;
const WORDS = /[\p{L}\p{N}]+/gu;
function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** The score from which the second opinion sends words to a person, as SECOND_OPINION sets it; null when it is off. */
export function secondOpinionThreshold(setting: ServerEnv['SECOND_OPINION']): number | null {
  return setting === 'off' ? null : setting === 'strict' ? SECOND_OPINION_THRESHOLDS.T1 : SECOND_OPINION_THRESHOLDS.T2;
}

/**
 * Classifies a content version (`classify` jobs: a post; `classify-batch`: up to 50 chat
 * messages) and applies the policy: the result, the review item, a hold on severe harm and the
 * author's crisis notice are written in ONE transaction per flagged item. Idempotent: the
 * result row is unique per content version, so a job retried after a crash (or delivered twice)
 * finds it and writes nothing new.
 *
 * Crisis is not abuse: a crisis post is flagged for a human and its author is offered help; it
 * is never hidden (the policy guarantees it, and a test holds it to that).
 */
@Injectable()
export class ModerationProcessor {
  private readonly logger = new Logger(ModerationProcessor.name);

  /** Admins' watched words, reloaded at most every few seconds. */
  private readonly watchedWords: WatchedWordsCache;

  /** The second opinion's threshold (SECOND_OPINION); null when it is off. */
  private readonly secondOpinionFrom: number | null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(MODERATION_PROVIDERS) private readonly providers: ModerationProvider[] = [],
    @Inject(SERVER_ENV) env?: ServerEnv,
  ) {
    this.secondOpinionFrom = secondOpinionThreshold(env?.SECOND_OPINION ?? 'standard');
    this.watchedWords = new WatchedWordsCache(async () => {
      const rows: Array<{ id: string; pattern: string; action: WatchedWord['action']; replacement: string | null }> = await this.dataSource.query(
        `SELECT id, pattern, action, replacement FROM watched_words`,
      );
      return rows.map((row) => ({ id: row.id, pattern: row.pattern, action: row.action, replacement: row.replacement ?? undefined }));
    });
  }

  async process(job: Job<ModerationQueueJob>): Promise<StoredOutcome | StoredBatchOutcome> {
    if (job.name === 'classify-batch') return this.processBatch(job);
    return STORED[await this.processOne(job)];
  }

  private async processOne(job: Job<ModerationQueueJob>): Promise<ModerationOutcome | ReportNoteOutcome | WithheldWordsOutcome> {
    // A report's note rides this queue rather than one of its own: it needs what this worker
    // already has (the warmed classifier, the crisis notice the api delivers, its retries and
    // dead-letter list), reports are rare next to posts and messages, and it is idempotent too.
    if (job.name === 'report-note') {
      const note = reportNoteJobSchema.safeParse(job.data);
      if (!note.success) throw new UnrecoverableError(`moderation job ${job.id} has a malformed payload`);
      return checkReportNote(this.dataSource, note.data);
    }
    // Words a member could not post, read for crisis and deleted (withheld-words-checker), for the same reasons.
    if (job.name === 'withheld-words') {
      const withheld = withheldWordsJobSchema.safeParse(job.data);
      if (!withheld.success) throw new UnrecoverableError(`moderation job ${job.id} has a malformed payload`);
      const outcome = await checkWithheldWords(this.dataSource, withheld.data);
      if (outcome === 'member-in-crisis') this.logger.log({ jobId: job.id }, 'refused words spoke of crisis: the member is on the queue');
      return outcome;
    }
    const parsed = moderationJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`moderation job ${job.id} has a malformed payload`);
    const item = parsed.data;
    const table = CONTENT_TABLES[item.contentType];
    const rows: ContentRow[] = await this.dataSource.query(item.contentType === 'post' ? POST_WITH_HEADING : `SELECT id, body, version FROM ${table} WHERE id = $1`, [item.contentId]);
    if (rows.length === 0) return 'gone';
    if (rows[0].version !== item.version) return checkSupersededWords(this.dataSource, item);
    // CPU work outside the transaction: no row is locked while the classifier runs.
    return this.apply(await this.judge(item, rows[0]));
  }

  /**
   * A batch of chat messages: one read for all of them, one insert for every result that needs
   * nothing more, and the full transaction of `apply` for each one the policy flags. An item that
   * fails does not stop the others; the batch is then retried, and what was done is found done.
   */
  private async processBatch(job: Job<ModerationQueueJob>): Promise<StoredBatchOutcome> {
    const parsed = moderationBatchJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`moderation job ${job.id} has a malformed payload`);
    const counts: StoredBatchOutcome = { classified: 0, 'already-classified': 0, superseded: 0, gone: 0 };
    const failures: string[] = [];
    for (const contentType of Object.keys(CONTENT_TABLES) as Array<keyof typeof CONTENT_TABLES>) {
      const items = parsed.data.items.filter((item) => item.contentType === contentType);
      if (items.length === 0) continue;
      const rows: ContentRow[] = await this.dataSource.query(`SELECT id, body, version FROM ${CONTENT_TABLES[contentType]} WHERE id = ANY($1::uuid[])`, [
        items.map((item) => item.contentId),
      ]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const plain: Judged[] = [];
      for (const item of items) {
        const row = byId.get(item.contentId);
        if (!row) counts.gone += 1;
        else if (row.version !== item.version) {
          await checkSupersededWords(this.dataSource, item);
          counts.superseded += 1;
        }
        else {
          try {
            const judged = await this.judge(item, row);
            if (judged.decision.flag) counts[await this.apply(judged)] += 1;
            else plain.push(judged);
          } catch (error) {
            failures.push(`${item.contentId}: ${(error as Error).message}`);
          }
        }
      }
      if (plain.length) {
        // Results that flag nothing commit lazily (LAZY_COMMIT_FROM_ITEM): a crash could lose
        // them, and with them nothing but a metric's sample, since the message needed no action.
        // What was flagged is written by `apply`, durably.
        const inserted: Array<{ content_id: string }> = await this.dataSource.query(
          `INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, categories, scores)
           SELECT content_type, content_id, version, flagged, crisis, risk, categories, scores
             FROM jsonb_to_recordset($1::jsonb) AS r(content_type text, content_id uuid, version int, flagged boolean, crisis boolean, risk text, categories text[], scores jsonb),
                  ${LAZY_COMMIT_FROM_ITEM}
           ON CONFLICT ON CONSTRAINT moderation_results_content_version_key DO NOTHING RETURNING content_id`,
          [
            JSON.stringify(
              plain.map(({ item, result }) => ({
                content_type: item.contentType,
                content_id: item.contentId,
                version: item.version,
                flagged: result.flagged,
                crisis: result.crisis,
                risk: result.risk,
                categories: result.categories,
                scores: result.scores,
              })),
            ),
          ],
        );
        counts.classified += inserted.length;
        counts['already-classified'] += plain.length - inserted.length;
      }
    }
    if (failures.length) throw new Error(`${failures.length} of ${parsed.data.items.length} messages were not classified (${failures.slice(0, 3).join('; ')})`);
    return counts;
  }

  private async judge(item: ModerationJob, row: ContentRow): Promise<Judged> {
    const prefix = row.title ? `${threadHeading(row.title, row.content_warning)}\n\n` : '';
    const text = prefix + row.body;
    // Chat stays local: a room's words (a private one with a counsellor included) never leave for
    // an outside scorer, and a batch of messages never waits on one.
    const classified = item.contentType === 'post' ? await this.withOutsideScores(text, classify(text)) : classify(text);
    const result = prefix ? { ...classified, evidence: intoBody(classified.evidence, prefix.length) } : classified;
    const watched = (await this.watchedWords.current()).apply(text);
    const parts = prefix ? [prefix.trim(), row.body] : [row.body];
    const reading = this.secondOpinionOn(parts, result);
    // Moderators are shown the body's words: a reading of a thread's heading marks none of them.
    const learned = reading && { ...reading, words: reading.part === parts.length - 1 ? reading.words : [] };
    const decision = decide(result, { watchedWords: watched, secondOpinion: learned !== null });
    const watchedHits = intoBody(
      watched.matches.filter((match) => match.action === 'flag' || match.action === 'hold'),
      prefix.length,
      'keep',
    );
    return { item, result, decision, watchedHits, learned };
  }

  /**
   * The second opinion, never in the way of the word lists: were the model to fail (a damaged
   * model file), every message would fail its job and go to people as unread words; it is left
   * out instead, and said once.
   */
  private secondOpinionOn(parts: readonly string[], result: Classification): LearnedCrisis | null {
    try {
      return learnedCrisis(parts, result, this.secondOpinionFrom);
    } catch (error) {
      if (!this.secondOpinionFailed) this.logger.error({ error: (error as Error).message }, 'the learned second opinion failed; words go on without it');
      this.secondOpinionFailed = true;
      return null;
    }
  }

  private secondOpinionFailed = false;

  /**
   * The local classification, with what the outside scorers (Perspective, when configured) add:
   * they can raise a harm score or add a harm category, never take one away. A crisis is not sent
   * to them: its help must not wait on the network, and they may not add harm to it anyway. They
   * have PROVIDER_TIMEOUT_MS; one that fails or is late is logged (never the words) and the local
   * result stands.
   */
  private async withOutsideScores(text: string, local: Classification): Promise<Classification> {
    if (this.providers.length === 0 || local.crisis) return local;
    const { providers: outcomes, ...enriched } = await withProviders(text, local, this.providers, { timeoutMs: PROVIDER_TIMEOUT_MS });
    for (const outcome of outcomes) {
      if (outcome.status !== 'ok') this.logger.warn({ provider: outcome.provider, status: outcome.status, code: outcome.error?.code }, 'an outside scorer did not answer; the local classification stands');
    }
    return enriched;
  }

  /** The result, and for flagged content the review item, hold and crisis notice: one transaction. */
  private async apply({ item, result, decision, watchedHits, learned }: Judged): Promise<keyof StoredBatchOutcome> {
    const { contentType, contentId, version } = item;
    const table = CONTENT_TABLES[contentType];
    const insertResult = (runner: { query: DataSource['query'] }): Promise<unknown[]> =>
      runner.query(
        `INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, categories, scores)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT moderation_results_content_version_key DO NOTHING RETURNING id`,
        [contentType, contentId, version, result.flagged, result.crisis, result.risk, result.categories, result.scores],
      );
    // Nothing else to write: one statement, no transaction around it.
    if (!decision.flag) return (await insertResult(this.dataSource)).length ? 'classified' : 'already-classified';
    const outcome = await this.dataSource.transaction(async (manager): Promise<keyof StoredBatchOutcome> => {
      // The row again, locked against change until this commits: an edit or an account erasure
      // that committed since it was read is seen here (the erasure's author is gone, so no crisis
      // notice and no review item leads back to them), and one that starts now waits for this.
      const current = await lockCurrentVersion(manager, item);
      if (typeof current === 'string') return current;
      const { authorId } = current;
      if ((await insertResult(manager)).length === 0) return 'already-classified';
      const flagId = await recordFlag(manager, { contentType, contentId, version, authorId, result, decision });
      if (watchedHits.length) {
        await manager.query(
          `INSERT INTO flag_signals (flag_id, source, content_version, reason, evidence) VALUES ($1, 'watched_word', $2, $3, $4)`,
          [
            flagId,
            version,
            [...new Set(watchedHits.map((hit) => `${hit.action}: ${hit.pattern}`))].join('; '),
            JSON.stringify(watchedHits.filter((hit) => hit.start >= 0).map((hit) => ({ start: hit.start, end: hit.end, signal: 'watched_word', category: hit.action }))),
          ],
        );
      }
      if (learned) {
        // The score and the model that gave it, and where the words that weighed most stand, not
        // the words: the content row keeps the words.
        await manager.query(
          `INSERT INTO flag_signals (flag_id, source, content_version, reason, evidence) VALUES ($1, 'second_opinion', $2, $3, $4) ON CONFLICT DO NOTHING`,
          [
            flagId,
            version,
            `possible crisis the word lists missed: score ${learned.score.toFixed(2)}, ${learned.model}`,
            JSON.stringify(learned.words.map((words) => ({ start: words.start, end: words.end, signal: 'second_opinion', category: 'possible_crisis' }))),
          ],
        );
      }
      // Severe harm is hidden, and a held watched word keeps the content from others, until a moderator decides.
      if (decision.action === 'hide' || decision.action === 'hold') {
        await manager.query(`UPDATE ${table} SET status = 'hidden' WHERE id = $1 AND status = 'visible'`, [contentId]);
      }
      if (result.crisis && contentType === 'post') {
        // Everyone reading this thread now sees where to find help, under the posts.
        await manager.query(`UPDATE threads SET crisis_support = true WHERE id = (SELECT thread_id FROM posts WHERE id = $1) AND NOT crisis_support`, [contentId]);
      }
      if (decision.notifyAuthor && authorId) {
        if (await insertCrisisNotice(manager, { memberId: authorId, contentType, contentId, ...noticeOf(result.categories), risk: result.risk })) await tellCasesOfDanger(manager, authorId);
      }
      return 'classified';
    });
    if (outcome === 'classified' && decision.flag) {
      this.logger.log({ contentType, contentId, version, kind: decision.kind, risk: result.risk, action: decision.action, secondOpinion: learned !== null }, 'content flagged');
    }
    return outcome;
  }
}
