import { browserStorage } from '../../api/browser-storage';

/**
 * What this tab remembers about a crisis notice across page loads (the header's links load pages
 * afresh): that the member hid the panel for now, and that they asked for a counsellor, so the
 * panel stays out of the way and does not offer again what was already arranged, and that it was
 * announced. sessionStorage:
 * only notice ids and a channel, never words, and gone when the tab closes.
 */
export interface NoticeMemory {
  hidden?: boolean;
  outreach?: 'in_app' | 'phone';
  /** Screen readers were told of it (once per notice in this tab, and again if its concern changes). */
  announced?: boolean;
  /** The concern it was announced as (noticeConcernKey): a friend's notice that became the member's own is told again. */
  announcedAs?: string;
}

/** A notice's concern as the panel shows it: whom it speaks to, and danger beside their own crisis. */
export function noticeConcernKey(notice: { concern: string; alsoInDanger?: boolean }): string {
  return notice.alsoInDanger === true ? `${notice.concern}+danger` : notice.concern;
}

const KEY = 'lantern.crisis-notices';

function storage(): Storage | undefined {
  return browserStorage('session');
}

function readAll(): Record<string, NoticeMemory> {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, NoticeMemory>) : {};
  } catch {
    return {};
  }
}

export function recallNotice(noticeId: string): NoticeMemory {
  return readAll()[noticeId] ?? {};
}

export function rememberNotice(noticeId: string, memory: NoticeMemory): void {
  const all = readAll();
  all[noticeId] = { ...all[noticeId], ...memory };
  try {
    storage()?.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or blocked: the panel still works for this page.
  }
}
