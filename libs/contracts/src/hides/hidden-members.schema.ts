import { z } from 'zod';
import { isoTimestampSchema } from '../common/timestamp.schema';

/** How many members one member may hide: far above what anyone needs, and a bound on every read's filter. */
export const HIDE_LIMITS = { max: 500 } as const;

/**
 * Hide the author of a post or a chat message from your own view. The member names what they
 * saw, never a member id (members never receive one): the api hides that identity, the
 * pseudonym or, for a post written under a thread alias, that alias in that thread.
 */
export const hideMemberSchema = z
  .strictObject({
    postId: z.uuid({ error: 'postId is the id of a post.' }).optional(),
    messageId: z.uuid({ error: 'messageId is the id of a chat message.' }).optional(),
  })
  .refine((input) => (input.postId === undefined) !== (input.messageId === undefined), {
    error: 'Name the post or the chat message (postId or messageId) whose author you want to hide, one of them.',
  });
export type HideMemberRequest = z.infer<typeof hideMemberSchema>;

export const hiddenMemberSchema = z.object({
  id: z.uuid(),
  /** The name you saw: their pseudonym, or the alias they wrote under in one thread. */
  displayName: z.string(),
  /** Set when the hide covers an alias in one thread only; `title` is '' where that thread is someone else's and no longer shown. */
  thread: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  createdAt: isoTimestampSchema,
  /**
   * Their name changed after it was hidden (by themself, or replaced by a moderator), so the name
   * shown may be one the member never saw; the hide holds all the same. Never the name before.
   */
  renamedSince: z.boolean(),
});
export type HiddenMember = z.infer<typeof hiddenMemberSchema>;
