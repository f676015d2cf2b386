import { z } from 'zod';
import { isoTimestampSchema } from '../common/timestamp.schema';

export const hotlinesQuerySchema = z.object({
  region: z.string().trim().max(8, { error: 'region is a two-letter country code such as US or GB.' }).optional(),
});

/** `POST /me/crisis-notices/:id/hidden`: "Hide for now" folds the panel (and "Show" unfolds it) wherever the member is signed in. */
export const hideCrisisNoticeSchema = z.strictObject({
  hidden: z.boolean({ error: 'hidden is true or false.' }),
});

export const closeCrisisNoticeSchema = z.strictObject({
  /** "I'm safe right now" is recorded as it is said, without judgement; `dismissed` just closes it. */
  how: z.enum(['safe_now', 'dismissed'], { error: 'how is safe_now or dismissed.' }),
});

export const supportRequestSchema = z.strictObject({
  /** The crisis panel the request came from, if any. */
  noticeId: z.uuid({ error: 'noticeId must be a notice id.' }).optional(),
});

/**
 * One crisis service from the checked directory (libs/crisis), with every channel it offers.
 * Lists are read-only: the directory is data the api hands on, never edits.
 */
export const hotlineEntrySchema = z.object({
  /** Stable and unique across the directory. */
  id: z.string(),
  name: z.string(),
  /** The main way to reach the service: what the big button does. */
  kind: z.enum(['call', 'text', 'chat', 'web']),
  /** Voice number as the organisation prints it (`1-866-488-7386`, `13 11 14`). */
  number: z.string().optional(),
  /** A menu choice after connecting, e.g. the Veterans Crisis Line is 988 then 1. */
  pressAfterDialing: z.string().optional(),
  /** A text line, and the keyword some services ask for first. */
  sms: z.object({ number: z.string(), keyword: z.string().optional() }).optional(),
  chatUrl: z.url().optional(),
  url: z.url().optional(),
  /** The organisation's own page the details were checked against, and when (YYYY-MM-DD). */
  source: z.url(),
  checkedOn: z.iso.date(),
  hours: z.string(),
  /** BCP 47 language tags the service answers in. */
  languages: z.array(z.string()).readonly(),
  /** A checked page says reaching it costs nothing; absent where none said so (not confirmed). */
  free: z.literal(true).optional(),
  audience: z.string().optional(),
  notes: z.string().optional(),
});
export type HotlineEntryView = z.infer<typeof hotlineEntrySchema>;

/**
 * `GET /hotlines`, and the lines of a crisis notice: a region's checked lines plus the
 * international fallback, always, and which input chose the region (`query` for `?region=`).
 */
export const hotlinesAnswerSchema = z.object({
  /** A two-letter country code we have lines for, or `INTL` for the international fallback. */
  region: z.string(),
  basis: z.enum(['query', 'member', 'accept-language', 'default', 'fallback']),
  /** `null` only for the international fallback, where the local number cannot be known. */
  emergencyNumber: z.string().nullable(),
  otherEmergencyNumbers: z.array(z.string()).readonly(),
  hotlines: z.array(hotlineEntrySchema).readonly(),
  /** National lines for abuse at home, shown first to a member in danger from someone else, and on /help. */
  abuseLines: z.array(hotlineEntrySchema).readonly(),
  /** Find A Helpline: shown under every region's lines for members who are travelling or moved. */
  fallback: hotlineEntrySchema,
});
export type HotlinesAnswer = z.infer<typeof hotlinesAnswerSchema>;

/**
 * What a crisis notice is about: a post, a chat message, or words the member could not post
 * (`withheld_words`: paused by a moderator, or a blocked watched word). Those words are deleted
 * once read, so that id names the moment, never anything that can be fetched.
 */
export const crisisNoticeContentTypeSchema = z.enum(['post', 'message', 'withheld_words']);
export type CrisisNoticeContentType = z.infer<typeof crisisNoticeContentTypeSchema>;

/** The `crisis:resources` socket event and each item of `GET /me/crisis-notices`. */
export const crisisResourcesSchema = z.object({
  noticeId: z.uuid(),
  contentType: crisisNoticeContentTypeSchema,
  contentId: z.uuid(),
  /**
   * `self`: the writer may be in crisis; `danger`: someone else is hurting or threatening them;
   * `concern_for_other`: they are worried about someone.
   */
  concern: z.enum(['self', 'danger', 'concern_for_other']),
  /**
   * For `self`: the words also tell of someone hurting or threatening them. The panel keeps to their
   * own crisis first, adds the lines for abuse at home and the way off the screen, and offers no
   * call to their phone. Absent from an api node older than this field: read as false.
   */
  alsoInDanger: z.boolean().optional(),
  region: z.string(),
  hotlines: hotlinesAnswerSchema,
  message: z.string(),
  heading: z.string(),
  createdAt: isoTimestampSchema,
  /** The member pressed "Talk to a moderator now" on this notice: the panel says a moderator has been asked. */
  supportRequested: z.boolean(),
  /** The member folded this panel ("Hide for now"), on any device: it opens folded. Absent from an older api node: false. */
  hidden: z.boolean().optional(),
});
export type CrisisResources = z.infer<typeof crisisResourcesSchema>;

/** `POST /me/support-requests`: the review item that puts the member on top of the queue, and when it is due. */
export const supportRequestReceiptSchema = z.object({ flagId: z.uuid(), dueAt: isoTimestampSchema });
