import type { Page, Post } from '@lantern/contracts';

/** What `useInfiniteQuery` keeps: the pages fetched so far and the cursor each was asked with. */
export interface PagedData<T> {
  pages: Page<T>[];
  pageParams: unknown[];
}

/** The first page is asked for without a cursor. */
export const FIRST_PAGE_CURSOR: string | null = null;

/** For `getNextPageParam`: the server's opaque cursor, or undefined when there is nothing more. */
export function nextPageCursor<T>(lastPage: Page<T>): string | undefined {
  return lastPage.nextCursor ?? undefined;
}

/**
 * Every item in page order, once each. Keyset pages do not overlap, but an item can move (a
 * thread with new activity jumps to the top of page one while page three is still cached), so
 * the first sighting wins rather than showing the same thread twice.
 */
export function flattenPages<T>(data: PagedData<T> | undefined, keyOf: (item: T) => string): T[] {
  if (!data) return [];
  const seen = new Set<string>();
  const items: T[] = [];
  for (const page of data.pages) {
    for (const item of page.items) {
      const key = keyOf(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

/** The cache after the server answered with a fresh copy of one post (reaction, edit, delete). */
export function replacePostInPages(data: PagedData<Post> | undefined, post: Post): PagedData<Post> | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page) => {
    if (!page.items.some((item) => item.id === post.id)) return page;
    changed = true;
    return { ...page, items: page.items.map((item) => (item.id === post.id ? post : item)) };
  });
  return changed ? { ...data, pages } : data;
}

/**
 * A new reply belongs at the end, but only when the last page fetched is the thread's end;
 * otherwise it will arrive with a later page, and adding it now would show it twice.
 * Returns null when the caller should refetch instead.
 */
export function appendPostToPages(data: PagedData<Post> | undefined, post: Post): PagedData<Post> | null {
  if (!data || data.pages.length === 0) return null;
  const last = data.pages[data.pages.length - 1];
  if (last.nextCursor !== null) return null;
  if (data.pages.some((page) => page.items.some((item) => item.id === post.id))) return data;
  const pages = [...data.pages.slice(0, -1), { ...last, items: [...last.items, post] }];
  return { ...data, pages };
}

/** What a reader sees at once after deleting their post, before the server is asked again. */
export function markPostDeleted(post: Post): Post {
  return { ...post, status: 'deleted', bodyHtml: '', body: undefined, canEdit: false, quote: null, moderatorNote: null };
}
