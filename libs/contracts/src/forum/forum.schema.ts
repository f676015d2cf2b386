import { z } from 'zod';
import { seenVersionSchema } from '../common/version.schema';
import { isoTimestampSchema } from '../common/timestamp.schema';

/** Limits a member meets with a clear message, not a truncation. */
export const FORUM_LIMITS = {
  titleMin: 3,
  titleMax: 140,
  bodyMin: 1,
  bodyMax: 20_000,
  contentWarningMax: 120,
  reportNoteMax: 1_000,
  searchMax: 200,
  pageSize: 20,
  /** Unread counts stop here; the web shows "99+ new replies". */
  unreadCap: 100,
  /** A member may edit their own post for this long; moderators keep the history. */
  editWindowMinutes: 60,
} as const;

const trimmed = (min: number, max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(min, { error: `${what} needs at least ${min} character${min === 1 ? '' : 's'}.` })
    .max(max, { error: `${what} can be at most ${max.toLocaleString('en')} characters.` });

export const REACTION_KINDS = ['hug', 'me_too', 'thank_you'] as const;
export const reactionKindSchema = z.enum(REACTION_KINDS, { error: 'A reaction is one of: hug, me_too, thank_you.' });
export type ReactionKind = z.infer<typeof reactionKindSchema>;

export const REPORT_REASONS = ['crisis_concern', 'harassment', 'harmful_advice', 'spam', 'other'] as const;
export const reportReasonSchema = z.enum(REPORT_REASONS, {
  error: 'A report reason is one of: crisis_concern, harassment, harmful_advice, spam, other.',
});
export type ReportReason = z.infer<typeof reportReasonSchema>;

/** Post under your pseudonym, or under this thread's alias that nobody can link to you. */
export const postAsSchema = z.enum(['pseudonym', 'alias'], { error: 'postAs is "pseudonym" or "alias".' }).default('pseudonym');

/**
 * The id a client gives the thread or reply it is posting, one per draft, as `clientMsgId` is in
 * chat: sent again with the same words (a retry after a timeout or a lost answer), it is answered
 * with what was stored the first time, never stored twice. Scoped per member, across threads and
 * replies; the same id on other words or another thread is refused, 409 CLIENT_POST_ID_REUSED.
 * Optional, so clients that do not send one still work (without that protection).
 */
export const clientPostIdSchema = z
  .string({ error: 'clientPostId must be text.' })
  .min(1, { error: 'clientPostId cannot be empty; leave it out or send an id for this draft.' })
  .max(64, { error: 'clientPostId can be at most 64 characters.' });

export const createThreadSchema = z.strictObject({
  categorySlug: z.string({ error: 'categorySlug must be text.' }).trim().min(1, { error: 'Choose a category.' }).max(64),
  title: trimmed(FORUM_LIMITS.titleMin, FORUM_LIMITS.titleMax, 'The title'),
  body: trimmed(FORUM_LIMITS.bodyMin, FORUM_LIMITS.bodyMax, 'The post'),
  contentWarning: trimmed(1, FORUM_LIMITS.contentWarningMax, 'The content warning').optional(),
  postAs: postAsSchema,
  clientPostId: clientPostIdSchema.optional(),
});
export type CreateThreadRequest = z.infer<typeof createThreadSchema>;

export const createPostSchema = z.strictObject({
  body: trimmed(FORUM_LIMITS.bodyMin, FORUM_LIMITS.bodyMax, 'The reply'),
  quotePostId: z.uuid({ error: 'quotePostId must be a post id.' }).optional(),
  postAs: postAsSchema,
  clientPostId: clientPostIdSchema.optional(),
});
export type CreatePostRequest = z.infer<typeof createPostSchema>;

export const editPostSchema = z.strictObject({
  body: trimmed(FORUM_LIMITS.bodyMin, FORUM_LIMITS.bodyMax, 'The post'),
  /**
   * The post's `version` the editor started from. When the post changed since (an edit in another
   * tab, a moderator's edit) the save is refused with 409 EDIT_CONFLICT instead of silently undoing
   * it. Optional for older clients (the web app always sends it), except over a moderator's edit:
   * without it, an edit of a post a moderator edited is refused the same way.
   */
  version: seenVersionSchema.optional(),
});
export type EditPostRequest = z.infer<typeof editPostSchema>;

export const reactSchema = z.strictObject({ kind: reactionKindSchema });

export const reportPostSchema = z.strictObject({
  reason: reportReasonSchema,
  note: trimmed(1, FORUM_LIMITS.reportNoteMax, 'The note').optional(),
});
export type ReportPostRequest = z.infer<typeof reportPostSchema>;

/** `POST /posts/:id/reports`: the report (`created` is false when it updated the reporter's earlier one). */
export const postReportReceiptSchema = z.object({ id: z.uuid(), reason: reportReasonSchema, created: z.boolean() });
export type PostReportReceipt = z.infer<typeof postReportReceiptSchema>;

export const cursorQuerySchema = z.object({
  cursor: z.string().max(512, { error: 'That cursor is not one Lantern gave out.' }).optional(),
});

/** The same cursor as every list, so a forged one is refused with the same sentence. */
export const searchQuerySchema = cursorQuerySchema.extend({
  q: trimmed(1, FORUM_LIMITS.searchMax, 'The search'),
});

export const categorySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  contentWarning: z.boolean(),
  threadCount: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export const authorSchema = z.object({
  /** What readers see: a pseudonym, this thread's alias, or "former member". */
  displayName: z.string(),
  isAlias: z.boolean(),
  isYou: z.boolean(),
  /** Written by a volunteer moderator (or admin) under their pseudonym: shown with a badge, so a reply in a hard moment is known to come from someone trained. */
  isModerator: z.boolean(),
  /** Only moderators and admins receive the internal member id. */
  memberId: z.uuid().optional(),
});
export type Author = z.infer<typeof authorSchema>;

/**
 * A post's (and a thread's) moderation state, as stored: `hidden` is held for a moderator's look,
 * `removed` was taken down by one, `deleted` by its writer. Members only ever read `visible` words.
 */
export const POST_STATUSES = ['visible', 'hidden', 'removed', 'deleted'] as const;
export const postStatusSchema = z.enum(POST_STATUSES);
export type PostStatus = z.infer<typeof postStatusSchema>;

export const reactionCountsSchema = z.object({ hug: z.number().int(), me_too: z.number().int(), thank_you: z.number().int() });

export const postSchema = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  author: authorSchema,
  /** Sanitised HTML rendered from the Markdown body. */
  bodyHtml: z.string(),
  /** The Markdown as written; only its author and moderators receive it. */
  body: z.string().optional(),
  /** `hiddenByYou`: the quoted writer is one the viewer hid; the excerpt is then empty. */
  quote: z.object({ postId: z.uuid(), authorName: z.string(), excerpt: z.string(), hiddenByYou: z.boolean().optional() }).nullable(),
  status: postStatusSchema,
  version: z.number().int(),
  createdAt: isoTimestampSchema,
  editedAt: isoTimestampSchema.nullable(),
  /** Shown under a post a moderator edited, so readers know the words changed and why. */
  moderatorNote: z.string().nullable(),
  reactions: reactionCountsSchema,
  myReactions: z.array(reactionKindSchema),
  canEdit: z.boolean(),
  /** The viewer hid the identity this post was written under: shown folded, with a way to read it. */
  hiddenByYou: z.boolean(),
});
export type Post = z.infer<typeof postSchema>;

/** `details` of 409 EDIT_CONFLICT: the post as it is now, and whether a moderator changed it since the editor began. */
export const editConflictDetailsSchema = z.object({ current: postSchema, byModerator: z.boolean() });
export type EditConflictDetails = z.infer<typeof editConflictDetailsSchema>;

export const threadSummarySchema = z.object({
  id: z.uuid(),
  categorySlug: z.string(),
  title: z.string(),
  contentWarning: z.string().nullable(),
  author: authorSchema,
  replyCount: z.number().int(),
  createdAt: isoTimestampSchema,
  lastActivityAt: isoTimestampSchema,
  following: z.boolean(),
  /** New replies since the follower last read to the end; counting stops at FORUM_LIMITS.unreadCap. */
  unread: z.number().int(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

export const threadSchema = threadSummarySchema.extend({
  firstPost: z.object({ id: z.uuid() }),
  category: z.object({ slug: z.string(), name: z.string() }),
  /** A post here was flagged as crisis: readers are shown a small resources footer. */
  crisisSupport: z.boolean(),
  /**
   * The viewer hid the identity the thread was opened under (opened by a link, history or a notice;
   * lists and search leave it out): its title is that member's words, so the web folds it, as it
   * folds the opening post. Optional for older servers.
   */
  hiddenByYou: z.boolean().optional(),
});
export type Thread = z.infer<typeof threadSchema>;

export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export type Page<T> = { items: T[]; nextCursor: string | null };

export const searchHitSchema = z.object({
  threadId: z.uuid(),
  postId: z.uuid(),
  title: z.string(),
  categorySlug: z.string(),
  /** The thread's own content warning, if it has one: the web folds the excerpt behind it. */
  contentWarning: z.string().nullable(),
  /** The thread's category asks for a content warning on everything in it (the excerpt is folded too). */
  categoryContentWarning: z.boolean(),
  /** Plain text around the match; the client marks nothing up from it. */
  excerpt: z.string(),
  createdAt: isoTimestampSchema,
  /**
   * Moderators and admins only (members are only ever given visible words, and never this field):
   * the matched post's status, so a held, removed or deleted post is not taken for a live one.
   */
  status: postStatusSchema.optional(),
  /** Moderators and admins only: the thread's status; a visible reply in a held or removed thread is not read by members either. */
  threadStatus: postStatusSchema.optional(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** How category and room names look in URLs: lower-case letters, digits and single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Admins add, edit and archive categories; archived ones disappear from lists, threads stay. */
export const createCategorySchema = z.strictObject({
  slug: z.string({ error: 'slug must be text.' }).regex(SLUG_PATTERN, { error: 'slug uses lower-case letters, digits and dashes, like "sleep-and-rest".' }).max(64),
  name: trimmed(2, 60, 'The name'),
  description: trimmed(0, 300, 'The description').default(''),
  contentWarning: z.boolean({ error: 'contentWarning is true or false.' }).default(false),
});
export const updateCategorySchema = z
  .strictObject({
    name: trimmed(2, 60, 'The name').optional(),
    description: trimmed(0, 300, 'The description').optional(),
    contentWarning: z.boolean({ error: 'contentWarning is true or false.' }).optional(),
    archived: z.boolean({ error: 'archived is true or false.' }).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { error: 'Say what to change: name, description, contentWarning or archived.' });
