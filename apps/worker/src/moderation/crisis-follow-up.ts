import type { CrisisNoticeContentType } from '@lantern/contracts';
import { crisisNoticeColumns, openSupportRequest, returnedRows, tellCasesOfDanger, type SupportRequestReason } from '@lantern/db';
import { DUE_MINUTES, SUPPORT_REQUEST_PRIORITY, type NoticeConcern } from '@lantern/moderation';

export interface CrisisFollowUp {
  memberId: string;
  /** The words the notice is about (a notice always names some), and whom its panel speaks to (noticeOf). */
  notice: { contentType: CrisisNoticeContentType; contentId: string; concern: NoticeConcern; dangerBeside: boolean };
  risk: string;
  /** Why the member goes on top of the moderators' queue. */
  reason: SupportRequestReason;
}

/**
 * The columns a notice's concern is kept in: `for_other` (a worried friend), `danger` (danger from
 * someone else) and `danger_beside` (that danger told beside the member's own crisis). Answers
 * whether the notice, as kept, tells of danger: the caller then tells a crisis line that already has
 * the member's case (tellCasesOfDanger), last in its transaction (a moderator's hand-off holds the
 * review item, then the member's cases: taken the other way round, the two could deadlock).
 */
export async function insertCrisisNotice(
  manager: Parameters<typeof openSupportRequest>[0],
  notice: { memberId: string; contentType: CrisisNoticeContentType; contentId: string; concern: NoticeConcern; dangerBeside: boolean; risk: string },
  onConflict = `(content_type, content_id, member_id) WHERE closed_at IS NULL`,
): Promise<boolean> {
  const { for_other, danger, danger_beside } = crisisNoticeColumns(notice.concern, notice.dangerBeside);
  const [kept] = returnedRows<{ in_danger: boolean }>(
    await manager.query(
      // Already open for these words (an edit read again, a second withheld text). A notice for a
      // worried friend becomes the member's own when the words now tell of their own crisis or of
      // someone hurting them: what they need comes before how to help a friend. Danger told now on a
      // notice for their own crisis is kept beside it, so no line may call their phone; one for danger
      // already stays as it is. A change of concern is pushed to their open tabs (a trigger's NOTIFY).
      `INSERT INTO crisis_notices AS n (member_id, content_type, content_id, for_other, danger, danger_beside, risk) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ${onConflict} DO UPDATE SET
           for_other = n.for_other AND EXCLUDED.for_other,
           danger = CASE WHEN n.for_other AND NOT EXCLUDED.for_other THEN EXCLUDED.danger ELSE n.danger END,
           danger_beside = CASE WHEN n.for_other AND NOT EXCLUDED.for_other THEN EXCLUDED.danger_beside
                                ELSE n.danger_beside OR (NOT n.danger AND NOT n.for_other AND (EXCLUDED.danger OR EXCLUDED.danger_beside)) END,
           risk = CASE WHEN n.for_other AND NOT EXCLUDED.for_other THEN EXCLUDED.risk ELSE n.risk END
         RETURNING danger OR danger_beside AS in_danger`,
      [notice.memberId, notice.contentType, notice.contentId, for_other, danger, danger_beside, notice.risk],
    ),
  );
  return kept?.in_danger === true;
}

/**
 * Words of crisis the worker read outside the usual path (a report's note, words that could not be
 * posted, a post's version changed before it was read): in the caller's transaction, the member is
 * shown their lines (a crisis notice every api node pushes live as `crisis:resources`; one open per
 * content and member, or per member for withheld words, whose ids name a moment) and put on top of
 * the moderators' queue as a member item, due as the words' risk says.
 */
export async function followUpCrisis(manager: Parameters<typeof openSupportRequest>[0], input: CrisisFollowUp): Promise<void> {
  const once = input.notice.contentType === 'withheld_words' ? `(member_id) WHERE content_type = 'withheld_words' AND closed_at IS NULL` : `(content_type, content_id, member_id) WHERE closed_at IS NULL`;
  const told = await insertCrisisNotice(manager, { memberId: input.memberId, ...input.notice, risk: input.risk }, once);
  const dueMinutes = input.risk === 'imminent' ? DUE_MINUTES.imminent : DUE_MINUTES.high;
  const inDanger = input.notice.concern === 'danger' || input.notice.dangerBeside;
  await openSupportRequest(manager, {
    memberId: input.memberId,
    reason: input.reason,
    priority: SUPPORT_REQUEST_PRIORITY,
    due: new Date(Date.now() + dueMinutes * 60_000),
    categories: inDanger ? ['danger_from_other'] : [],
  });
  if (told) await tellCasesOfDanger(manager, input.memberId);
}
