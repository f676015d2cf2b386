import { OUTBOX_TOPICS, type PartnerDeliveryJob } from '@lantern/contracts';
import type { EntityManager } from 'typeorm';
import { returnedRows } from './data-source';

/**
 * The steps on a case's timeline that change how a crisis line should reach the member, each sent
 * as `escalation.contact_updated` (its n counts them): a new number, the other channel, and the
 * member's words telling, after the hand-off, of someone hurting or threatening them.
 */
export const CONTACT_CHANGE_STEPS = ['contact_updated', 'channel_updated', 'danger_told'] as const;
export type ContactChangeStep = (typeof CONTACT_CHANGE_STEPS)[number];
/** CONTACT_CHANGE_STEPS as an SQL list, for `status IN ${CONTACT_CHANGE_STEPS_SQL}`. */
export const CONTACT_CHANGE_STEPS_SQL = `(${CONTACT_CHANGE_STEPS.map((step) => `'${step}'`).join(', ')})`;

/** What the case's timeline says when the line is told of danger after the hand-off. */
export const DANGER_TOLD_NOTE =
  "The member's words since the hand-off tell of someone hurting or threatening them: ask first whether it is safe to talk, and leave no voicemail or message.";

/**
 * A contact change on the case's timeline, in the caller's transaction. Answers how many the case
 * has had, counting this one: the n of its delivery and idempotency key (`<id>:contact:<n>`).
 */
export async function recordContactStep(manager: Pick<EntityManager, 'query'>, escalationId: string, status: ContactChangeStep, note: string): Promise<number> {
  const [step] = returnedRows<{ changes: number }>(
    await manager.query(
      // No actor on the timeline: the audit row names the member, and an erasure of the account leaves no step leading to it.
      // Stamped by the clock, not the transaction's start: changes are numbered in the order they
      // take the case's row lock, and `updatedAt` (their latest) must move on with them.
      `WITH step AS (INSERT INTO escalation_events (escalation_id, status, note, at) VALUES ($1, $2, $3, clock_timestamp()) RETURNING escalation_id)
       SELECT 1 + (SELECT count(*)::int FROM escalation_events WHERE escalation_id = $1 AND status IN ${CONTACT_CHANGE_STEPS_SQL}) AS changes FROM step`,
      [escalationId, status, note],
    ),
  );
  return step.changes;
}

/**
 * The member's words now tell of someone hurting or threatening them, and a crisis line may already
 * have their case (with a number to call, or a chat someone may be reading over their shoulder).
 * Each open case of theirs not told yet is marked (`danger_told_at`), the step goes on its timeline,
 * and its line is sent the case's contact as it is now, with `dangerFromOther` (through the outbox,
 * in the caller's transaction: the notice and the telling commit together). The member's choice of
 * channel stays theirs: their panel offers the move to the private chat. Answers the cases told.
 */
export async function tellCasesOfDanger(manager: Pick<EntityManager, 'query'>, memberId: string): Promise<string[]> {
  const told = returnedRows<{ id: string }>(
    await manager.query(`UPDATE escalations SET danger_told_at = now(), updated_at = now() WHERE member_id = $1 AND status <> 'closed' AND danger_told_at IS NULL RETURNING id`, [memberId]),
  );
  for (const { id } of told) {
    const delivery = await recordContactStep(manager, id, 'danger_told', DANGER_TOLD_NOTE);
    const job: PartnerDeliveryJob = { escalationId: id, delivery, event: 'escalation.contact_updated' };
    await manager.query(`INSERT INTO outbox_events (topic, payload) VALUES ($1, $2)`, [OUTBOX_TOPICS.partnerDelivery, job]);
  }
  return told.map((row) => row.id);
}
