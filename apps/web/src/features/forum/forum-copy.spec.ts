import { bodyTooLong, contentWarningFor, describeTimeAgo, fieldTooLong, pluralise, postPlaceholder, withWordsKept } from './forum-copy';

const author = (isYou: boolean) => ({ displayName: 'Quiet Otter 42', isAlias: false, isYou, isModerator: false });

describe('postPlaceholder', () => {
  it('explains gently where the words went', () => {
    expect(postPlaceholder({ status: 'visible', author: author(false) })).toBeNull();
    expect(postPlaceholder({ status: 'deleted', author: author(false) })).toBe('This post was deleted by its author.');
    expect(postPlaceholder({ status: 'deleted', author: author(true) })).toBe('You deleted this post.');
    expect(postPlaceholder({ status: 'hidden', author: author(false) })).toMatch(/moderator takes a look/);
    // Its writer still reads it, under the line: told nobody else can.
    expect(postPlaceholder({ status: 'hidden', author: author(true) })).toMatch(/^This post is hidden from others while a moderator takes a look; only you can see it\./);
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

describe('describeTimeAgo, for a moment still to come', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  const inMinutes = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  // The rule of the api's refusals (whenAgain in apps/api/src/auth/sanctions.ts), so a paused
  // member reads one length in the banner and in the sentence that refuses their post.
  it.each([
    [0.5, 'in 1 minute'],
    [45, 'in 45 minutes'],
    [60, 'in 60 minutes'],
    [88.5, 'in 89 minutes'],
    [89.99, 'in 2 hours'],
    [90, 'in 2 hours'],
    [150, 'in 3 hours'],
    [47 * 60, 'in 47 hours'],
    [48 * 60, 'in 2 days'],
  ])('%s minutes ahead reads "%s"', (minutes, expected) => {
    expect(describeTimeAgo(inMinutes(minutes), now)).toBe(expected);
  });
});

describe('bodyTooLong', () => {
  it('says nothing while the words fit, counted as the api counts them', () => {
    expect(bodyTooLong('x'.repeat(20_000), 'reply')).toBeNull();
    expect(bodyTooLong(`  ${'x'.repeat(20_000)}\n`, 'post')).toBeNull();
  });
  it('says how long it is, the limit, and by how much it is over', () => {
    expect(bodyTooLong('x'.repeat(25_207), 'reply')).toBe(
      'That is 25,207 characters; a reply holds up to 20,000, so this is 5,207 characters over. Shorten it, or post the rest in another reply. Every word is still here.',
    );
    expect(bodyTooLong('x'.repeat(20_001), 'post')).toMatch(/^That is 20,001 characters; a post holds up to 20,000, so this is 1 character over\. Shorten it, or post the rest as a reply\./);
  });
});

describe('pluralise', () => {
  it('counts', () => {
    expect(pluralise(1, 'reply', 'replies')).toBe('1 reply');
    expect(pluralise(2, 'reply', 'replies')).toBe('2 replies');
    expect(pluralise(1200, 'thread')).toBe('1,200 threads');
  });
});

describe('fieldTooLong', () => {
  it('says nothing while the words fit, counted as the api counts them (without the spaces around)', () => {
    expect(fieldTooLong('x'.repeat(140), 140, 'a title')).toBeNull();
    expect(fieldTooLong(`   ${'x'.repeat(140)}\n`, 140, 'a title')).toBeNull();
    expect(fieldTooLong('', 120, 'a content warning')).toBeNull();
  });
  it('says how long it is, the limit, and by how much it is over, with a count of one said as one', () => {
    expect(fieldTooLong('x'.repeat(165), 140, 'a title')).toBe(
      'That is 165 characters; a title holds up to 140 characters, so this is 25 characters over. Shorten it before posting; every word is still here.',
    );
    expect(fieldTooLong('x'.repeat(121), 120, 'a content warning')).toMatch(/^That is 121 characters; a content warning holds up to 120 characters, so this is 1 character over\./);
  });
});

describe('withWordsKept', () => {
  it('says the words are kept once, whether or not the sentence said so already', () => {
    expect(withWordsKept("We couldn't reach Lantern.")).toBe("We couldn't reach Lantern. Your words are still here.");
    const limited = "You're posting very quickly, so we've paused new posts for a moment. Your words are still in the box. Try again in 55 s.";
    expect(withWordsKept(limited)).toBe(limited);
    const ended = 'Your session has ended. Please sign in again; anything you were writing is kept on this device.';
    expect(withWordsKept(ended)).toBe(ended);
  });
});
