/**
 * Where the forum pages live, in one place, so links and the route table agree. The route table
 * matches `/c/:slug` and `/t/:id` with `matchPathPattern`; the pages read their parameter with
 * `readPathParam` from the current pathname.
 */
export const CATEGORY_PATH_PATTERN = '/c/:slug';
export const THREAD_PATH_PATTERN = '/t/:id';
export const SEARCH_PATH = '/search';
export const NEW_THREAD_PATH = '/new-thread';

export function categoryPath(slug: string): string {
  return `/c/${encodeURIComponent(slug)}`;
}

/** The id of a post's element on its thread page, and the fragment a link to that post ends with. */
export const postElementId = (postId: string) => `post-${postId}`;

export function threadPath(threadId: string, postId?: string): string {
  return `/t/${encodeURIComponent(threadId)}${postId ? `#${postElementId(encodeURIComponent(postId))}` : ''}`;
}

/** The post a thread link points at (`threadPath(id, postId)`'s fragment), or null. */
export function linkedPostId(hash: string): string | null {
  const match = /^#post-([0-9a-f-]{36})$/i.exec(hash);
  return match ? match[1] : null;
}

export function newThreadPath(categorySlug?: string): string {
  return categorySlug ? `${NEW_THREAD_PATH}?${new URLSearchParams({ category: categorySlug }).toString()}` : NEW_THREAD_PATH;
}

/**
 * Matches `pathname` against a pattern such as `/t/:id` and returns the decoded parameters, or
 * null. Trailing slashes are ignored; a parameter never spans a `/` and is never empty.
 */
export function matchPathPattern(pattern: string, pathname: string): Record<string, string> | null {
  const split = (path: string) => path.split('/').filter((segment) => segment !== '');
  const wanted = split(pattern);
  const actual = split(pathname);
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < wanted.length; index += 1) {
    const expected = wanted[index];
    const segment = actual[index];
    if (expected.startsWith(':')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return null; // a malformed %-escape is not a page of ours
      }
      params[expected.slice(1)] = decoded;
    } else if (expected !== segment) {
      return null;
    }
  }
  return params;
}

/** One named parameter of `pattern` in `pathname`, or null when the path does not match. */
export function readPathParam(pattern: string, pathname: string, name: string): string | null {
  return matchPathPattern(pattern, pathname)?.[name] ?? null;
}

/** One query-string value, trimmed; empty counts as absent. */
export function readSearchParam(search: string, name: string): string | null {
  const value = new URLSearchParams(search).get(name)?.trim();
  return value ? value : null;
}
