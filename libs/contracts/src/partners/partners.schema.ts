import { z } from 'zod';
import { seenVersionSchema } from '../common/version.schema';
import { isoTimestampSchema } from '../common/timestamp.schema';
import { normaliseRegionCode } from '../common/region-code';

export const ESCALATION_STATUSES = ['created', 'delivered', 'acknowledged', 'in_contact', 'closed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export const ESCALATION_BASES = ['member_consent', 'imminent_risk'] as const;
export type EscalationBasis = (typeof ESCALATION_BASES)[number];
export const OUTREACH_CHANNELS = ['in_app', 'phone'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

/** Webhook headers partners verify; README documents them with a verification snippet. */
export const WEBHOOK_HEADERS = {
  signature: 'X-Lantern-Signature',
  idempotencyKey: 'X-Lantern-Idempotency-Key',
  event: 'X-Lantern-Event',
} as const;

/**
 * Where a member's request for a counsellor stands, in their terms: a moderator has it
 * (`received`), it went to a crisis line (`sent`), reaching the line is taking longer than it
 * should (`delayed`: every delivery failed, a moderator is on it), a counsellor took it
 * (`with_counsellor`), or it is `closed`; or the member took it back (`withdrawn`, `DELETE /me/outreach`).
 */
export const OUTREACH_PROGRESS = ['received', 'sent', 'delayed', 'with_counsellor', 'closed', 'withdrawn'] as const;
export type OutreachProgress = (typeof OUTREACH_PROGRESS)[number];

/** `GET /me/outreach`: the member's newest request, or null. `room` is their private chat (in-app channel). */
export const outreachStatusSchema = z.object({
  channel: z.enum(OUTREACH_CHANNELS),
  progress: z.enum(OUTREACH_PROGRESS),
  room: z.string().nullable(),
  askedAt: isoTimestampSchema,
  /**
   * After a withdrawal: a hand-off a moderator made for the member's safety without their consent
   * (imminent risk) is still open. It was not theirs to withdraw, and they are told so.
   */
  handoffStands: z.boolean(),
});
export type OutreachStatus = z.infer<typeof outreachStatusSchema>;

/** `GET /me/outreach`: the newest request, or null when the member has made none. */
export const outreachAnswerSchema = z.object({ request: outreachStatusSchema.nullable() });

/**
 * `POST /me/outreach`: the request and the review item that puts it in front of a moderator.
 * `phoneUpdated`: this request gave a new number for the member's open phone request or case, which
 * now has it. `channelUpdated`: it switched the open request or case to the other channel (a call,
 * with the number given; or messages here, the number erased). Either way a crisis line that already
 * has the case is sent the change as `escalation.contact_updated`.
 */
export const outreachReceiptSchema = z.object({ outreachId: z.uuid(), flagId: z.uuid(), phoneUpdated: z.boolean(), channelUpdated: z.boolean() });
export type OutreachReceipt = z.infer<typeof outreachReceiptSchema>;

/** A member asks a crisis counsellor to reach out: in the app, or once by phone. */
export const outreachRequestSchema = z
  .strictObject({
    channel: z.enum(OUTREACH_CHANNELS, { error: 'channel is in_app or phone.' }),
    phone: z
      .string({ error: 'The phone number must be text.' })
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{5,22}[0-9]$/, { error: 'That does not look like a phone number; include the country code, for example +1 555 010 0199.' })
      .optional(),
  })
  .superRefine((value, context) => {
    if (value.channel === 'phone' && !value.phone) context.addIssue({ code: 'custom', path: ['phone'], message: 'Type the number the counsellor should call.' });
    if (value.channel === 'in_app' && value.phone) context.addIssue({ code: 'custom', path: ['phone'], message: 'A phone number is only for the phone channel.' });
  });
export type OutreachRequest = z.infer<typeof outreachRequestSchema>;

/** What a partner may record on an escalation it received. */
export const partnerUpdateSchema = z
  .strictObject({
    status: z.enum(['acknowledged', 'in_contact', 'closed'], { error: 'status is acknowledged, in_contact or closed.' }),
    outcome: z.string({ error: 'The outcome must be text.' }).trim().min(1).max(1_000, { error: 'The outcome can be at most 1,000 characters.' }).optional(),
  })
  .superRefine((value, context) => {
    if (value.status === 'closed' && !value.outcome) context.addIssue({ code: 'custom', path: ['outcome'], message: 'Say how it ended when closing.' });
  });
export type PartnerUpdate = z.infer<typeof partnerUpdateSchema>;

const partnerText = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, { error: `${what} cannot be empty.` })
    .max(1_000, { error: `${what} can be at most 1,000 characters.` });

/** `POST /partner/escalations/:id/outcome`: how it ended, closing the escalation; `note` goes on its timeline. */
export const partnerOutcomeSchema = z.strictObject({
  outcome: partnerText('The outcome'),
  note: partnerText('The note').optional(),
});
export type PartnerOutcome = z.infer<typeof partnerOutcomeSchema>;

/**
 * `POST /escalations`: a moderator hands a review item's member to a crisis line, as the
 * item's `escalate` action does (and resolving the item). Without the member's consent only for
 * imminent risk, with the reason in `note`.
 */
export const createEscalationSchema = z
  .strictObject({
    flagId: z.uuid({ error: 'flagId must be a review item id.' }),
    partnerId: z.uuid({ error: 'partnerId must be a partner id.' }),
    basis: z.enum(ESCALATION_BASES, { error: 'basis is member_consent or imminent_risk.' }),
    note: z.string({ error: 'The note must be text.' }).trim().min(1, { error: 'The note cannot be empty.' }).max(2_000, { error: 'The note can be at most 2,000 characters.' }).optional(),
    /** What the partner reads of the member's words (up to 500 characters are sent); none when left out. */
    excerpt: z.string({ error: 'The excerpt must be text.' }).trim().min(1, { error: 'The excerpt cannot be empty.' }).max(500, { error: 'The excerpt can be at most 500 characters.' }).optional(),
    /** The item version the moderator saw; a stale one is refused. */
    version: seenVersionSchema.optional(),
  })
  .superRefine((value, context) => {
    if (value.basis === 'imminent_risk' && !value.note) context.addIssue({ code: 'custom', path: ['note'], message: 'Escalating without consent needs your written reason.' });
  });
export type CreateEscalationRequest = z.infer<typeof createEscalationSchema>;

/** The minimum a partner needs; nothing that identifies the member beyond what they chose to share. */
export const escalationPayloadSchema = z.object({
  risk: z.string(),
  region: z.string(),
  language: z.string(),
  excerpt: z.string().nullable(),
  /** How to reach the member now: it follows their switch between a call and messages while the case is open. */
  channel: z.enum(OUTREACH_CHANNELS),
});
export type EscalationPayload = z.infer<typeof escalationPayloadSchema>;

/** Each step of an escalation, oldest first: created, delivered, acknowledged, … and admins' re-deliveries. */
export const escalationTimelineSchema = z.array(z.object({ status: z.string(), at: isoTimestampSchema, note: z.string().nullable() }));

export const escalationSchema = z.object({
  id: z.uuid(),
  partnerId: z.uuid(),
  basis: z.enum(ESCALATION_BASES),
  status: z.enum(ESCALATION_STATUSES),
  payload: escalationPayloadSchema,
  outcome: z.string().nullable(),
  /** In-app channel: the private room the counsellor and the member share. */
  room: z.string().nullable(),
  createdAt: isoTimestampSchema,
  /** Every delivery attempt failed and nothing has reached the partner since (an admin's re-delivery clears it while it runs). */
  deliveryFailed: z.boolean(),
  timeline: escalationTimelineSchema,
  /** When the member withdrew their consent (the case is closed then, without their words); null otherwise. */
  withdrawnAt: isoTimestampSchema.nullable(),
  /**
   * The member's words tell of someone hurting or threatening them (at the hand-off, or told since):
   * their phone, or the screen of the private chat, may be seen or answered by that person. Ask first
   * whether it is safe to talk; leave no voicemail or message. Kept once told.
   */
  dangerFromOther: z.boolean(),
  /**
   * The number to call (phone channel) while the case is open: the member's current one, so a
   * number they changed after the hand-off is the one shown. Null once closed, and for in-app chat
   * (a member who switched to messages had it deleted); `payload.channel` is how to reach them now.
   */
  phone: z.string().nullable(),
});
export type Escalation = z.infer<typeof escalationSchema>;

/**
 * `GET /admin/escalations`: an escalation with the moderator's written reason (for one made without
 * consent) and the crisis line it went to. Never the member's number: it is for the line that calls.
 */
export const adminEscalationSchema = escalationSchema.omit({ phone: true }).extend({ reason: z.string().nullable(), partnerName: z.string() });
export type AdminEscalation = z.infer<typeof adminEscalationSchema>;

/** `POST /admin/escalations/:id/redeliver`: a new delivery is queued. */
export const redeliveryReceiptSchema = z.object({ queued: z.literal(true) });

/** The JSON body of the webhook. */
export interface EscalationWebhook {
  event: 'escalation.created';
  escalationId: string;
  basis: EscalationBasis;
  payload: EscalationPayload;
  /** Only for the phone channel, and only in this delivery. */
  phone: string | null;
  /** Someone may be hurting or threatening the member: ask first whether it is safe to talk (Escalation.dangerFromOther). */
  dangerFromOther: boolean;
  createdAt: string;
}

/**
 * The JSON body of the webhook that tells a partner the member withdrew their consent: the case is
 * closed, its number deleted. Signed as the first; its idempotency key is `<escalation id>:withdrawn`.
 */
export interface EscalationWithdrawnWebhook {
  event: 'escalation.withdrawn';
  escalationId: string;
  withdrawnAt: string;
}

/**
 * The JSON body of the webhook that tells a partner the member changed how to reach them on an open
 * case: a new number to call (`channel: 'phone'`, call `phone`, not the one you had), a call instead
 * of messages (`phone` is the number to call), or messages in their private chat instead of a call
 * (`channel: 'in_app'`, `phone` null: the number is deleted, delete yours); or, with the same channel
 * and number, that the member's words since tell of someone hurting or threatening them
 * (`dangerFromOther` turns true: ask first whether it is safe to talk, leave no voicemail or message).
 * It carries how to reach the member as it is whenever it is sent (a later change is a later event;
 * `updatedAt` orders them). Signed and retried as the first; its idempotency key is
 * `<escalation id>:contact:<n>`, n counting the changes.
 */
export interface EscalationContactUpdatedWebhook {
  event: 'escalation.contact_updated';
  escalationId: string;
  channel: OutreachChannel;
  phone: string | null;
  /** As in `escalation.created`; once true, it stays true for the case. */
  dangerFromOther: boolean;
  updatedAt: string;
}

/** An admin adds a partner; the HMAC secret is generated and shown once in the answer. */
export const createPartnerSchema = z.strictObject({
  name: z.string({ error: 'name must be text.' }).trim().min(2, { error: 'The name needs at least 2 characters.' }).max(120, { error: 'The name can be at most 120 characters.' }),
  regions: z
    .array(
      z
        .string()
        .regex(/^[A-Z]{2}$/, { error: 'Each region is a two-letter country code such as US.' })
        // As members' regions are stored: a line that says it serves "UK" serves GB.
        .transform((value) => normaliseRegionCode(value) ?? value),
      { error: 'regions is a list of country codes.' },
    )
    .max(50)
    .transform((regions) => [...new Set(regions)])
    .default([]),
  hours: z.string().trim().min(1).max(120).default('24/7'),
  webhookUrl: z.url({ protocol: /^https?$/, error: 'webhookUrl must be an http(s) address.' }).max(2_000),
});
export type CreatePartnerRequest = z.infer<typeof createPartnerSchema>;

/**
 * A crisis line's webhook carries what a member consented to share, their phone number included:
 * in production it must be https (plain http is for a line's test server on a developer's machine).
 */
export function webhookUrlProblem(webhookUrl: string, nodeEnv: string): string | null {
  return nodeEnv === 'production' && new URL(webhookUrl).protocol !== 'https:'
    ? "A crisis line's webhook must be an https address in production: it carries members' phone numbers."
    : null;
}

export const partnerSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  regions: z.array(z.string()),
  hours: z.string(),
  webhookUrl: z.string(),
  createdAt: isoTimestampSchema,
});
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;

/** `POST /admin/partners`: the new partner with its HMAC secret, shown this once. */
export const createdPartnerSchema = partnerSummarySchema.extend({ secret: z.string() });

/**
 * The worker's NOTIFY when a delivery failed every attempt (`lantern_admin`). `flagId` is the
 * member's review item, back on top of the queue, when the member still waits for a counsellor.
 */
export interface HandoffFailedAlert {
  kind: 'delivery_failed';
  escalationId: string;
  flagId: string | null;
  partner: string | null;
}

/**
 * A hand-off as moderators see it on the member's review item: to whom, how far it got, and
 * whether its delivery failed (and nothing newer has reached the partner since).
 */
export const handoffSchema = z.object({
  id: z.uuid(),
  partner: z.object({ id: z.uuid(), name: z.string(), hours: z.string() }),
  basis: z.enum(ESCALATION_BASES),
  channel: z.enum(OUTREACH_CHANNELS),
  status: z.enum(ESCALATION_STATUSES),
  deliveryFailed: z.boolean(),
  createdAt: isoTimestampSchema,
  timeline: escalationTimelineSchema,
});
export type Handoff = z.infer<typeof handoffSchema>;

/** `moderation:handoff-failed`, to every moderator and admin online. */
export interface HandoffFailedEvent {
  escalationId: string;
  flagId: string | null;
  partner: string | null;
}
