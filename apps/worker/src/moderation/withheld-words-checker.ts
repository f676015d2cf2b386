import type { WithheldWordsJob } from '@lantern/contracts';
import { holdNamedMembers, returnedRows } from '@lantern/db';
import { classify, noticeOf } from '@lantern/moderation';
import type { DataSource } from 'typeorm';
import { followUpCrisis } from './crisis-follow-up';

export type WithheldWordsOutcome = 'member-in-crisis' | 'nothing-for-a-human' | 'gone';

/**
 * Reads words a member could not post (paused by a moderator, a blocked watched word, or too quick) for
 * crisis, and deletes them, whatever they say: they were never posted, and are kept no longer
 * than this. When they speak of crisis (the writer's own, or worry about someone else), the
 * member goes on top of the moderators' queue as a member item (reason `crisis_in_withheld_words`),
 * so a pause set for something else never leaves someone in pain with nobody told. The item does
 * not carry the words; the moderator reaches out to the member. The member gets the lines at once
 * too: a crisis notice (content type `withheld_words`) that every api node pushes to their sockets
 * as `crisis:resources`, as for words they posted. One such notice is open per member at a time:
 * words refused again while they have not closed it add no second panel.
 *
 * Idempotent: the row is deleted in the transaction that opens the item, so a job run again
 * finds nothing and writes nothing.
 */
export async function checkWithheldWords(dataSource: DataSource, job: WithheldWordsJob): Promise<WithheldWordsOutcome> {
  const [read]: Array<{ body: string }> = await dataSource.query(`SELECT body FROM withheld_words WHERE id = $1`, [job.withheldId]);
  if (!read) return 'gone';
  // CPU work outside the transaction: no row is locked while the classifier runs.
  const result = classify(read.body);
  return dataSource.transaction(async (manager): Promise<WithheldWordsOutcome> => {
    // The member's account first, as every write naming a member does: an erasure under way
    // (which deletes their withheld words) finishes first, and this then finds nothing.
    const live = await holdNamedMembers(manager, { sql: `SELECT member_id FROM withheld_words WHERE id = $1`, parameters: [job.withheldId] });
    const [gone] = returnedRows<{ member_id: string }>(await manager.query(`DELETE FROM withheld_words WHERE id = $1 RETURNING member_id`, [job.withheldId]));
    if (!gone || !live.has(gone.member_id)) return 'gone';
    if (!result.crisis) return 'nothing-for-a-human';
    await followUpCrisis(manager, {
      memberId: gone.member_id,
      notice: { contentType: 'withheld_words', contentId: job.withheldId, ...noticeOf(result.categories) },
      risk: result.risk,
      reason: 'crisis_in_withheld_words',
    });
    return 'member-in-crisis';
  });
}
