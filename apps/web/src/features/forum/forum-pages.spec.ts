import type { Page, Post } from '@lantern/contracts';
import { appendPostToPages, flattenPages, markPostDeleted, nextPageCursor, replacePostInPages, type PagedData } from './forum-pages';
import { forumQueryKeys } from './forum-query-keys';

function post(id: string, overrides: Partial<Post> = {}): Post {
  return {
    id,
    threadId: 'thread-1',
    author: { displayName: 'Quiet Otter 42', isAlias: false, isYou: false, isModerator: false },
    bodyHtml: `<p>${id}</p>`,
    quote: null,
    status: 'visible',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    editedAt: null,
    moderatorNote: null,
    reactions: { hug: 0, me_too: 0, thank_you: 0 },
    myReactions: [],
    canEdit: false,
    hiddenByYou: false,
    ...overrides,
  };
}

function paged(...pages: Array<[string[], string | null]>): PagedData<Post> {
  const built: Page<Post>[] = pages.map(([ids, nextCursor]) => ({ items: ids.map((id) => post(id)), nextCursor }));
  return { pages: built, pageParams: built.map((_, index) => (index === 0 ? null : `c${index}`)) };
}

const ids = (data: PagedData<Post> | null | undefined) => flattenPages(data ?? undefined, (item) => item.id).map((item) => item.id);

describe('nextPageCursor', () => {
  it('passes the opaque cursor on, and stops at null', () => {
    expect(nextPageCursor({ items: [], nextCursor: 'abc' })).toBe('abc');
    expect(nextPageCursor({ items: [], nextCursor: null })).toBeUndefined();
  });
});

describe('flattenPages', () => {
  it('keeps page order and shows an item that moved between pages only once', () => {
    expect(ids(paged([['a', 'b'], 'c1'], [['c', 'a'], null]))).toEqual(['a', 'b', 'c']);
    expect(flattenPages(undefined, (item: Post) => item.id)).toEqual([]);
  });
});

describe('replacePostInPages', () => {
  it('swaps in the fresh copy wherever it is', () => {
    const data = paged([['a', 'b'], 'c1'], [['c'], null]);
    const next = replacePostInPages(data, post('c', { reactions: { hug: 1, me_too: 0, thank_you: 0 }, myReactions: ['hug'] }));
    expect(next?.pages[1].items[0].myReactions).toEqual(['hug']);
    expect(next?.pages[0]).toBe(data.pages[0]);
  });

  it('leaves the cache alone when the post is not in it', () => {
    const data = paged([['a'], null]);
    expect(replacePostInPages(data, post('z'))).toBe(data);
    expect(replacePostInPages(undefined, post('z'))).toBeUndefined();
  });
});

describe('appendPostToPages', () => {
  it('adds a new reply to the end when the last page is the end of the thread', () => {
    expect(ids(appendPostToPages(paged([['a'], 'c1'], [['b'], null]), post('new')))).toEqual(['a', 'b', 'new']);
  });

  it('asks for a refetch when more pages are still to come, or nothing is cached', () => {
    expect(appendPostToPages(paged([['a'], 'c1']), post('new'))).toBeNull();
    expect(appendPostToPages(undefined, post('new'))).toBeNull();
  });

  it('does not add the same reply twice', () => {
    const data = paged([['a', 'new'], null]);
    expect(appendPostToPages(data, post('new'))).toBe(data);
  });
});

describe('markPostDeleted', () => {
  it('drops the words and the ways to edit', () => {
    const deleted = markPostDeleted(post('a', { body: 'mine', canEdit: true }));
    expect(deleted).toMatchObject({ status: 'deleted', bodyHtml: '', canEdit: false });
    expect(deleted.body).toBeUndefined();
  });
});

describe('forumQueryKeys', () => {
  it('nests lists and a thread’s posts under prefixes that invalidate together', () => {
    expect(forumQueryKeys.categoryThreads('anxiety').slice(0, 2)).toEqual([...forumQueryKeys.threadLists()]);
    expect(forumQueryKeys.recentThreads().slice(0, 2)).toEqual([...forumQueryKeys.threadLists()]);
    expect(forumQueryKeys.threadPosts('t1').slice(0, 3)).toEqual([...forumQueryKeys.thread('t1')]);
    expect(forumQueryKeys.search('  calm  ')).toEqual(['forum', 'search', 'calm']);
  });
});
