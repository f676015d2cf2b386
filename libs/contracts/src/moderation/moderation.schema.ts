import { z } from 'zod';
import type { Handoff } from '../partners/partners.schema';

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
    version: z.number().int().positive().optional(),
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
  createdAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  claimedBy: z.object({ id: z.uuid(), pseudonym: z.string() }).nullable(),
  claimExpiresAt: z.string().nullable(),
  version: z.number().int(),
  reports: z.number().int(),
  authorId: z.uuid().nullable(),
  /** A support request whose member's hand-off to a crisis line has failed, and nothing has replaced it yet. */
  handoffFailed: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

/** One row of the append-only audit log, as `GET /moderation/audit` returns it. */
export interface AuditEntry {
  id: string;
  actorId: string | null;
  actorPseudonym: string | null;
  actorRole: string;
  action: string;
  targetType: string;
  targetId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  createdAt: string;
}

export const auditQuerySchema = z.object({
  action: z.string().max(40).optional(),
  actorId: z.uuid().optional(),
  targetId: z.uuid().optional(),
  before: z.iso.datetime({ offset: true }).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One piece of evidence about a review item: the classifier's reading, a report, a watched word. */
export interface FlagSignal {
  source: 'classifier' | 'report' | 'watched_word' | 'support_request';
  risk: string | null;
  categories: string[];
  /** A report's reason (crisis_concern, harassment, …) or a watched word's note. */
  reason: string | null;
  /** The stretches of the content that fired, with the text they cover, so moderators see why. */
  evidence: Array<{ start: number; end: number; text: string; signal: string; category: string }>;
  /** A report's note to the moderators, in the reporter's words (never shown to the writer; the reporter is not named). */
  note: string | null;
  createdAt: string;
}

/** An audited step in an item's (or a member's) history. Nobody can edit or delete these. */
export interface ModerationHistoryEntry {
  id: string;
  action: string;
  actor: { id: string; pseudonym: string } | null;
  reason: string | null;
  targetType: string;
  targetId: string | null;
  createdAt: string;
}

/** The content around the flagged piece: the thread's neighbouring posts, or the chat around it. */
export interface FlagContext {
  kind: 'thread' | 'room' | 'none';
  title: string;
  /** Where members see it (a web path), when they can. */
  href: string | null;
  entries: Array<{ id: string; author: string; body: string; createdAt: string; current: boolean; status: string }>;
}

/** `GET /moderation/flags/:id`: the queue item with everything a moderator needs to decide. */
export interface QueueItemDetail extends QueueItem {
  /** The whole content as plain text (the queue shows an excerpt). */
  body: string;
  signals: FlagSignal[];
  history: ModerationHistoryEntry[];
  context: FlagContext;
  /** Hand-offs to crisis-line partners of this item's member (or made from it), newest first. */
  handoffs: Handoff[];
}

/** `GET /moderation/members/:id/context`: what a member wrote lately and what was done. No identifying data exists to show. */
export interface MemberContext {
  member: {
    id: string;
    pseudonym: string;
    role: string;
    joinedAt: string;
    suspendedUntil: string | null;
    mutedUntil: string | null;
    warnings: number;
    /** How many members have hidden them from their own view: a sign of harassment, never who. */
    hiddenBy: number;
  };
  recent: Array<{ contentType: 'post' | 'message'; id: string; excerpt: string; where: string; status: string; createdAt: string }>;
  actions: ModerationHistoryEntry[];
}

/** After this many crisis items within BREAK_WINDOW_MINUTES, the console suggests a pause. */
export const BREAK_AFTER_CRISIS_ITEMS = 5;
export const BREAK_WINDOW_MINUTES = 60;
/** A shift is the last 8 hours of this moderator's work. */
export const SHIFT_HOURS = 8;

/** `GET /moderation/shift`: the moderator's own count, for their wellbeing; nobody else sees it. */
export interface ShiftSummary {
  since: string;
  handled: number;
  crisisHandled: number;
  /** Crisis items handled within the last BREAK_WINDOW_MINUTES. */
  recentCrisis: number;
  suggestBreak: boolean;
}

/**
 * A moderator's note to a member (the `warn` action), in the moderator's words: shown to the member
 * until they say they have read it (`seenAt`), and sent live as `member:moderator-note`. It never
 * says which moderator wrote it.
 */
export interface ModeratorNote {
  id: string;
  message: string;
  createdAt: string;
  seenAt: string | null;
}

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

export interface WatchedWordEntry {
  id: string;
  pattern: string;
  action: (typeof WATCHED_WORD_ACTION_NAMES)[number];
  replacement: string | null;
  createdAt: string;
}
