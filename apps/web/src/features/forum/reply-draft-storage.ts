import type { Post } from '@lantern/contracts';
import { browserStorage } from '../../api/browser-storage';
import { newClientRequestId } from '../../api/client-request-id';

/**
 * Unsent replies are kept in localStorage, per member and per thread, so a reload, a lost
 * connection or a closed tab does not take words someone found hard to write. The key names
 * the member so the next person on a shared browser never sees another member's draft, and a
 * draft older than DRAFT_MAX_AGE_MS is forgotten rather than resurfacing months later.
 * Storage may be missing or refuse writes (private windows, quota): the composer then simply
 * works without keeping a draft.
 */
export const REPLY_DRAFT_KEY_PREFIX = 'lantern.forum.replyDraft.';
/** A thread being started, one per member (new-thread-draft-storage.ts); kept and forgotten as replies are. */
export const NEW_THREAD_DRAFT_KEY_PREFIX = 'lantern.forum.threadDraft.';
/** Changes to a post being edited, per member and post (post-edit-draft-storage.ts); kept and forgotten as replies are. */
export const POST_EDIT_DRAFT_KEY_PREFIX = 'lantern.forum.editDraft.';
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

export type DraftQuote = NonNullable<Post['quote']>;

export interface ReplyDraft {
  body: string;
  quote: DraftQuote | null;
  postAs: 'pseudonym' | 'alias';
  /**
   * The id the reply is sent with (`clientPostId`), made at the first press of Post and kept with
   * the draft: every retry of it, after a timeout, a lost answer or a reload, is then stored once.
   */
  clientPostId?: string;
}

interface StoredDraft extends ReplyDraft {
  savedAt: number;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function replyDraftKey(memberId: string, threadId: string): string {
  return `${REPLY_DRAFT_KEY_PREFIX}${memberId}.${threadId}`;
}

export function defaultStorage(): Storage | undefined {
  return browserStorage('local');
}

function isQuote(value: unknown): value is DraftQuote {
  if (typeof value !== 'object' || value === null) return false;
  const { postId, authorName, excerpt } = value as Record<string, unknown>;
  return typeof postId === 'string' && typeof authorName === 'string' && typeof excerpt === 'string';
}

/** A stored draft's fields, or null when what is stored is not a JSON object (another app's, or damaged). */
export function parseStoredRecord(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function parseStoredDraft(raw: string): StoredDraft | null {
  const value = parseStoredRecord(raw);
  if (!value) return null;
  const { body, quote, postAs, clientPostId, savedAt } = value;
  if (typeof body !== 'string' || typeof savedAt !== 'number') return null;
  return {
    body,
    quote: isQuote(quote) ? quote : null,
    postAs: postAs === 'alias' ? 'alias' : 'pseudonym',
    ...storedClientPostId(clientPostId),
    savedAt,
  };
}

/**
 * The draft with the id its post will be sent with (`clientPostId`), made as soon as it holds
 * something. It is stored with the first words, not at the press of Post: posting then writes
 * nothing, so a draft another tab kept in the same place meanwhile is not overwritten.
 */
export function withClientPostId<D extends { clientPostId?: string }>(draft: D, empty: boolean): D {
  return draft.clientPostId || empty ? draft : { ...draft, clientPostId: newClientRequestId() };
}

/**
 * A stored draft's `clientPostId`, as a field only when there is one: a draft read back compares
 * equal (draftFingerprint) to the one that was kept.
 */
export function storedClientPostId(value: unknown): { clientPostId?: string } {
  return typeof value === 'string' && value !== '' ? { clientPostId: value } : {};
}

/**
 * Whether this browser will keep a reply draft right now (storage present and accepting writes),
 * so the page only promises that drafts are safe when they are.
 */
export function canKeepReplyDrafts(storage: DraftStorage | undefined = defaultStorage()): boolean {
  if (!storage) return false;
  const probe = `${REPLY_DRAFT_KEY_PREFIX}probe`;
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * The draft once the reply it sent has landed: the box stays open while a reply is sent, so words
 * typed meanwhile after the sent ones are kept, and only the sent words go. Should the sent words
 * themselves have changed meanwhile, nothing is taken out: the member decides what to delete. The
 * quote goes when it is the one that was sent.
 */
export function draftAfterSending(current: ReplyDraft, sent: { body: string; quotePostId?: string }): ReplyDraft {
  const body = current.body === sent.body ? '' : current.body.startsWith(sent.body) ? current.body.slice(sent.body.length).replace(/^\s+/, '') : current.body;
  const quote = current.quote && current.quote.postId === sent.quotePostId ? null : current.quote;
  // The id went with the reply that landed: whatever is left is another reply, with an id of its own.
  const { clientPostId: _landed, ...left } = current;
  return { ...left, body, quote };
}

/**
 * What a draft says and chose, without when it was saved: a tab compares it with what is stored
 * to tell its own draft from one another tab of the same member wrote there since.
 */
export function draftFingerprint(draft: object | null): string | null {
  if (draft === null) return null;
  return JSON.stringify(Object.entries(draft).filter(([key]) => key !== 'savedAt').sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Whether a tab whose box is now empty (posted, or its words deleted) may remove the stored
 * draft: only when nothing is stored or what is stored is still what this tab last kept
 * (`keptHere`, a fingerprint). Two tabs share one stored draft per place; the words another tab
 * wrote there since must not go because this one posted.
 */
export function mayRemoveStoredDraft(stored: object | null, keptHere: string | null): boolean {
  return stored === null || draftFingerprint(stored) === keptHere;
}

/**
 * Keeps the reply box's draft and returns the fingerprint of what is kept now, for the next call.
 * An empty box removes the stored draft only when it is this tab's own (mayRemoveStoredDraft).
 */
export function keepReplyDraft(
  memberId: string,
  threadId: string,
  draft: ReplyDraft,
  keptHere: string | null,
  now = Date.now(),
  storage: DraftStorage | undefined = defaultStorage(),
): string | null {
  if (!isEmptyDraft(draft)) {
    writeReplyDraft(memberId, threadId, draft, now, storage);
    return draftFingerprint(draft);
  }
  if (mayRemoveStoredDraft(readReplyDraft(memberId, threadId, now, storage), keptHere)) clearReplyDraft(memberId, threadId, storage);
  return null;
}

/** A draft with no words and no quote is nothing worth keeping. */
export function isEmptyDraft(draft: ReplyDraft): boolean {
  return draft.body.trim() === '' && draft.quote === null;
}

export function readReplyDraft(
  memberId: string,
  threadId: string,
  now = Date.now(),
  storage: DraftStorage | undefined = defaultStorage(),
): ReplyDraft | null {
  if (!storage) return null;
  const key = replyDraftKey(memberId, threadId);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const stored = parseStoredDraft(raw);
  if (!stored || now - stored.savedAt > DRAFT_MAX_AGE_MS) {
    clearReplyDraft(memberId, threadId, storage);
    return null;
  }
  return { body: stored.body, quote: stored.quote, postAs: stored.postAs, ...storedClientPostId(stored.clientPostId) };
}

/** Saves the draft, or removes it when it is empty, so storage holds only drafts with words in. */
export function writeReplyDraft(
  memberId: string,
  threadId: string,
  draft: ReplyDraft,
  now = Date.now(),
  storage: DraftStorage | undefined = defaultStorage(),
): void {
  if (!storage) return;
  if (isEmptyDraft(draft)) {
    clearReplyDraft(memberId, threadId, storage);
    return;
  }
  const stored: StoredDraft = { ...draft, savedAt: now };
  try {
    storage.setItem(replyDraftKey(memberId, threadId), JSON.stringify(stored));
  } catch {
    // Full or refused: the draft stays in the composer for as long as the page is open.
  }
}

export function clearReplyDraft(memberId: string, threadId: string, storage: DraftStorage | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(replyDraftKey(memberId, threadId));
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/**
 * Signing out forgets every draft this member left in this browser, replies, the thread they
 * were starting and changes to their posts: the next person at a shared computer must not find
 * their words.
 */
export function clearMemberReplyDrafts(memberId: string, storage: Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined = defaultStorage()): void {
  if (!storage) return;
  const prefixes = [`${REPLY_DRAFT_KEY_PREFIX}${memberId}.`, `${POST_EDIT_DRAFT_KEY_PREFIX}${memberId}.`];
  const threadDraft = `${NEW_THREAD_DRAFT_KEY_PREFIX}${memberId}`;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && (key === threadDraft || prefixes.some((prefix) => key.startsWith(prefix)))) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage refused: there was nothing it would let us keep either.
  }
}
