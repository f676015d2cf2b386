import { categoryPath, linkedPostId, matchPathPattern, newThreadPath, postElementId, readPathParam, readSearchParam, threadPath } from './forum-paths';

describe('forum paths', () => {
  it('links to one post by the id of its element, and reads that post back from the link', () => {
    const post = '3f2c9a1e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
    const link = threadPath('thread-1', post);
    expect(link).toBe(`/t/thread-1#${postElementId(post)}`);
    expect(linkedPostId(new URL(link, 'http://lantern.test').hash)).toBe(post);
    for (const hash of ['', '#post-', '#post-not-an-id', `#reply-${post}`, `#post-${post}x`]) expect(linkedPostId(hash)).toBeNull();
  });


  it('builds links with their parameters escaped', () => {
    expect(categoryPath('grief-and-loss')).toBe('/c/grief-and-loss');
    expect(threadPath('a b')).toBe('/t/a%20b');
    expect(threadPath('t1', 'p1')).toBe('/t/t1#post-p1');
    expect(newThreadPath()).toBe('/new-thread');
    expect(newThreadPath('anxiety')).toBe('/new-thread?category=anxiety');
  });

  it.each([
    ['/c/:slug', '/c/anxiety', { slug: 'anxiety' }],
    ['/c/:slug', '/c/anxiety/', { slug: 'anxiety' }],
    ['/c/:slug', '/c/grief%20%26%20loss', { slug: 'grief & loss' }],
    ['/t/:id', '/t/0b0e', { id: '0b0e' }],
    ['/search', '/search', {}],
  ])('matches %s against %s', (pattern, pathname, expected) => {
    expect(matchPathPattern(pattern, pathname)).toEqual(expected);
  });

  it.each([
    ['/c/:slug', '/c'],
    ['/c/:slug', '/c/'],
    ['/c/:slug', '/c/a/b'],
    ['/c/:slug', '/t/a'],
    ['/t/:id', '/t/%E0%A4%A'],
  ])('does not match %s against %s', (pattern, pathname) => {
    expect(matchPathPattern(pattern, pathname)).toBeNull();
  });

  it('reads one parameter, or null', () => {
    expect(readPathParam('/t/:id', '/t/abc', 'id')).toBe('abc');
    expect(readPathParam('/t/:id', '/c/abc', 'id')).toBeNull();
  });

  it('reads query-string values, treating blank as absent', () => {
    expect(readSearchParam('?q=+hello+', 'q')).toBe('hello');
    expect(readSearchParam('?q=', 'q')).toBeNull();
    expect(readSearchParam('', 'q')).toBeNull();
  });
});
