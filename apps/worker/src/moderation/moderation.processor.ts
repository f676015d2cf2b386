import { Inject, Injectable, Logger } from '@nestjs/common';
import { moderationJobSchema, type ModerationJob } from '@lantern/contracts';
import { classify } from '@lantern/moderation';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../infra/worker-infra.module';

export type ModerationOutcome = 'classified' | 'already-classified' | 'superseded' | 'gone';

/**
 * Classifies one content version and stores the result. Idempotent: the result row is unique per
 * content version, so a job retried after a crash (or delivered twice) writes nothing new.
 */
@Injectable()
export class ModerationProcessor {
  private readonly logger = new Logger(ModerationProcessor.name);

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async process(job: Job<ModerationJob>): Promise<ModerationOutcome> {
    const parsed = moderationJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`moderation job ${job.id} has a malformed payload`);
    const { contentType, contentId, version } = parsed.data;
    if (contentType !== 'post') throw new UnrecoverableError(`content type ${contentType} is not moderated yet`);

    const rows: Array<{ body: string; version: number }> = await this.dataSource.query(`SELECT body, version FROM posts WHERE id = $1`, [contentId]);
    if (rows.length === 0) return 'gone';
    if (rows[0].version !== version) return 'superseded';

    const result = classify(rows[0].body);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, categories, scores)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT moderation_results_content_version_key DO NOTHING RETURNING id`,
      [contentType, contentId, version, result.flagged, result.crisis, result.risk, result.categories, result.scores],
    );
    if (inserted.length === 0) return 'already-classified';
    if (result.flagged) this.logger.log({ contentType, contentId, version, risk: result.risk, categories: result.categories }, 'content flagged');
    return 'classified';
  }
}
