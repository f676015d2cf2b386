import { z } from 'zod';

/** Content a member wrote that the moderation worker reads. */
export const contentTypeSchema = z.enum(['post', 'message']);
export type ContentType = z.infer<typeof contentTypeSchema>;

/**
 * A moderation job names the content and the version to classify. It never carries the text:
 * BullMQ keeps job data in clear in Redis, and PostgreSQL is the only place members' words live.
 */
export const moderationJobSchema = z.object({
  contentType: contentTypeSchema,
  contentId: z.uuid(),
  version: z.number().int().positive(),
});
export type ModerationJob = z.infer<typeof moderationJobSchema>;

/** Same content and version collapse into one job, so a re-relayed outbox row is harmless. */
export function moderationJobId(job: ModerationJob): string {
  return `${job.contentType}-${job.contentId}-v${job.version}`;
}

/** The most chat messages one batch job carries. */
export const MODERATION_BATCH_MAX = 50;

/**
 * Chat messages are classified in batches: a room at full pace writes hundreds a second, and a
 * job each cost more (Redis round trips, a transaction each) than classifying them. Ids only, as
 * above. Each item is still classified once per version; a re-sent batch finds its results.
 */
export const moderationBatchJobSchema = z.object({
  items: z.array(moderationJobSchema).min(1).max(MODERATION_BATCH_MAX),
});
export type ModerationBatchJob = z.infer<typeof moderationBatchJobSchema>;

/**
 * A `report-note` job: a report whose note the worker reads to see whether the REPORTER says they
 * are in crisis themself ("I feel the same and want to die"); if so they are shown their crisis
 * lines and put on the moderators' queue (support request reason `crisis_in_report_note`). Ids
 * only, as above: the note stays in PostgreSQL. `reportKind` names the table (post_reports or
 * message_reports).
 */
export const reportNoteJobSchema = z.object({
  reportKind: contentTypeSchema,
  reportId: z.uuid(),
});
export type ReportNoteJob = z.infer<typeof reportNoteJobSchema>;

/**
 * A `withheld-words` job: words a member could not post (a moderator paused them, or a blocked
 * watched word), which the worker reads for crisis and then deletes; in crisis, the member is put
 * on the moderators' queue (support request reason `crisis_in_withheld_words`). The id only.
 */
export const withheldWordsJobSchema = z.object({ withheldId: z.uuid() });
export type WithheldWordsJob = z.infer<typeof withheldWordsJobSchema>;

/** What the moderation queue holds: `classify` jobs carry one item, `classify-batch` jobs several, `report-note` jobs a report, `withheld-words` jobs words not posted. */
export type ModerationQueueJob = ModerationJob | ModerationBatchJob | ReportNoteJob | WithheldWordsJob;

/**
 * Outbox topics (`outbox_events.topic`): the api writes a row in the transaction that stores the
 * words, relays it to the queue, and deletes it. The worker reads them too, to tell words whose
 * job is still on its way from words whose job was lost.
 */
export const OUTBOX_TOPICS = {
  moderation: 'moderation.classify',
  partnerDelivery: 'partner.deliver',
  reportNote: 'report-note',
  withheldWords: 'withheld-words',
} as const;

export const QUEUE_NAMES = { moderation: 'moderation', partnerWebhooks: 'partner-webhooks' } as const;

/** A webhook delivery: the escalation and which delivery this is (an admin's re-delivery is a new one). */
export interface PartnerDeliveryJob {
  escalationId: string;
  delivery: number;
  /**
   * Left out for the case itself (`escalation.created`); set for the member's withdrawal of it, or
   * a new number they gave for it (then `delivery` counts their changes of number: 1, 2, …).
   */
  event?: 'escalation.withdrawn' | 'escalation.contact_updated';
}

/** The BullMQ job id of a delivery: a relay's retry collapses, an admin's re-delivery, a withdrawal and each change of number are new. */
export function partnerDeliveryJobId(job: PartnerDeliveryJob): string {
  if (job.event === 'escalation.withdrawn') return `${job.escalationId}-withdrawn`;
  if (job.event === 'escalation.contact_updated') return `${job.escalationId}-contact-${job.delivery}`;
  return `${job.escalationId}-d${job.delivery}`;
}
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
