import { defaultStorage, DRAFT_MAX_AGE_MS, NEW_THREAD_DRAFT_KEY_PREFIX, parseStoredRecord, type DraftStorage } from './reply-draft-storage';

/**
 * The thread a member is starting, kept in localStorage as it is typed, the way reply drafts are
 * (reply-draft-storage.ts): a reload, Back, a closed tab or a session that ended does not take
 * the words, which come back when the member opens "Start a thread" again. One per member, named
 * in the key; forgotten after DRAFT_MAX_AGE_MS, once the thread is posted, and at sign-out
 * (clearMemberReplyDrafts). Storage that is missing or refuses writes leaves the form working,
 * without a kept draft.
 */
export interface NewThreadDraft {
  categorySlug: string;
  title: string;
  body: string;
  withWarning: boolean;
  contentWarning: string;
  asAlias: boolean;
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
  const { categorySlug, title, body, withWarning, contentWarning, asAlias, savedAt } = value;
  if (typeof title !== 'string' || typeof body !== 'string' || typeof savedAt !== 'number') return null;
  return {
    categorySlug: typeof categorySlug === 'string' ? categorySlug : '',
    title,
    body,
    withWarning: withWarning === true,
    contentWarning: typeof contentWarning === 'string' ? contentWarning : '',
    asAlias: asAlias === true,
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

export function clearNewThreadDraft(memberId: string, storage: DraftStorage | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(newThreadDraftKey(memberId));
  } catch {
    // Nothing stored, nothing to remove.
  }
}
