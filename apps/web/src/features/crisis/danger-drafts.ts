import { classify } from '@lantern/moderation';
import { browserStorage } from '../../api/browser-storage';
import { CHAT_DRAFT_KEY_PREFIX } from '../chat/unsent-messages';
import { NEW_THREAD_DRAFT_KEY_PREFIX, parseStoredRecord, POST_EDIT_DRAFT_KEY_PREFIX, REPLY_DRAFT_KEY_PREFIX } from '../forum/reply-draft-storage';

/**
 * Where unsent words are kept in this browser (a reply, a new thread, a post's edit, a chat
 * composer's words). Chat messages waiting for a connection are not drafts: the member sent them.
 */
const DRAFT_KEY_PREFIXES = [REPLY_DRAFT_KEY_PREFIX, NEW_THREAD_DRAFT_KEY_PREFIX, POST_EDIT_DRAFT_KEY_PREFIX, CHAT_DRAFT_KEY_PREFIX];

/** Where drafts are kept: this browser's local and session storage (either may be missing or blocked). */
const draftStorages = (): Array<Storage | undefined> => [browserStorage('local'), browserStorage('session')];

/** The keys of the drafts kept in this storage. */
function draftKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && DRAFT_KEY_PREFIXES.some((prefix) => key.startsWith(prefix)),
  );
}

/** Whether words tell of someone else hurting or threatening the writer, as the classifier reads them. */
export function toldOfDanger(words: string): boolean {
  return classify(words).categories.includes('danger_from_other');
}

/**
 * "Leave quickly" takes with it the unsent words that tell of someone hurting or threatening the
 * member ("he said he'd kill me if I leave"), so the person they are hiding from does not find them
 * waiting in a composer; every other draft stays, as drafts always do. Read here in the browser
 * (nothing is sent). Storage that is missing or blocked is left as it is. Answers how many went.
 */
export function forgetDangerDrafts(storages: ReadonlyArray<Storage | undefined> = draftStorages()): number {
  let forgotten = 0;
  for (const storage of storages) {
    try {
      if (!storage) continue;
      for (const key of draftKeys(storage)) {
        const raw = storage.getItem(key);
        if (raw === null) continue;
        // A chat composer keeps its words as they are; the forum's drafts as a record.
        const record = key.startsWith(CHAT_DRAFT_KEY_PREFIX) ? { body: raw } : parseStoredRecord(raw);
        if (!record) continue;
        const words = Object.values(record)
          .filter((value): value is string => typeof value === 'string')
          .join('\n');
        if (!toldOfDanger(words)) continue;
        storage.removeItem(key);
        forgotten++;
      }
    } catch {
      // Storage blocked: nothing kept there to forget.
    }
  }
  return forgotten;
}

/**
 * Gets "Leave quickly" ready while the tab is idle: when drafts are kept that it would read, the
 * classifier's patterns are compiled now (its first use in a tab compiles them: a quarter of a
 * second on a laptop, a second or more on a slow phone), not as the member leaves. Answers whether
 * there were drafts to read. Storage that is missing or blocked holds none.
 */
export function readyToForgetDrafts(
  storages: ReadonlyArray<Storage | undefined> = draftStorages(),
  warm: () => unknown = () => toldOfDanger(''),
): boolean {
  const kept = storages.some((storage) => {
    try {
      return storage !== undefined && draftKeys(storage).length > 0;
    } catch {
      return false;
    }
  });
  if (kept) warm();
  return kept;
}
