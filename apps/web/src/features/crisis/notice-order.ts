import type { CrisisResources } from '@lantern/contracts';
import { recallNotice } from './crisis-panel-memory';

/**
 * The notice the panel shows. The one shown stays while it is open in front of the member; it gives
 * way when they hid it for now, or when one more pressing comes (about themself while it is about
 * someone else; their own crisis while it is about their danger from someone else): then help for
 * words just written is never kept behind it, and comes in full, announced. Among the rest, the
 * member's own crisis, then their danger, then someone they worry for, the newest first.
 */
export function nextInTurn(notices: readonly CrisisResources[], shown: CrisisResources | undefined): CrisisResources | undefined {
  const [first] = [...notices].sort((a, b) => (turn(a) === turn(b) ? b.createdAt.localeCompare(a.createdAt) : turn(a) - turn(b)));
  if (!shown || !first) return first;
  const givesWay = recallNotice(shown.noticeId).hidden === true || turn(first) < turn(shown);
  return givesWay ? first : shown;
}

/** The member's own crisis first, then their danger from someone else, then worry for a friend. */
function turn(notice: Pick<CrisisResources, 'concern'>): number {
  return notice.concern === 'self' ? 0 : notice.concern === 'danger' ? 1 : 2;
}

/**
 * The notices "I'm safe right now" answers: every open one of the same kind as the one in front of
 * the member, so someone who wrote five hard messages is not asked five times. Only of the same
 * kind: safe from a partner tonight says nothing of their own wish to die, whose panel (and safety
 * plan) still comes; a panel about a friend answers for itself.
 */
export function answeredTogether(shown: CrisisResources, notices: readonly CrisisResources[]): string[] {
  const answered = shown.concern === 'concern_for_other' ? [shown] : notices.filter((other) => other.concern === shown.concern);
  return answered.map((each) => each.noticeId);
}
