import { z } from 'zod';
import { isoTimestampSchema } from '../common/timestamp.schema';

/**
 * "Replies to you": a member is told when someone else answers a thread they started (`reply`) or
 * quotes one of their posts (`quote`). What is listed is decided when it is read, so a reply that
 * is since held, hidden, removed or deleted, written by someone the member hid, or in a thread they
 * can no longer see, is simply not there (and not counted).
 */
export const REPLIES_LIMITS = {
  pageSize: 20,
  /** The unread count stops here; the web shows "99+". */
  unreadCap: 100,
  /** Characters of plain text from the reply. */
  excerptLength: 160,
} as const;

/**
 * The key in a member's `preferences` (PATCH /me) that switches replies to you off (`false`) or on
 * again (`true`, or absent: on is the default).
 */
export const REPLIES_TO_YOU_PREFERENCE = 'repliesToYou';

export const REPLY_KINDS = ['reply', 'quote'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export const repliesQuerySchema = z.object({
  cursor: z.string({ error: 'cursor must be text.' }).max(512, { error: 'That cursor is not one Lantern gave out.' }).optional(),
});

/**
 * "Mark all as read", up to the newest reply the member was shown: naming it (rather than "now")
 * keeps a reply that arrived after the list was loaded unread.
 */
export const markRepliesReadSchema = z.strictObject({
  upTo: z.uuid({ error: 'upTo is the post id of the newest reply you were shown.' }),
});
export type MarkRepliesReadRequest = z.infer<typeof markRepliesReadSchema>;

export const replyToYouSchema = z.object({
  /** The reply itself; the web links to it in its thread. */
  postId: z.uuid(),
  threadId: z.uuid(),
  threadTitle: z.string(),
  /** The thread's own content warning, if it has one: the web folds the excerpt behind it. */
  contentWarning: z.string().nullable(),
  /** The thread's category asks for a content warning on everything in it (the excerpt is folded too). */
  categoryContentWarning: z.boolean(),
  /** Who answered, as the forum shows them: a pseudonym, this thread's alias, or "former member". */
  author: z.object({ displayName: z.string(), isAlias: z.boolean(), isModerator: z.boolean() }),
  /** Plain text from the start of the reply, never HTML. */
  excerpt: z.string(),
  createdAt: isoTimestampSchema,
  /** `reply`: in a thread you started; `quote`: it quotes one of your posts (it may be both: then `quote`). */
  kind: z.enum(REPLY_KINDS),
  read: z.boolean(),
});
export type ReplyToYou = z.infer<typeof replyToYouSchema>;

export const repliesToYouPageSchema = z.object({
  items: z.array(replyToYouSchema),
  nextCursor: z.string().nullable(),
  /** Unread replies, counting stops at REPLIES_LIMITS.unreadCap. */
  unread: z.number().int(),
});
export type RepliesToYouPage = z.infer<typeof repliesToYouPageSchema>;

/** `GET /me/replies/unread` and `POST /me/replies/read` answer with the count alone. */
export const repliesUnreadSchema = z.object({ unread: z.number().int() });
export type RepliesUnread = z.infer<typeof repliesUnreadSchema>;

/**
 * `replies:unread`, to the member's own sockets on every node, when a reply that counts for them
 * lands, goes (hidden, removed, deleted) or is read in another tab. The count alone: the replies
 * themselves are read over REST, where who may see what is decided.
 */
export interface RepliesUnreadEvent {
  count: number;
}
