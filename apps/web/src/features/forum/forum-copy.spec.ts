import { contentWarningFor, describeTimeAgo, pluralise, postPlaceholder } from './forum-copy';

const author = (isYou: boolean) => ({ displayName: 'Quiet Otter 42', isAlias: false, isYou, isModerator: false });

describe('postPlaceholder', () => {
  it('explains gently where the words went', () => {
    expect(postPlaceholder({ status: 'visible', author: author(false) })).toBeNull();
    expect(postPlaceholder({ status: 'deleted', author: author(false) })).toBe('This post was deleted by its author.');
    expect(postPlaceholder({ status: 'deleted', author: author(true) })).toBe('You deleted this post.');
    expect(postPlaceholder({ status: 'hidden', author: author(false) })).toMatch(/moderator takes a look/);
    expect(postPlaceholder({ status: 'removed', author: author(false) })).toMatch(/removed by a moderator/);
  });
});

describe('contentWarningFor', () => {
  it("prefers the thread's words, then the category's default", () => {
    expect(contentWarningFor('Talks about a loss', false)).toBe('Talks about a loss');
    expect(contentWarningFor('  ', true)).toMatch(/hard to read/);
    expect(contentWarningFor(null, true)).toMatch(/hard to read/);
    expect(contentWarningFor(null, false)).toBeNull();
  });
});

describe('describeTimeAgo', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it.each([
    ['2026-03-10T11:59:30Z', 'just now'],
    ['2026-03-10T11:55:00Z', '5 minutes ago'],
    ['2026-03-10T09:00:00Z', '3 hours ago'],
    ['2026-03-09T12:00:00Z', 'yesterday'],
    ['2026-02-24T12:00:00Z', '2 weeks ago'],
    ['2025-03-10T12:00:00Z', 'last year'],
    ['nonsense', ''],
  ])('%s reads "%s"', (iso, expected) => {
    expect(describeTimeAgo(iso, now)).toBe(expected);
  });
});

describe('pluralise', () => {
  it('counts', () => {
    expect(pluralise(1, 'reply', 'replies')).toBe('1 reply');
    expect(pluralise(2, 'reply', 'replies')).toBe('2 replies');
    expect(pluralise(1200, 'thread')).toBe('1,200 threads');
  });
});
