import { z } from 'zod';
import { isoTimestampSchema } from '../common/timestamp.schema';
import { reportReasonSchema } from '../forum/forum.schema';

export const CHAT_LIMITS = {
  bodyMax: 2_000,
  historyOnJoin: 50,
  pageSize: 50,
  /** Per member, across rooms and nodes: 5 messages in 10 seconds. */
  burst: 5,
  burstWindowSeconds: 10,
  /** Why a moderator removed a message: for the audit log, never shown to the writer. */
  removeReasonMax: 500,
  /** "Don't send" for a message that may have reached the room, per member a minute: far more than a person takes back. */
  takeBacksPerMinute: 30,
} as const;

const roomSlug = z.string({ error: 'room must be a room name such as "lounge".' }).trim().min(1, { error: 'Say which room.' }).max(64, { error: 'That room name is too long.' });

export const roomRefSchema = z.strictObject({ room: roomSlug });

export const sendMessageSchema = z.strictObject({
  room: roomSlug,
  body: z
    .string({ error: 'The message must be text.' })
    .trim()
    .min(1, { error: 'The message is empty.' })
    .max(CHAT_LIMITS.bodyMax, { error: `A message can be at most ${CHAT_LIMITS.bodyMax.toLocaleString('en')} characters.` }),
  clientMsgId: z
    .string({ error: 'clientMsgId must be text.' })
    .min(1, { error: 'clientMsgId is required so a resend is not stored twice.' })
    .max(64, { error: 'clientMsgId can be at most 64 characters.' })
    // Mended to U+FFFD as other text is, two different lone halves would be one id, and the
    // second message taken for a resend of the first.
    .refine((id) => !/\p{Surrogate}/u.test(id), { error: 'clientMsgId must be whole characters (half of an emoji cannot be told from another half).' }),
});
export type SendMessageRequest = z.infer<typeof sendMessageSchema>;

export const updateRoomSchema = z
  .strictObject({
    locked: z.boolean({ error: 'locked is true or false.' }).optional(),
    slowModeSeconds: z.number({ error: 'slowModeSeconds is a number.' }).int().min(0).max(3600, { error: 'Slow mode can be at most an hour.' }).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { error: 'Say what to change: locked or slowModeSeconds.' });

/**
 * `POST /rooms/:slug/take-backs`: "Don't send" for a message of the reader's whose attempt got no
 * answer, so the room may have it. Answered `sent: true` with the message when an attempt stored it
 * first (`message` null when the reader may no longer see it there: taken out since, or in a room
 * closed to them); otherwise `sent: false`, and no attempt with that clientMsgId is stored after (a
 * late one is refused MESSAGE_TAKEN_BACK; the mark is kept a day, far past any attempt's wait).
 * Asking again answers the same.
 */
export const takeBackSchema = z.strictObject({ clientMsgId: sendMessageSchema.shape.clientMsgId });

/** The body of `DELETE /rooms/:slug/messages/:id`, which may be empty. */
export const removeMessageSchema = z.strictObject({
  reason: z
    .string({ error: 'The reason must be text.' })
    .trim()
    .max(CHAT_LIMITS.removeReasonMax, { error: `A reason can be at most ${CHAT_LIMITS.removeReasonMax} characters.` })
    .optional(),
});
export type RemoveMessageRequest = z.infer<typeof removeMessageSchema>;

export const chatMessageSchema = z.object({
  id: z.uuid(),
  room: z.string(),
  /**
   * `isModerator`: sent by a volunteer moderator (or admin), shown with a badge as on their posts,
   * so a word in a hard moment is known to come from someone trained; absent for everyone else.
   * `memberId`: only moderators and admins receive the writer's member id.
   */
  author: z.object({ displayName: z.string(), isYou: z.boolean(), isModerator: z.literal(true).optional(), memberId: z.uuid().optional() }),
  body: z.string(),
  createdAt: isoTimestampSchema,
  /** Only on the viewer's own messages: the id their client sent it with. */
  clientMsgId: z.string().optional(),
  /**
   * Removed by a moderator: only moderators and admins are ever sent such a message (over REST and
   * on joining), so they can see what was taken out and restore it. Members never receive it.
   */
  removed: z.literal(true).optional(),
  /**
   * Hidden by the moderation checks (severe harm, a held watched word) or by a moderator: sent only
   * to its writer, whose words stay on their own screen, marked, and to moderators and admins, with
   * the id of its review item (`reviewItemId`), where it is restored or removed.
   */
  held: z.literal(true).optional(),
  reviewItemId: z.uuid().optional(),
  /** Deleted by its writer: gone from the room; only moderators and admins are still sent it, marked. */
  deleted: z.literal(true).optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const takeBackResultSchema = z.discriminatedUnion('sent', [
  z.object({ sent: z.literal(false) }),
  z.object({ sent: z.literal(true), message: chatMessageSchema.nullable() }),
]);
export type TakeBackResult = z.infer<typeof takeBackResultSchema>;

/**
 * `message:removed`, to the room: a message left it. `deleted`: its writer took it back (a
 * moderator's page keeps it, marked "Deleted by its writer"); otherwise a moderator removed it.
 */
export interface MessageRemovedEvent {
  room: string;
  id: string;
  deleted?: true;
}

/**
 * `message:held`, to the writer and to moderators in the room (everyone else is sent
 * `message:removed`): the checks hid a message that was already on screens. Moderators get its
 * review item.
 */
export interface MessageHeldEvent {
  room: string;
  id: string;
  reviewItemId?: string;
}

export const roomSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** A private room's is written from the reader's side: its member's, or that of the counsellor or moderators who answered them. */
  description: z.string(),
  locked: z.boolean(),
  slowModeSeconds: z.number().int(),
  /** Members with the room open on any node; null while it cannot be counted (Redis away): shown as no count, never "0 online". */
  online: z.number().int().nullable(),
  /** Only its members see it: a member's conversation with a crisis counsellor or with the moderators. Listed first. */
  private: z.boolean(),
  /**
   * In the room list (`GET /rooms`): the newest message in the room someone else said that the
   * reader may see (not their own, not from a member they hid), or null. The web app marks a room
   * with messages after the reader's read mark, which only their browser keeps.
   */
  latest: z.object({ id: z.string(), createdAt: z.string() }).nullable().optional(),
});
export type RoomSummary = z.infer<typeof roomSummarySchema>;

/** `POST /rooms/:slug/messages/:id/reports` (`created` is false when it updated the reporter's earlier one). */
export const messageReportReceiptSchema = z.object({ reason: reportReasonSchema, created: z.boolean() });
export type MessageReportReceipt = z.infer<typeof messageReportReceiptSchema>;

/**
 * `room:updated`, on every node, to everyone in the room and everyone who may open it (for a peer
 * room every member, moderator and admin; for a private room its people): its moderators locked or
 * reopened it, or changed slow mode, so the page says so before anyone's message is refused, and a
 * room list shows the lock at once.
 */
export interface RoomUpdatedEvent {
  room: string;
  locked: boolean;
  slowModeSeconds: number;
}

/**
 * `room:private-ready`, to the member only: a private room they can talk in now, opened by a
 * moderator answering "Talk to a moderator now", or joined by the crisis counsellor who took their case.
 */
export interface PrivateRoomReadyEvent {
  room: string;
  by: 'moderator' | 'counsellor';
}

/** Every ack has this shape: `ok` and the data, or `ok: false` and an error a client can show. */
export type ChatAck<T extends object = object> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string; retryAfterSeconds?: number; details?: unknown } };
