import { crisisNoticeReach } from './crisis-notice-reach';

describe('crisisNoticeReach', () => {
  it('orders each change a kept concern can make: a friend’s notice becomes the member’s own or danger, and danger is told beside their own', () => {
    const forFriend = crisisNoticeReach({ concern: 'concern_for_other' });
    const own = crisisNoticeReach({ concern: 'self', alsoInDanger: false });
    expect(own).toBeGreaterThan(forFriend);
    expect(crisisNoticeReach({ concern: 'danger' })).toBeGreaterThan(forFriend);
    expect(crisisNoticeReach({ concern: 'self', alsoInDanger: true })).toBeGreaterThan(own);
  });

  it('reads a notice from an api node older than alsoInDanger as the member’s own crisis alone', () => {
    expect(crisisNoticeReach({ concern: 'self' })).toBe(crisisNoticeReach({ concern: 'self', alsoInDanger: false }));
  });
});
