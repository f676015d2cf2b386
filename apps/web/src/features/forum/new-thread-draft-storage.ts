import {
  defaultStorage,
  draftFingerprint,
  DRAFT_MAX_AGE_MS,
  mayRemoveStoredDraft,
  NEW_THREAD_DRAFT_KEY_PREFIX,
  parseStoredRecord,
  storedClientPostId,
  type DraftStorage,
} from './reply-draft-storage';

/**
 * The thread a member is starting, kept in localStorage as it is typed, the way reply drafts are
 * (reply-draft-storage.ts): a reload, Back, a closed tab or a session that ended does not take
 * the words, which come back when the member opens "Start a thread" again. One per member, named
 * in the key; forgotten after DRAFT_MAX_AGE_MS, once the thread is posted, and at sign-out
 * (clearMemberReplyDrafts). Storage that is missing or refuses writes leaves the form working,
 * without a kept draft. Two tabs share the one draft: a tab that posts or empties its form forgets
 * it only while it is still that tab's own (mayRemoveStoredDraft).
 */
export interface NewThreadDraft {
  categorySlug: string;
  title: string;
  body: string;
  withWarning: boolean;
  contentWarning: string;
  asAlias: boolean;
  /** The id the thread is sent with, kept with the draft as a reply's is (ReplyDraft.clientPostId). */
  clientPostId?: string;
}

export function newThreadDraftKey(memberId: string): string {
  return `${NEW_THREAD_DRAFT_KEY_PREFIX}${memberId}`;
}

/** A draft with no words in it (title, post or warning) is nothing worth keeping. */
export function isEmptyNewThreadDraft(draft: NewThreadDraft): boolean {
  return draft.title.trim() === '' && draft.body.trim() === '' && draft.contentWarning.trim() === '';
}

function parse(raw: string): (NewThreadDraft & { savedAt: number }) | null {
  const value = parseStoredRecord(raw);
  if (!value) return null;
  const { categorySlug, title, body, withWarning, contentWarning, asAlias, clientPostId, savedAt } = value;
  if (typeof title !== 'string' || typeof body !== 'string' || typeof savedAt !== 'number') return null;
  return {
    categorySlug: typeof categorySlug === 'string' ? categorySlug : '',
    title,
    body,
    withWarning: withWarning === true,
    contentWarning: typeof contentWarning === 'string' ? contentWarning : '',
    asAlias: asAlias === true,
    ...storedClientPostId(clientPostId),
    savedAt,
  };
}

export function readNewThreadDraft(memberId: string, now = Date.now(), storage: DraftStorage | undefined = defaultStorage()): NewThreadDraft | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(newThreadDraftKey(memberId));
  } catch {
    return null;
  }
  if (raw === null) return null;
  const stored = parse(raw);
  if (!stored || now - stored.savedAt > DRAFT_MAX_AGE_MS) {
    clearNewThreadDraft(memberId, storage);
    return null;
  }
  return {
    categorySlug: stored.categorySlug,
    title: stored.title,
    body: stored.body,
    withWarning: stored.withWarning,
    contentWarning: stored.contentWarning,
    asAlias: stored.asAlias,
    ...storedClientPostId(stored.clientPostId),
  };
}

/** Saves the draft, or removes it when it holds no words. */
export function writeNewThreadDraft(memberId: string, draft: NewThreadDraft, now = Date.now(), storage: DraftStorage | undefined = defaultStorage()): void {
  if (!storage) return;
  if (isEmptyNewThreadDraft(draft)) {
    clearNewThreadDraft(memberId, storage);
    return;
  }
  try {
    storage.setItem(newThreadDraftKey(memberId), JSON.stringify({ ...draft, savedAt: now }));
  } catch {
    // Full or refused: the words stay in the form for as long as the page is open.
  }
}

/**
 * Keeps the form's draft and returns the fingerprint of what is kept now, for the next call; an
 * empty form removes the stored draft only when it is this tab's own.
 */
export function keepNewThreadDraft(
  memberId: string,
  draft: NewThreadDraft,
  keptHere: string | null,
  now = Date.now(),
  storage: DraftStorage | undefined = defaultStorage(),
): string | null {
  if (!isEmptyNewThreadDraft(draft)) {
    writeNewThreadDraft(memberId, draft, now, storage);
    return draftFingerprint(draft);
  }
  forgetNewThreadDraftKeptHere(memberId, keptHere, now, storage);
  return null;
}

/** Once the thread is posted: its draft goes, unless another tab has stored a thread of its own since. */
export function forgetNewThreadDraftKeptHere(memberId: string, keptHere: string | null, now = Date.now(), storage: DraftStorage | undefined = defaultStorage()): void {
  if (mayRemoveStoredDraft(readNewThreadDraft(memberId, now, storage), keptHere)) clearNewThreadDraft(memberId, storage);
}

export function clearNewThreadDraft(memberId: string, storage: DraftStorage | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(newThreadDraftKey(memberId));
  } catch {
    // Nothing stored, nothing to remove.
  }
}
