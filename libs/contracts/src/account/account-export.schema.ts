import { z } from 'zod';
import { MEMBER_ROLES, memberPreferencesSchema } from '../auth/auth.schema';
import { isoTimestampSchema } from '../common/timestamp.schema';
import { crisisNoticeContentTypeSchema } from '../crisis/crisis.schema';
import { reactionKindSchema } from '../forum/forum.schema';
import { hiddenMemberSchema } from '../hides/hidden-members.schema';
import { REPLY_KINDS } from '../replies/replies-to-you.schema';
import { safetyPlanSchema } from '../safety-plan/safety-plan.schema';

/**
 * The document `GET /api/v1/me/export` answers with: everything Lantern keeps that is the
 * member's own, in a form they can read and take elsewhere (GDPR access and portability).
 * Other members appear only as ids (a post reacted to, a message reported) or as the name the
 * member saw (someone they hid): never another member's id, nor the pseudonym behind an alias.
 * Bump the format when a field changes meaning; adding fields keeps it.
 */
export const ACCOUNT_EXPORT_FORMAT = 'lantern-account-export/1' as const;

const exportedCategorySchema = z.object({ slug: z.string(), name: z.string() });
export type ExportedCategory = z.infer<typeof exportedCategorySchema>;

export const exportedThreadSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  category: exportedCategorySchema,
  contentWarning: z.string().nullable(),
  /** visible, hidden (waiting for a moderator), removed or deleted. */
  status: z.string(),
  /** The alias the member started it under, or null for their pseudonym. */
  alias: z.string().nullable(),
  createdAt: isoTimestampSchema,
});
export type ExportedThread = z.infer<typeof exportedThreadSchema>;

export const exportedPostSchema = z.object({
  id: z.uuid(),
  /** `title` is null where the thread is someone else's and no longer shown (hidden, removed or deleted). */
  thread: z.object({ id: z.uuid(), title: z.string().nullable() }),
  category: exportedCategorySchema,
  /** As written, in Markdown. */
  body: z.string(),
  /** The alias the member wrote it under in that thread, or null for their pseudonym. */
  alias: z.string().nullable(),
  status: z.string(),
  createdAt: isoTimestampSchema,
  editedAt: isoTimestampSchema.nullable(),
  /** What it said before each edit (kept for moderators), oldest first; empty if never edited. */
  earlierVersions: z.array(z.object({ version: z.number().int(), body: z.string(), writtenAt: isoTimestampSchema })),
});
export type ExportedPost = z.infer<typeof exportedPostSchema>;

export const exportedChatMessageSchema = z.object({
  id: z.uuid(),
  room: z.string(),
  body: z.string(),
  status: z.string(),
  createdAt: isoTimestampSchema,
});
export type ExportedChatMessage = z.infer<typeof exportedChatMessageSchema>;

export const exportedReactionSchema = z.object({
  postId: z.uuid(),
  kind: reactionKindSchema,
  createdAt: isoTimestampSchema,
});
export type ExportedReaction = z.infer<typeof exportedReactionSchema>;

export const exportedFollowSchema = z.object({
  threadId: z.uuid(),
  followedAt: isoTimestampSchema,
});
export type ExportedFollow = z.infer<typeof exportedFollowSchema>;

export const exportedReportSchema = z.object({
  contentType: z.enum(['post', 'message']),
  contentId: z.uuid(),
  reason: z.string(),
  note: z.string().nullable(),
  createdAt: isoTimestampSchema,
});
export type ExportedReport = z.infer<typeof exportedReportSchema>;

/**
 * A post Lantern recorded as answering the member ("Replies to you"), with whether they have read
 * it. Only ids: whose reply it was and what it said are another member's.
 */
export const exportedReplyToYouSchema = z.object({
  postId: z.uuid(),
  threadId: z.uuid(),
  /** `reply`: in a thread they started; `quote`: it quotes one of their posts. */
  kind: z.enum(REPLY_KINDS),
  createdAt: isoTimestampSchema,
  /** When they read it (opened its thread, or marked it read), or null while unread. */
  readAt: isoTimestampSchema.nullable(),
});
export type ExportedReplyToYou = z.infer<typeof exportedReplyToYouSchema>;

export const exportedWarningSchema = z.object({
  /** A moderator's warning, or the note that told the member of the new name a moderator gave them. */
  kind: z.enum(['warning', 'new_name']),
  /** The words the moderator wrote to the member. */
  message: z.string(),
  createdAt: isoTimestampSchema,
  seenAt: isoTimestampSchema.nullable(),
});
export type ExportedWarning = z.infer<typeof exportedWarningSchema>;

export const exportedCrisisNoticeSchema = z.object({
  createdAt: isoTimestampSchema,
  /** Whether the words were about the member themself, their danger from someone else, or someone they worried for. */
  concern: z.enum(['self', 'danger', 'concern_for_other']),
  contentType: crisisNoticeContentTypeSchema,
  contentId: z.uuid(),
  closedAt: isoTimestampSchema.nullable(),
  /** safe_now ("I'm safe right now"), dismissed, or support_requested. */
  closedHow: z.string().nullable(),
  /** When the member asked for a moderator from this notice, if they did. */
  moderatorAskedAt: isoTimestampSchema.nullable(),
});
export type ExportedCrisisNotice = z.infer<typeof exportedCrisisNoticeSchema>;

export const exportedSupportRequestSchema = z.object({
  askedAt: isoTimestampSchema,
  /** "Talk to a moderator now", or a crisis counsellor's call or chat. */
  askedFor: z.enum(['moderator', 'counsellor']),
});
export type ExportedSupportRequest = z.infer<typeof exportedSupportRequestSchema>;

/**
 * When Lantern itself put the member on the moderators' queue, and why: the worker read crisis in
 * their report's note or in words they could not post, or a hand-off to a crisis line they asked
 * for could not be delivered. The words are never here (the refused ones were not kept).
 */
export const exportedModeratorAlertSchema = z.object({
  at: isoTimestampSchema,
  because: z.enum(['crisis_in_report_note', 'crisis_in_withheld_words', 'crisis_in_edited_words', 'partner_delivery_failed']),
});
export type ExportedModeratorAlert = z.infer<typeof exportedModeratorAlertSchema>;

export const exportedSafetyPlanSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('included'), updatedAt: isoTimestampSchema, sections: safetyPlanSchema.shape.sections }),
  /** The server's key cannot open it just now: it is kept, and a later export includes it. */
  z.object({ status: z.literal('unreadable'), message: z.string() }),
]);
export type ExportedSafetyPlan = z.infer<typeof exportedSafetyPlanSchema>;

export const accountExportSchema = z.object({
  format: z.literal(ACCOUNT_EXPORT_FORMAT),
  exportedAt: isoTimestampSchema,
  account: z.object({
    pseudonym: z.string(),
    role: z.enum(MEMBER_ROLES),
    region: z.string().nullable(),
    preferences: memberPreferencesSchema,
    createdAt: isoTimestampSchema,
    /** When they changed their own name within the last 30 days (kept to count the changes a month allows), oldest first. */
    nameChangedAt: z.array(isoTimestampSchema),
  }),
  threads: z.array(exportedThreadSchema),
  posts: z.array(exportedPostSchema),
  chatMessages: z.array(exportedChatMessageSchema),
  reactions: z.array(exportedReactionSchema),
  follows: z.array(exportedFollowSchema),
  reports: z.array(exportedReportSchema),
  /** Every reply Lantern recorded for them, shown now or not (a reply hidden since stays recorded), oldest first. */
  repliesToYou: z.array(exportedReplyToYouSchema),
  hiddenMembers: z.array(hiddenMemberSchema),
  moderation: z.object({
    warnings: z.array(exportedWarningSchema),
    mutedUntil: isoTimestampSchema.nullable(),
    suspendedUntil: isoTimestampSchema.nullable(),
  }),
  crisisSupport: z.object({
    notices: z.array(exportedCrisisNoticeSchema),
    requests: z.array(exportedSupportRequestSchema),
    /** What put them on the moderators' queue without their asking, oldest first. */
    moderatorsTold: z.array(exportedModeratorAlertSchema),
  }),
  safetyPlan: exportedSafetyPlanSchema,
});
export type AccountExport = z.infer<typeof accountExportSchema>;

/** `lantern-export-2025-01-31.json`: the day (UTC) the document was made. */
export function accountExportFileName(exportedAt: string): string {
  return `lantern-export-${exportedAt.slice(0, 10)}.json`;
}
