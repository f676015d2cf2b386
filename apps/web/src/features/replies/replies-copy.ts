import { REPLIES_LIMITS, type ReplyToYou } from '@lantern/contracts';

/** The count as the badge shows it: "99+" once counting stopped at the cap. */
export function unreadBadgeText(count: number): string {
  return count >= REPLIES_LIMITS.unreadCap ? `${REPLIES_LIMITS.unreadCap - 1}+` : String(count);
}

/** What happened, in a few words: who answered, and how. */
export function replyHeadline(item: Pick<ReplyToYou, 'author' | 'kind'>): string {
  return item.kind === 'quote' ? `${item.author.displayName} quoted you` : `${item.author.displayName} replied to your thread`;
}
