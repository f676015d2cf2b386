import { browserStorage, forgetKeysStartingWith } from '../../api/browser-storage';

/** A message written in a room that the server has not stored yet: waiting to go, or refused. */
export interface UnsentMessage {
  clientMsgId: string;
  body: string;
  createdAt: string;
  /** Why it was refused (a mute, a locked room), when it was: the member decides what to do with it. */
  error?: string;
  /** Since when the room may have it (an attempt whose answer never came; see QueuedSend). */
  maybeStoredSince?: string;
  /** Its writer asked not to send it, and Lantern is being asked to take it back (the room may already have it). */
  takingBack?: true;
}

/**
 * Messages not yet stored are kept for this tab (sessionStorage, per member and room, gone when
 * the tab closes and at sign-out), so words written without a connection survive the member
 * moving to another page or reloading: the room sends them when it is opened again, with the
 * same clientMsgId, so one that did reach the server before is stored once.
 */
const PREFIX = 'lantern.chat.unsent.';
const keyFor = (memberId: string, room: string) => `${PREFIX}${memberId}.${room}`;

/**
 * A kept message as it can be read: without its words and id it is nothing; a mark it carries that
 * cannot be read is read the careful way (the words are never dropped for it): "may be in the
 * room" since it was written, and "asked not to send" as asked, so it is checked, not sent.
 */
function asUnsent(value: unknown): UnsentMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { clientMsgId, body, createdAt, error, maybeStoredSince, takingBack } = value as Record<string, unknown>;
  if (typeof clientMsgId !== 'string' || typeof body !== 'string' || typeof createdAt !== 'string') return null;
  return {
    clientMsgId,
    body,
    createdAt,
    ...(typeof error === 'string' ? { error } : {}),
    ...(maybeStoredSince === undefined ? {} : { maybeStoredSince: typeof maybeStoredSince === 'string' ? maybeStoredSince : createdAt }),
    ...(takingBack === undefined || takingBack === false ? {} : { takingBack: true as const }),
  };
}

export function recallUnsent(memberId: string, room: string, storage = browserStorage('session')): UnsentMessage[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(keyFor(memberId, room)) ?? '[]');
    return Array.isArray(parsed) ? parsed.map(asUnsent).filter((message): message is UnsentMessage => message !== null) : [];
  } catch {
    return [];
  }
}

export function keepUnsent(memberId: string, room: string, messages: UnsentMessage[], storage = browserStorage('session')): void {
  try {
    if (messages.length === 0) storage?.removeItem(keyFor(memberId, room));
    else storage?.setItem(keyFor(memberId, room), JSON.stringify(messages));
  } catch {
    // Storage full or blocked: the words stay on this page while it is open.
  }
}

/**
 * What the member is writing in a room's composer, kept the same way (this tab, per member and
 * room), so a page left mid-message (a tap on "talk to someone now", a reload, a session that
 * ended and was signed into again) gives the words back when the room is opened again.
 */
export const CHAT_DRAFT_KEY_PREFIX = 'lantern.chat.draft.';
const draftKeyFor = (memberId: string, room: string) => `${CHAT_DRAFT_KEY_PREFIX}${memberId}.${room}`;

export function recallDraft(memberId: string, room: string, storage = browserStorage('session')): string {
  try {
    return storage?.getItem(draftKeyFor(memberId, room)) ?? '';
  } catch {
    return '';
  }
}

export function keepDraft(memberId: string, room: string, text: string, storage = browserStorage('session')): void {
  try {
    if (text.trim() === '') storage?.removeItem(draftKeyFor(memberId, room));
    else storage?.setItem(draftKeyFor(memberId, room), text);
  } catch {
    // Storage full or blocked: the words stay in the composer while the page is open.
  }
}

/** At sign-out: every room's unsent messages and drafts of that member (registered in main.tsx). */
export function forgetUnsent(memberId: string, storage = browserStorage('session')): void {
  forgetKeysStartingWith(`${PREFIX}${memberId}.`, storage);
  forgetKeysStartingWith(`${CHAT_DRAFT_KEY_PREFIX}${memberId}.`, storage);
}
