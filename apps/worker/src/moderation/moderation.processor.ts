import { Inject, Injectable, Logger } from '@nestjs/common';
import { moderationJobSchema, type ModerationJob } from '@lantern/contracts';
import { CRISIS_CATEGORIES, classify, decide, WatchedWordsCache, type WatchedWord } from '@lantern/moderation';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../infra/worker-infra.module';
import { recordFlag } from './flag-writer';

/** Where each kind of content lives; both tables have body, version, author_id and status. */
const CONTENT_TABLES = { post: 'posts', message: 'messages' } as const;

export type ModerationOutcome = 'classified' | 'already-classified' | 'superseded' | 'gone';

/**
 * Classifies one content version and applies the policy: the result, the review item, a hold on
 * severe harm and the author's crisis notice are written in ONE transaction. Idempotent: the
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

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.watchedWords = new WatchedWordsCache(async () => {
      const rows: Array<{ id: string; pattern: string; action: WatchedWord['action']; replacement: string | null }> = await this.dataSource.query(
        `SELECT id, pattern, action, replacement FROM watched_words`,
      );
      return rows.map((row) => ({ id: row.id, pattern: row.pattern, action: row.action, replacement: row.replacement ?? undefined }));
    });
  }

  async process(job: Job<ModerationJob>): Promise<ModerationOutcome> {
    const parsed = moderationJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`moderation job ${job.id} has a malformed payload`);
    const { contentType, contentId, version } = parsed.data;
    const table = CONTENT_TABLES[contentType];

    const rows: Array<{ body: string; version: number; author_id: string | null }> = await this.dataSource.query(
      `SELECT body, version, author_id FROM ${table} WHERE id = $1`,
      [contentId],
    );
    if (rows.length === 0) return 'gone';
    if (rows[0].version !== version) return 'superseded';

    // CPU work outside the transaction: no row is locked while the classifier runs.
    const result = classify(rows[0].body);
    const watched = (await this.watchedWords.current()).apply(rows[0].body);
    const decision = decide(result, { watchedWords: watched });
    const watchedHits = watched.matches.filter((match) => match.action === 'flag' || match.action === 'hold');
    const authorId = rows[0].author_id;
    const outcome = await this.dataSource.transaction(async (manager): Promise<ModerationOutcome> => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, categories, scores)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT moderation_results_content_version_key DO NOTHING RETURNING id`,
        [contentType, contentId, version, result.flagged, result.crisis, result.risk, result.categories, result.scores],
      );
      if (inserted.length === 0) return 'already-classified';
      if (!decision.flag) return 'classified';
      const flagId = await recordFlag(manager, { contentType, contentId, version, authorId, result, decision });
      if (watchedHits.length) {
        await manager.query(
          `INSERT INTO flag_signals (flag_id, source, content_version, reason, evidence) VALUES ($1, 'watched_word', $2, $3, $4)`,
          [
            flagId,
            version,
            [...new Set(watchedHits.map((hit) => `${hit.action}: ${hit.pattern}`))].join('; '),
            JSON.stringify(watchedHits.map((hit) => ({ start: hit.start, end: hit.end, signal: 'watched_word', category: hit.action }))),
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
        const forOther = result.categories.includes('concern_for_other') && !result.categories.some((c) => c !== 'concern_for_other' && isSelfCrisis(c));
        await manager.query(
          `INSERT INTO crisis_notices (member_id, content_type, content_id, for_other, risk) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT ON CONSTRAINT crisis_notices_once DO NOTHING`,
          [authorId, contentType, contentId, forOther, result.risk],
        );
      }
      return 'classified';
    });
    if (outcome === 'classified' && decision.flag) {
      this.logger.log({ contentType, contentId, version, kind: decision.kind, risk: result.risk, action: decision.action }, 'content flagged');
    }
    return outcome;
  }
}

/** Crisis categories that describe the writer themself (everything but concern for someone else). */
function isSelfCrisis(category: string): boolean {
  return (CRISIS_CATEGORIES as readonly string[]).includes(category);
}
