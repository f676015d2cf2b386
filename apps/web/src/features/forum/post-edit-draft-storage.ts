import { defaultStorage, DRAFT_MAX_AGE_MS, parseStoredRecord, POST_EDIT_DRAFT_KEY_PREFIX, type DraftStorage } from './reply-draft-storage';

/**
 * Changes to a post that are not saved yet, kept in localStorage as they are typed, the way reply
 * drafts are (reply-draft-storage.ts): a reload, a failed save followed by a closed tab, or a
 * session that ended does not take them, and the post opens its editor with them again. Per
 * member and post; forgotten once saved, on Cancel, after DRAFT_MAX_AGE_MS and at sign-out
 * (clearMemberReplyDrafts). `baseVersion` is the version the changes began from, so a save from a
 * restored draft is still refused (EDIT_CONFLICT) if the post changed meanwhile.
 */
export interface PostEditDraft {
  body: string;
  baseVersion: number;
}

export function postEditDraftKey(memberId: string, postId: string): string {
  return `${POST_EDIT_DRAFT_KEY_PREFIX}${memberId}.${postId}`;
}

export function readPostEditDraft(memberId: string, postId: string, now = Date.now(), storage: DraftStorage | undefined = defaultStorage()): PostEditDraft | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(postEditDraftKey(memberId, postId));
  } catch {
    return null;
  }
  if (raw === null) return null;
  const stored = parseStoredRecord(raw);
  const { body, baseVersion, savedAt } = stored ?? {};
  if (typeof body !== 'string' || typeof baseVersion !== 'number' || typeof savedAt !== 'number' || now - savedAt > DRAFT_MAX_AGE_MS) {
    clearPostEditDraft(memberId, postId, storage);
    return null;
  }
  return { body, baseVersion };
}

export function writePostEditDraft(memberId: string, postId: string, draft: PostEditDraft, now = Date.now(), storage: DraftStorage | undefined = defaultStorage()): void {
  try {
    storage?.setItem(postEditDraftKey(memberId, postId), JSON.stringify({ ...draft, savedAt: now }));
  } catch {
    // Full or refused: the changes stay in the editor for as long as the page is open.
  }
}

export function clearPostEditDraft(memberId: string, postId: string, storage: DraftStorage | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(postEditDraftKey(memberId, postId));
  } catch {
    // Nothing stored, nothing to remove.
  }
}
