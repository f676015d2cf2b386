import type { Post } from '@lantern/contracts';
import { browserStorage } from '../../api/browser-storage';

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
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

export type DraftQuote = NonNullable<Post['quote']>;

export interface ReplyDraft {
  body: string;
  quote: DraftQuote | null;
  postAs: 'pseudonym' | 'alias';
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
  const { body, quote, postAs, savedAt } = value;
  if (typeof body !== 'string' || typeof savedAt !== 'number') return null;
  return {
    body,
    quote: isQuote(quote) ? quote : null,
    postAs: postAs === 'alias' ? 'alias' : 'pseudonym',
    savedAt,
  };
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
  return { ...current, body, quote };
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
  return { body: stored.body, quote: stored.quote, postAs: stored.postAs };
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
 * Signing out forgets every draft this member left in this browser, replies and the thread they
 * were starting: the next person at a shared computer must not find their words.
 */
export function clearMemberReplyDrafts(memberId: string, storage: Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined = defaultStorage()): void {
  if (!storage) return;
  const prefix = `${REPLY_DRAFT_KEY_PREFIX}${memberId}.`;
  const threadDraft = `${NEW_THREAD_DRAFT_KEY_PREFIX}${memberId}`;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix) || key === threadDraft) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage refused: there was nothing it would let us keep either.
  }
}
