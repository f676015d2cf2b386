import { Injectable } from '@nestjs/common';
import { moderationJobSchema, OUTBOX_TOPICS, reportNoteJobSchema, withheldWordsJobSchema, type ModerationJob, type PartnerDeliveryJob, type ReportNoteJob, type WithheldWordsJob } from '@lantern/contracts';
import type { EntityManager } from 'typeorm';

export const MODERATION_TOPIC = OUTBOX_TOPICS.moderation;
export const PARTNER_DELIVERY_TOPIC = OUTBOX_TOPICS.partnerDelivery;
/** A report's note to read for the reporter's own crisis: relayed as a `report-note` job on the moderation queue. */
export const REPORT_NOTE_TOPIC = OUTBOX_TOPICS.reportNote;
/** Words a member could not post, to read for crisis: relayed as a `withheld-words` job on the moderation queue. */
export const WITHHELD_WORDS_TOPIC = OUTBOX_TOPICS.withheldWords;

/**
 * Writes the outbox row inside the caller's transaction, so content and its moderation job
 * commit together or not at all.
 */
@Injectable()
export class OutboxService {
  async recordModeration(manager: EntityManager, job: ModerationJob): Promise<void> {
    const payload = moderationJobSchema.parse(job);
    await insertEvent(manager, MODERATION_TOPIC, payload);
  }

  /** A partner webhook delivery, sent by the worker once this transaction commits. */
  async recordPartnerDelivery(manager: EntityManager, job: PartnerDeliveryJob): Promise<void> {
    await insertEvent(manager, PARTNER_DELIVERY_TOPIC, job);
  }

  /**
   * A report's note for the worker to read (never here: the api does not classify in the request
   * path), in the transaction that stored the note. Ids only; the job reads the note by them.
   */
  async recordReportNote(manager: EntityManager, job: ReportNoteJob): Promise<void> {
    const payload = reportNoteJobSchema.parse(job);
    await insertEvent(manager, REPORT_NOTE_TOPIC, payload);
  }

  /** Refused words for the worker to read for crisis (WithheldWordsService), in the transaction that kept them. The id only. */
  async recordWithheldWords(manager: EntityManager, job: WithheldWordsJob): Promise<void> {
    const payload = withheldWordsJobSchema.parse(job);
    await insertEvent(manager, WITHHELD_WORDS_TOPIC, payload);
  }

  /**
   * The outbox row as parameters, for a caller that writes content and outbox in one statement
   * (a data-modifying CTE is atomic without a transaction around it).
   */
  moderationRow(job: ModerationJob): [topic: string, payload: string] {
    return [MODERATION_TOPIC, JSON.stringify(moderationJobSchema.parse(job))];
  }
}

/** One outbox row, in the caller's transaction. */
async function insertEvent(manager: EntityManager, topic: string, payload: unknown): Promise<void> {
  await manager.query(`INSERT INTO outbox_events (topic, payload) VALUES ($1, $2)`, [topic, payload]);
}
