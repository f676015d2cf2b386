import type { QueueItem } from '@lantern/contracts';
import { SEVERE_HARM_CATEGORIES } from '@lantern/moderation';

/*
 * Triage copy for the queue: how long until an item is due (or how long it has been overdue),
 * what its priority means in words, and which items come from the same member. Pure functions,
 * so the console's wording is tested without a browser.
 */

const MINUTE = 60_000;

/** "4 min", "2 hr 5 min", "1 day 3 hr": a span rounded down to the minute, compact for a busy list. */
export function formatSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} hr ${minutes % 60} min` : `${hours} hr`;
  const days = Math.floor(hours / 24);
  const dayWord = `${days} ${days === 1 ? 'day' : 'days'}`;
  return hours % 24 ? `${dayWord} ${hours % 24} hr` : dayWord;
}

export interface DueStatus {
  overdue: boolean;
  /** "due in 4 min", "overdue by 12 min", … */
  text: string;
  /** For overdue items, what follows the word "overdue" ("by 12 min"), so a marker can say that word. */
  late?: string;
}

const overdueBy = (late: string): DueStatus => ({ overdue: true, text: late ? `overdue ${late}` : 'overdue', late });

/**
 * Where an unresolved item stands against its due time at `now`; null for resolved items (their
 * due time no longer matters). The api's `overdue` counts too: it was true when fetched, and time
 * only moves on, so a browser clock running a little behind the server never un-marks an item.
 */
export function dueStatus(item: Pick<QueueItem, 'dueAt' | 'overdue' | 'status'>, now: number): DueStatus | null {
  if (item.status === 'resolved') return null;
  const due = Date.parse(item.dueAt);
  if (Number.isNaN(due)) return item.overdue ? overdueBy('') : null;
  const left = due - now;
  if (left < 0) return overdueBy(-left < MINUTE ? 'by under a minute' : `by ${formatSpan(-left)}`);
  if (item.overdue) return overdueBy('');
  return { overdue: false, text: left < MINUTE ? 'due in under a minute' : `due in ${formatSpan(left)}` };
}

export type PriorityTone = 'urgent' | 'high' | 'elevated' | 'standard';

export interface PriorityLabel {
  /** Words a moderator reads instead of the number. */
  label: string;
  /** How loudly the console shows it; the words carry the meaning, never the colour alone. */
  tone: PriorityTone;
}

const severeHarm: ReadonlySet<string> = new Set(SEVERE_HARM_CATEGORIES);

/**
 * The priority in words, from the same facts the policy ranks by (libs/moderation/src/policy.ts
 * and the api's report and support-request paths):
 * - a member whose hand-off to a crisis line failed, or who pressed "Talk to a moderator now" (a crisis item about the member, due in 2 min);
 * - crisis items by the classifier's risk tier (a member's crisis-concern report counts as moderate);
 * - abuse that is hidden until a human looks (incitement, method instructions, threats) above other abuse;
 * - member reports, and items only a watched word opened (a report item with no report behind it).
 */
export function priorityLabel(item: Pick<QueueItem, 'kind' | 'risk' | 'categories' | 'contentType' | 'reports'> & Partial<Pick<QueueItem, 'handoffFailed' | 'authorId'>>): PriorityLabel {
  if (item.kind === 'crisis') {
    // A support request unlinked from its member: they erased their account, and it closed then.
    if (item.contentType === 'member' && item.authorId === null) return { label: 'Account erased', tone: 'standard' };
    // Promised a counsellor whom the hand-off never reached: nobody outside Lantern has the case.
    if (item.contentType === 'member' && item.handoffFailed) return { label: 'Hand-off failed', tone: 'urgent' };
    if (item.contentType === 'member') return { label: 'Asking for help now', tone: 'urgent' };
    if (item.risk === 'imminent') return { label: 'Imminent risk', tone: 'urgent' };
    if (item.risk === 'high') return { label: 'High risk', tone: 'high' };
    if (item.risk === 'moderate' || item.risk === 'low') return { label: `Crisis, ${item.risk} risk`, tone: 'elevated' };
    return { label: 'Crisis', tone: 'elevated' };
  }
  if (item.kind === 'harm') {
    return item.categories.some((category) => severeHarm.has(category)) ? { label: 'Severe harm', tone: 'elevated' } : { label: 'Harmful content', tone: 'standard' };
  }
  return item.reports > 0 ? { label: 'Report', tone: 'standard' } : { label: 'Watched word', tone: 'standard' };
}

/**
 * For each item, the other items in the list from the same member, in the list's order. Items
 * with no known author, or alone, are left out. Only the api's authorId is compared; it is never
 * shown.
 */
export function sameMemberItems<T extends Pick<QueueItem, 'id' | 'authorId'>>(items: readonly T[]): Map<string, T[]> {
  const byAuthor = new Map<string, T[]>();
  for (const item of items) {
    if (!item.authorId) continue;
    const group = byAuthor.get(item.authorId);
    if (group) group.push(item);
    else byAuthor.set(item.authorId, [item]);
  }
  const others = new Map<string, T[]>();
  for (const group of byAuthor.values()) {
    if (group.length < 2) continue;
    for (const item of group) others.set(item.id, group.filter((other) => other !== item));
  }
  return others;
}

/**
 * Items of the last overdue alert that still wait: one the queue now shows claimed or resolved (a
 * colleague took it since) is no longer waiting, though the alert that named it has not been
 * repeated yet. An item the queue does not show (filtered out) is kept: nothing says it moved.
 */
export function stillOverdue<T extends Pick<QueueItem, 'id'>>(alerted: readonly T[], queue: readonly Pick<QueueItem, 'id' | 'status' | 'claimedBy'>[]): T[] {
  const now = new Map(queue.map((item) => [item.id, item]));
  return alerted.filter((item) => {
    const current = now.get(item.id);
    return !current || (current.status === 'open' && current.claimedBy === null);
  });
}
