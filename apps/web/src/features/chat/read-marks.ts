import { browserStorage, forgetKeysStartingWith } from '../../api/browser-storage';
import { isAfter, type LogPlace } from './message-log';

/**
 * Where a member had read a room to when they last had its end in front of them: the place of the
 * newest message someone else had said (null: nobody else had said anything yet). Coming back, the
 * "New messages" marker goes above the first message said after it.
 */
export interface ReadMark {
  readTo: LogPlace | null;
}

/**
 * Kept in this browser only (localStorage, per member and room, gone at sign-out): the server keeps
 * no record of what a member has read, and this needs none. Another device starts without a mark,
 * as on a first visit: no marker.
 */
const PREFIX = 'lantern.chat.read.';
const keyFor = (memberId: string, room: string) => `${PREFIX}${memberId}.${room}`;

function isPlace(value: unknown): value is LogPlace {
  if (typeof value !== 'object' || value === null) return false;
  const { createdAt, id } = value as Record<string, unknown>;
  return typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string';
}

/** The member's mark for the room, or null when this browser has none (never opened here, or unreadable). */
export function recallReadMark(memberId: string, room: string, storage = browserStorage('local')): ReadMark | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(keyFor(memberId, room)) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null || !('readTo' in parsed)) return null;
    const { readTo } = parsed;
    return readTo === null || isPlace(readTo) ? { readTo } : null;
  } catch {
    return null;
  }
}

/**
 * Moves the member's mark for the room on to `readTo`; never back (another tab of theirs may have
 * read further, and a mark that went back would show messages they read as new).
 */
export function keepReadMark(memberId: string, room: string, readTo: LogPlace | null, storage = browserStorage('local')): void {
  const kept = recallReadMark(memberId, room, storage);
  if (kept && (readTo === null || (kept.readTo !== null && !isAfter(readTo, kept.readTo)))) return;
  try {
    storage?.setItem(keyFor(memberId, room), JSON.stringify({ readTo: readTo && { createdAt: readTo.createdAt, id: readTo.id } }));
  } catch {
    // Storage full or blocked: the marker works for this visit, and the next starts without one.
  }
}

/** At sign-out: every room's mark of that member (registered in main.tsx). */
export function forgetReadMarks(memberId: string, storage = browserStorage('local')): void {
  forgetKeysStartingWith(`${PREFIX}${memberId}.`, storage);
}
