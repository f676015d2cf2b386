import type { EntityManager } from 'typeorm';
import { openFlagFor } from './open-flag';

/**
 * Why a member is on top of the moderators' queue: they asked to talk now, asked for a crisis
 * counsellor, a hand-off to a crisis line they were promised could not be delivered, or they wrote
 * in a report's note that they are in crisis themself (`crisis_in_report_note`, by the worker), or
 * wrote words of crisis that could not be posted (`crisis_in_withheld_words`, by the worker), or
 * changed a post's words of crisis before they were read (`crisis_in_edited_words`, by the worker).
 */
export type SupportRequestReason =
  | 'talk_to_moderator'
  | 'outreach_requested'
  | 'partner_delivery_failed'
  | 'crisis_in_report_note'
  | 'crisis_in_withheld_words'
  | 'crisis_in_edited_words';

export interface SupportRequestInput {
  memberId: string;
  reason: SupportRequestReason;
  priority: number;
  due: Date;
  /**
   * What the member's words were read as, for the moderator: `danger_from_other` when someone may
   * be hurting them (the item then says how to reply, and that no line may call their phone).
   */
  categories?: readonly string[];
}

/**
 * Puts the member on top of the queue in the caller's transaction: one open review item about the
 * member however often it happens (a second request raises the item's priority and brings its due
 * time forward), with a signal saying why. Used by the api (the member's own requests) and the
 * worker (a failed hand-off). Insert-or-find in one step, so two at once still make one item.
 */
export async function openSupportRequest(manager: EntityManager, input: SupportRequestInput): Promise<{ flagId: string }> {
  const { flagId, created } = await openFlagFor(
    manager,
    { type: 'member', id: input.memberId },
    {
      sql: `INSERT INTO flags (content_type, content_id, author_id, kind, priority, risk, due_at) VALUES ('member', $1, $1, 'crisis', $2, 'imminent', $3)
            ON CONFLICT (content_type, content_id) WHERE status <> 'resolved' DO NOTHING RETURNING id`,
      parameters: [input.memberId, input.priority, input.due],
    },
  );
  if (!created) {
    await manager.query(`UPDATE flags SET priority = GREATEST(priority, $2), due_at = LEAST(due_at, $3), version = version + 1, updated_at = now() WHERE id = $1`, [
      flagId,
      input.priority,
      input.due,
    ]);
  }
  const categories = [...(input.categories ?? [])];
  if (categories.length > 0) {
    await manager.query(`UPDATE flags SET categories = ARRAY(SELECT DISTINCT c FROM unnest(categories || $2::text[]) AS c ORDER BY c) WHERE id = $1`, [flagId, categories]);
  }
  await manager.query(`INSERT INTO flag_signals (flag_id, source, reason, categories) VALUES ($1, 'support_request', $2, $3::text[])`, [flagId, input.reason, categories]);
  return { flagId };
}
