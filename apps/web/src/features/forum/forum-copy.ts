import { FORUM_LIMITS, type Post, type ReactionKind, type ReportReason } from '@lantern/contracts';

/** Reactions that fit a support forum: ways to say "I hear you", never a dislike. */
export const REACTION_LABELS: Record<ReactionKind, { label: string; emoji: string }> = {
  hug: { label: 'Hug', emoji: '🤗' },
  me_too: { label: 'Me too', emoji: '🤝' },
  thank_you: { label: 'Thank you', emoji: '💛' },
};

export const REPORT_REASON_LABELS: Record<ReportReason, { label: string; description: string }> = {
  crisis_concern: {
    label: "I'm worried about this person's safety",
    description: 'A moderator will look at it first, and the writer will be offered support. Nobody is punished for struggling.',
  },
  harassment: { label: 'Harassment or unkindness', description: 'Attacks, insults or pressure aimed at someone.' },
  harmful_advice: { label: 'Harmful advice', description: 'Advice that could put someone at risk, or details of methods.' },
  spam: { label: 'Spam or advertising', description: 'Selling, links for their own sake, or repeated posts.' },
  other: { label: 'Something else', description: 'Tell the moderators what worries you in the note.' },
};

/** The gentle line shown where a post's words used to be. */
export function postPlaceholder(post: Pick<Post, 'status' | 'author'>): string | null {
  switch (post.status) {
    case 'deleted':
      return post.author.isYou ? 'You deleted this post.' : 'This post was deleted by its author.';
    case 'hidden':
      return post.author.isYou
        ? "This post is hidden from others while a moderator takes a look; only you can see it. You'll hear from us if anything needs to change."
        : 'This post is hidden while a moderator takes a look.';
    case 'removed':
      return 'This post was removed by a moderator because it did not fit our community guidelines.';
    default:
      return null;
  }
}

/**
 * The content warning a reader sees before a thread's posts: the thread's own words, or the
 * category's default (e.g. Self-harm support) when the author gave none.
 */
export function contentWarningFor(threadWarning: string | null, categoryHasWarning: boolean): string | null {
  const own = threadWarning?.trim();
  if (own) return own;
  return categoryHasWarning ? 'This category talks about topics some people may find hard to read.' : null;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long until a moment to come, by the rule the api's refusals use (`whenAgain` in
 * apps/api/src/auth/sanctions.ts): whole minutes rounded up, in minutes under 90, then hours to
 * the nearest, then days from 48 hours. A paused member reads the same length in the banner as
 * in the sentence that refuses their post ("in 2 hours" for a 90-minute pause, in both).
 */
function describeTimeUntil(then: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((then - now) / 60_000));
  if (minutes < 90) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return hours < 48 ? relative.format(hours, 'hour') : relative.format(Math.round(hours / 24), 'day');
}

/**
 * "5 minutes ago", "yesterday", "just now": how people say it, with the exact time in `title`.
 * A moment still to come ("in 2 hours") is said as the api says it (describeTimeUntil).
 */
export function describeTimeAgo(iso: string, now = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  if (then > now) return describeTimeUntil(then, now);
  const seconds = Math.round((then - now) / 1000);
  if (Math.abs(seconds) < 60) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

export function formatExactTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A failure's sentence with the reassurance that the member's words are kept, once: the api's
 * own sentence often says it already ("Your words are still in the box"), and twice reads as a
 * stutter, read twice by a screen reader.
 */
export function withWordsKept(summary: string): string {
  return /(words are still|is kept on this device|still in the box|every word is still here)/i.test(summary) ? summary : `${summary} Your words are still here.`;
}

export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * Said under a post or reply box holding more than FORUM_LIMITS.bodyMax characters (counted as
 * the api counts them, without the spaces around), or null when it fits. The boxes have no
 * maxLength: a browser cuts a long paste short without a word, and every word is kept instead.
 */
export function bodyTooLong(text: string, what: 'post' | 'reply'): string | null {
  const length = text.trim().length;
  if (length <= FORUM_LIMITS.bodyMax) return null;
  const rest = what === 'reply' ? 'post the rest in another reply' : 'post the rest as a reply';
  return `That is ${pluralise(length, 'character')}; a ${what} holds up to ${FORUM_LIMITS.bodyMax.toLocaleString('en')}, so this is ${pluralise(length - FORUM_LIMITS.bodyMax, 'character')} over. Shorten it, or ${rest}. Every word is still here.`;
}

/**
 * Said under a one-line field (a thread's title, its content warning) holding more than `max`
 * characters (counted as the api counts them, without the spaces around), or null when it fits.
 * The fields have no maxLength, for the reason the post box has none: a browser cuts a long paste
 * short without a word.
 */
export function fieldTooLong(text: string, max: number, what: string, before: 'posting' | 'sending' | 'removing' = 'posting'): string | null {
  const length = text.trim().length;
  if (length <= max) return null;
  return `That is ${pluralise(length, 'character')}; ${what} holds up to ${pluralise(max, 'character')}, so this is ${pluralise(length - max, 'character')} over. Shorten it before ${before}; every word is still here.`;
}

/** What a member whose posting is paused reads where they would post, edit or start a thread. */
export const POSTING_PAUSED_COPY = {
  /** Under a reply box or the new-thread form: writing is still theirs, posting waits. */
  write: 'Your posting is paused for now (see above): you can write, and your draft is kept on this device until you can post it.',
  edit: 'Editing is paused with your posting. You can still delete this post.',
  editor: 'Your posting is paused for now (see above), so changes cannot be saved until it ends. You can still delete this post.',
} as const;
