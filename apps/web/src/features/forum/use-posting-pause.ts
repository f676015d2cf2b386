import { useCurrentRestriction } from '../moderator-notes/restriction-notice';

/**
 * When the signed-in member's posting is paused (a moderator's suspension), the instant it ends;
 * else null. A mute pauses chat only, so the forum is unchanged by it. The api refuses a new
 * thread, a reply and an edit meanwhile, and allows deleting one's own posts, reactions and
 * reports: the forum offers exactly that, and says why the rest waits.
 */
export function usePostingPausedUntil(): string | null {
  const restriction = useCurrentRestriction();
  return restriction?.kind === 'suspended' ? restriction.until : null;
}
