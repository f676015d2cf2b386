import { z } from 'zod';
import { seenVersionSchema } from '../common/version.schema';
import { instantInputSchema, isoTimestampSchema } from '../common/timestamp.schema';
import { MEMBER_ROLES } from '../auth/auth.schema';
import { handoffSchema } from '../partners/partners.schema';

export const FLAG_KINDS = ['crisis', 'harm', 'report'] as const;
export const FLAG_STATUSES = ['open', 'claimed', 'resolved'] as const;

/**
 * What a moderator can do with a review item. Every action is audited; all but `note` resolve
 * the item.
 */
export const MODERATION_ACTIONS = ['dismiss', 'keep', 'hide', 'restore', 'remove', 'edit', 'warn', 'mute', 'suspend', 'escalate', 'note'] as const;
export type ModerationActionName = (typeof MODERATION_ACTIONS)[number];

/** A claim is a lock that expires, so an item nobody works on comes back to the queue. */
export const CLAIM_MINUTES = 15;

const text = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, { error: `${what} cannot be empty.` })
    .max(max, { error: `${what} can be at most ${max.toLocaleString('en')} characters.` });

export const queueQuerySchema = z.object({
  kind: z.enum(FLAG_KINDS, { error: 'kind is crisis, harm or report.' }).optional(),
  status: z.enum([...FLAG_STATUSES, 'active'], { error: 'status is open, claimed, resolved or active.' }).default('active'),
  mine: z
    .enum(['true', 'false'], { error: 'mine is true or false.' })
    .optional()
    .transform((value) => value === 'true'),
  category: z.string().max(64).optional(),
  room: z.string().max(64).optional(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const resolveFlagSchema = z
  .strictObject({
    action: z.enum(MODERATION_ACTIONS, { error: `action is one of: ${MODERATION_ACTIONS.join(', ')}.` }),
    note: text(2_000, 'The note').optional(),
    /** For `edit`: the corrected text; for `warn`: what the member will read; for `keep`: an optional reply posted as the moderator under the post; for `escalate`: the excerpt the partner receives. */
    body: text(20_000, 'The text').optional(),
    durationMinutes: z
      .number({ error: 'durationMinutes must be a number of minutes.' })
      .int({ error: 'durationMinutes must be a whole number of minutes.' })
      .min(1, { error: 'durationMinutes must be at least 1.' })
      .max(60 * 24 * 365, { error: 'durationMinutes can be at most a year.' })
      .optional(),
    partnerId: z.uuid({ error: 'partnerId must be a partner id.' }).optional(),
    /** For `escalate` without the member's consent: only `imminent_risk`, with the reason in `note`. */
    basis: z.enum(['member_consent', 'imminent_risk'], { error: 'basis is member_consent or imminent_risk.' }).optional(),
    /** The version the moderator saw; a stale one is refused instead of overwriting news. */
    version: seenVersionSchema.optional(),
  })
  .superRefine((value, context) => {
    const need = (field: 'note' | 'body' | 'durationMinutes' | 'partnerId', message: string) => {
      if (value[field] === undefined) context.addIssue({ code: 'custom', path: [field], message });
    };
    if (value.action === 'dismiss') need('note', 'Say why you are dismissing this item.');
    if (value.action === 'note') need('note', 'A note needs text.');
    if (value.action === 'edit') need('body', 'An edit needs the corrected text.');
    if (value.action === 'edit') need('note', 'An edit needs a note that members will see.');
    if (value.action === 'warn') need('body', 'A warning needs the words the member will read.');
    if (value.action === 'mute' || value.action === 'suspend') need('durationMinutes', 'Say for how many minutes.');
    if (value.action === 'escalate') need('partnerId', 'Choose the partner to escalate to.');
    if (value.basis === 'imminent_risk') need('note', 'Escalating without consent needs your written reason.');
  });
export type ResolveFlagRequest = z.infer<typeof resolveFlagSchema>;

export const queueItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(FLAG_KINDS),
  status: z.enum(FLAG_STATUSES),
  priority: z.number().int(),
  risk: z.string(),
  contentType: z.string(),
  contentId: z.uuid(),
  /** Plain text; crisis items are blurred by the console until a moderator chooses to look. */
  excerpt: z.string(),
  categories: z.array(z.string()),
  createdAt: isoTimestampSchema,
  dueAt: isoTimestampSchema,
  overdue: z.boolean(),
  claimedBy: z.object({ id: z.uuid(), pseudonym: z.string() }).nullable(),
  claimExpiresAt: isoTimestampSchema.nullable(),
  version: z.number().int(),
  reports: z.number().int(),
  authorId: z.uuid().nullable(),
  /**
   * The writer's role now (null once they erased their account): moderators warn, mute and
   * suspend members only, so the console offers none of those for a moderator's, an admin's or a
   * crisis line counsellor's words (the api refuses them with ACTION_NOT_APPLICABLE).
   */
  authorRole: z.enum(MEMBER_ROLES).nullable(),
  /** A support request whose member's hand-off to a crisis line has failed, and nothing has replaced it yet. */
  handoffFailed: z.boolean(),
  /**
   * The learned second opinion sent the words here, or joined the item (a `second_opinion`
   * signal): perhaps a crisis the word lists missed, so the console blurs them as it blurs one.
   */
  secondOpinion: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

/** `POST /moderation/flags/:id/support-room`: the slug of the private room with the member. */
export const supportRoomSchema = z.object({ room: z.string() });

/**
 * `POST /moderation/members/:id/new-name`: a friendly generated name in place of one that slipped
 * past the lists (a slur, a real name, someone else's). `reason` is for the moderators' record;
 * `message` is added to what the member is told (their new name, that it signs them in now, and
 * that their old one still does, for them only).
 */
export const newMemberNameSchema = z.strictObject({
  reason: text(2_000, 'The reason'),
  message: text(2_000, 'The message').optional(),
});
export type NewMemberNameRequest = z.infer<typeof newMemberNameSchema>;
export const newMemberNameResultSchema = z.object({ id: z.uuid(), pseudonym: z.string() });
export type NewMemberNameResult = z.infer<typeof newMemberNameResultSchema>;

/**
 * `POST /moderation/members/:id/lift-pause`: a moderator ends a member's mute (`muted`) or
 * suspension (`suspended`) early: set in error, too long, or a member in crisis who needs to be
 * heard. `reason` is for the moderators' record.
 */
export const liftPauseSchema = z.strictObject({
  kind: z.enum(['muted', 'suspended'], { error: 'kind is muted (chat) or suspended (posting).' }),
  reason: text(2_000, 'The reason'),
});
export type LiftPauseRequest = z.infer<typeof liftPauseSchema>;
export const liftPauseResultSchema = z.object({ kind: z.enum(['muted', 'suspended']), liftedAt: isoTimestampSchema });
export type LiftPauseResult = z.infer<typeof liftPauseResultSchema>;

/** `member:restriction-lifted`, to the member's open tabs: the pause of this kind is over now. */
export interface MemberRestrictionLiftedEvent {
  kind: 'muted' | 'suspended';
}

/**
 * `POST /moderation/reviews`: a moderator opens the review item of a post or chat message they
 * came across (one nobody reported and the checks let through), to act on it and on its writer
 * from the item's page. An item already open for it is the one answered; it is claimed for the
 * moderator unless someone else is working on it. `note` is for the other moderators, never for
 * the writer.
 */
export const openReviewSchema = z.strictObject({
  contentType: z.enum(['post', 'message'], { error: 'contentType is post or message.' }),
  contentId: z.uuid({ error: 'contentId is the id of a post or a chat message.' }),
  note: text(1_000, 'The note').optional(),
});
export type OpenReviewRequest = z.infer<typeof openReviewSchema>;
export const openReviewResultSchema = z.object({
  itemId: z.uuid(),
  /** True when this request opened the item; false when one was already open. */
  opened: z.boolean(),
  /** True when the item is now claimed by the moderator who asked (false: someone else is on it). */
  claimed: z.boolean(),
});
export type OpenReviewResult = z.infer<typeof openReviewResultSchema>;

/** `GET /moderation/partners`: the crisis lines a moderator can escalate to (no secrets, no webhook address). */
export const escalationTargetSchema = z.object({ id: z.uuid(), name: z.string(), regions: z.array(z.string()), hours: z.string() });

/** An audit row's id: its place in the append-only log, as a decimal string (it may outgrow a JSON number). */
const auditIdSchema = z.string().regex(/^[0-9]+$/);

/** One row of the append-only audit log, as `GET /moderation/audit` returns it. */
export const auditEntrySchema = z.object({
  id: auditIdSchema,
  actorId: z.uuid().nullable(),
  actorPseudonym: z.string().nullable(),
  actorRole: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.uuid().nullable(),
  reason: z.string().nullable(),
  /** The state before and after the action, as the action recorded it (null when it records none). */
  before: z.unknown(),
  after: z.unknown(),
  createdAt: isoTimestampSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  action: z.string().max(40).optional(),
  actorId: z.uuid().optional(),
  /** The acting moderator's pseudonym, as the log shows it (any case): what a moderator can read off a row. */
  actor: z.string().trim().min(1).max(40).optional(),
  targetId: z.uuid().optional(),
  before: instantInputSchema('before is the createdAt of the last entry you have, as an ISO 8601 instant.').optional(),
  /** The id of the last entry you have: the next page starts after it exactly (entries of one action share an instant). */
  beforeId: z.string().regex(/^[1-9][0-9]{0,17}$/, 'beforeId is the id of the last entry you have.').optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One piece of evidence about a review item: the classifier's reading, a report, a watched word. */
export const flagSignalSchema = z.object({
  /**
   * `moderator`: a moderator opened the item themself (`POST /moderation/reviews`), with their note if they left one.
   * `unreadable`: the classifier failed at every attempt to read this version; nothing has read it.
   * `second_opinion`: the word lists did not read a crisis here but the learned model does; its
   * reason gives the score and the model's version, and its evidence the words that weighed most
   * (signal `second_opinion`).
   */
  source: z.enum(['classifier', 'report', 'watched_word', 'support_request', 'moderator', 'unreadable', 'second_opinion']),
  risk: z.string().nullable(),
  categories: z.array(z.string()),
  /**
   * A report's reason (crisis_concern, harassment, …), a watched word's note, or why a member asked
   * for support (talk_to_moderator, outreach_requested, partner_delivery_failed, or
   * crisis_in_report_note: the worker read in their report's note that they are in crisis themself;
   * crisis_in_withheld_words: words of crisis they could not post: paused, refused for a blocked word, or sent too quickly;
   * crisis_in_edited_words: words of crisis in a post they changed before the worker read them).
   */
  reason: z.string().nullable(),
  /** The stretches of the content that fired, with the text they cover, so moderators see why. */
  evidence: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), signal: z.string(), category: z.string() })),
  /** A report's note to the moderators, in the reporter's words (never shown to the writer; the reporter is not named), or the note of the moderator who opened the item. */
  note: z.string().nullable(),
  createdAt: isoTimestampSchema,
});
export type FlagSignal = z.infer<typeof flagSignalSchema>;

/** An audited step in an item's (or a member's) history. Nobody can edit or delete these. */
export const moderationHistoryEntrySchema = z.object({
  id: auditIdSchema,
  action: z.string(),
  actor: z.object({ id: z.uuid(), pseudonym: z.string() }).nullable(),
  reason: z.string().nullable(),
  targetType: z.string(),
  targetId: z.uuid().nullable(),
  createdAt: isoTimestampSchema,
});
export type ModerationHistoryEntry = z.infer<typeof moderationHistoryEntrySchema>;

/** The content around the flagged piece: the thread's neighbouring posts, or the chat around it. */
export const flagContextSchema = z.object({
  kind: z.enum(['thread', 'room', 'none']),
  title: z.string(),
  /** A thread's content warning as its writer gave it (read with the opening post); null without one, and for rooms. */
  contentWarning: z.string().nullable(),
  /** Where members see it (a web path), when they can. */
  href: z.string().nullable(),
  entries: z.array(z.object({ id: z.uuid(), author: z.string(), body: z.string(), createdAt: isoTimestampSchema, current: z.boolean(), status: z.string() })),
});
export type FlagContext = z.infer<typeof flagContextSchema>;

/** `GET /moderation/flags/:id`: the queue item with everything a moderator needs to decide. */
export const queueItemDetailSchema = queueItemSchema.extend({
  /** The whole content as plain text (the queue shows an excerpt). */
  body: z.string(),
  signals: z.array(flagSignalSchema),
  history: z.array(moderationHistoryEntrySchema),
  context: flagContextSchema,
  /** Hand-offs to crisis-line partners of this item's member (or made from it), newest first. */
  handoffs: z.array(handoffSchema),
});
export type QueueItemDetail = z.infer<typeof queueItemDetailSchema>;

/** `GET /moderation/members/:id/context`: what a member wrote lately and what was done. No identifying data exists to show. */
export const memberContextSchema = z.object({
  member: z.object({
    id: z.uuid(),
    pseudonym: z.string(),
    role: z.string(),
    joinedAt: isoTimestampSchema,
    suspendedUntil: isoTimestampSchema.nullable(),
    mutedUntil: isoTimestampSchema.nullable(),
    warnings: z.number().int(),
    /** How many members have hidden them from their own view: a sign of harassment, never who. */
    hiddenBy: z.number().int(),
    /**
     * How many names they had before this one (changed by themself or replaced by a moderator):
     * someone cycling names shows here. Never the names, which Lantern does not keep.
     */
    formerNames: z.number().int(),
  }),
  recent: z.array(
    z.object({ contentType: z.enum(['post', 'message']), id: z.uuid(), excerpt: z.string(), where: z.string(), status: z.string(), createdAt: isoTimestampSchema }),
  ),
  actions: z.array(moderationHistoryEntrySchema),
});
export type MemberContext = z.infer<typeof memberContextSchema>;

/**
 * `GET /moderation/members?name=`: the member who goes by a name, or had it before (a former name
 * is matched by its hash: Lantern keeps none of them). At most one: names are unique, in any case.
 */
export const memberLookupQuerySchema = z.strictObject({
  name: z
    .string({ error: 'name is the name a member goes by, or went by.' })
    .trim()
    .min(1, { error: 'name is the name a member goes by, or went by.' })
    .max(64, { error: 'No name is that long.' }),
});
export const memberMatchSchema = z.object({
  id: z.uuid(),
  pseudonym: z.string(),
  role: z.string(),
  /** The name asked for was one they had before, not the one they go by now. */
  formerName: z.boolean(),
});
export type MemberMatch = z.infer<typeof memberMatchSchema>;

/** After this many crisis items within BREAK_WINDOW_MINUTES, the console suggests a pause. */
export const BREAK_AFTER_CRISIS_ITEMS = 5;
export const BREAK_WINDOW_MINUTES = 60;
/** A shift is the last 8 hours of this moderator's work. */
export const SHIFT_HOURS = 8;

/** `GET /moderation/shift`: the moderator's own count, for their wellbeing; nobody else sees it. */
export const shiftSummarySchema = z.object({
  since: isoTimestampSchema,
  handled: z.number().int(),
  crisisHandled: z.number().int(),
  /** Crisis items handled within the last BREAK_WINDOW_MINUTES. */
  recentCrisis: z.number().int(),
  suggestBreak: z.boolean(),
});
export type ShiftSummary = z.infer<typeof shiftSummarySchema>;

/**
 * A moderator's note to a member (the `warn` action), in the moderator's words: shown to the member
 * until they say they have read it (`seenAt`), and sent live as `member:moderator-note`. It never
 * says which moderator wrote it.
 */
export const moderatorNoteSchema = z.object({
  id: z.uuid(),
  message: z.string(),
  createdAt: isoTimestampSchema,
  seenAt: isoTimestampSchema.nullable(),
});
export type ModeratorNote = z.infer<typeof moderatorNoteSchema>;

/**
 * `member:restricted`, to the member's own sockets: a moderator paused their chat messages (`muted`)
 * or all their posting (`suspended`) until `until`. The same instants are on `GET /me`.
 */
export interface MemberRestrictedEvent {
  kind: 'muted' | 'suspended';
  until: string;
}

export const WATCHED_WORD_ACTION_NAMES = ['flag', 'hold', 'block', 'replace'] as const;

export const createWatchedWordSchema = z
  .strictObject({
    pattern: text(200, 'The pattern'),
    action: z.enum(WATCHED_WORD_ACTION_NAMES, { error: 'action is flag, hold, block or replace.' }),
    replacement: text(200, 'The replacement').optional(),
  })
  .superRefine((value, context) => {
    if (value.action === 'replace' && value.replacement === undefined) context.addIssue({ code: 'custom', path: ['replacement'], message: 'Say what the words become.' });
    if (value.action !== 'replace' && value.replacement !== undefined) context.addIssue({ code: 'custom', path: ['replacement'], message: 'Only a replace action takes a replacement.' });
  });
export type CreateWatchedWordRequest = z.infer<typeof createWatchedWordSchema>;

export const watchedWordEntrySchema = z.object({
  id: z.uuid(),
  pattern: z.string(),
  action: z.enum(WATCHED_WORD_ACTION_NAMES),
  replacement: z.string().nullable(),
  createdAt: isoTimestampSchema,
});
export type WatchedWordEntry = z.infer<typeof watchedWordEntrySchema>;
