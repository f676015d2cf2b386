import type { ModerationJob } from '@lantern/contracts';
import { holdNamedMembers } from '@lantern/db';
import { classify, noticeOf } from '@lantern/moderation';
import type { DataSource } from 'typeorm';
import { followUpCrisis } from './crisis-follow-up';

export type SupersededOutcome = 'superseded' | 'superseded-crisis';

/**
 * A post its writer changed before the worker read the version a job names (the queue was behind):
 * that version was on the page meanwhile, and its words are still in `post_revisions`. They are
 * read for crisis: "I am going to end it tonight" edited to "ignore me" is someone in pain who took
 * it back, not someone safe. Then the writer is shown their lines (a crisis notice on the post) and
 * goes on top of the moderators' queue as a member item (reason `crisis_in_edited_words`), as words
 * they could not post do. Anything else in an old version is left alone: the current one is read
 * by its own job.
 *
 * Idempotent: the old version's result is stored in the transaction that opens the item, so a job
 * run again finds it and writes nothing more.
 */
export async function checkSupersededWords(dataSource: DataSource, item: ModerationJob): Promise<SupersededOutcome> {
  if (item.contentType !== 'post') return 'superseded';
  const [revision]: Array<{ body: string }> = await dataSource.query(`SELECT body FROM post_revisions WHERE post_id = $1 AND version = $2`, [item.contentId, item.version]);
  if (!revision) return 'superseded';
  // CPU work outside the transaction: no row is locked while the classifier runs.
  const result = classify(revision.body);
  if (!result.crisis) return 'superseded';
  return dataSource.transaction(async (manager): Promise<SupersededOutcome> => {
    // The writer's account first: an erasure under way finishes first, and this then finds nobody.
    const [writer] = await holdNamedMembers(manager, { sql: `SELECT author_id FROM posts WHERE id = $1`, parameters: [item.contentId] });
    if (!writer) return 'superseded';
    const stored: unknown[] = await manager.query(
      `INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, categories, scores)
       VALUES ('post', $1, $2, true, true, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT moderation_results_content_version_key DO NOTHING RETURNING id`,
      [item.contentId, item.version, result.risk, result.categories, result.scores],
    );
    if (stored.length === 0) return 'superseded';
    await followUpCrisis(manager, {
      memberId: writer,
      notice: { contentType: 'post', contentId: item.contentId, ...noticeOf(result.categories) },
      risk: result.risk,
      reason: 'crisis_in_edited_words',
    });
    return 'superseded-crisis';
  });
}
