import { replyHeadline, unreadBadgeText } from './replies-copy';

const author = { displayName: 'Quiet Otter 42', isAlias: false, isModerator: false };

describe('replies to you: words on the page', () => {
  it('shows the unread count on the badge, stopping at 99+', () => {
    expect(unreadBadgeText(1)).toBe('1');
    expect(unreadBadgeText(99)).toBe('99');
    expect(unreadBadgeText(100)).toBe('99+');
    expect(unreadBadgeText(250)).toBe('99+');
  });

  it('says who answered and how', () => {
    expect(replyHeadline({ author, kind: 'reply' })).toBe('Quiet Otter 42 replied to your thread');
    expect(replyHeadline({ author, kind: 'quote' })).toBe('Quiet Otter 42 quoted you');
  });
});
