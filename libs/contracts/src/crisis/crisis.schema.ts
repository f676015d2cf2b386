import { z } from 'zod';

export const hotlinesQuerySchema = z.object({
  region: z.string().trim().max(8, { error: 'region is a two-letter country code such as US or GB.' }).optional(),
});

export const closeCrisisNoticeSchema = z.strictObject({
  /** "I'm safe right now" is recorded as it is said, without judgement; `dismissed` just closes it. */
  how: z.enum(['safe_now', 'dismissed'], { error: 'how is safe_now or dismissed.' }),
});

export const supportRequestSchema = z.strictObject({
  /** The crisis panel the request came from, if any. */
  noticeId: z.uuid({ error: 'noticeId must be a notice id.' }).optional(),
});

/** The `crisis:resources` socket event and each item of `GET /me/crisis-notices`. */
export interface CrisisResources {
  noticeId: string;
  contentType: 'post' | 'message';
  contentId: string;
  /** `self`: the writer may be in crisis; `concern_for_other`: they are worried about someone. */
  concern: 'self' | 'concern_for_other';
  region: string;
  hotlines: unknown;
  message: string;
  heading: string;
  createdAt: string;
  /** The member pressed "Talk to a moderator now" on this notice: the panel says a moderator has been asked. */
  supportRequested: boolean;
}
