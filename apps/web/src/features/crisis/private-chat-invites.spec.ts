import { forgetPrivateChatInvites, recallInvites, rememberInvites, withInvite, withoutRoom } from './private-chat-invites';
import { MemoryStorage } from '../../testing/memory-storage';

describe('private chat invitations kept for the tab', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'sessionStorage', { value: new MemoryStorage(), configurable: true });
  });
  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  it("keeps each member's own, never another's, and forgets them at sign-out", () => {
    rememberInvites('member-a', [{ room: 'support-1', by: 'moderator' }]);
    expect(recallInvites('member-a')).toEqual([{ room: 'support-1', by: 'moderator' }]);
    expect(recallInvites('member-b')).toEqual([]);
    forgetPrivateChatInvites('member-a');
    expect(recallInvites('member-a')).toEqual([]);
  });

  it('ignores what is not an invitation', () => {
    sessionStorage.setItem('lantern.private-chat-invites.member-a', JSON.stringify([{ room: 'x', by: 'someone' }, { by: 'moderator' }, 'junk', { room: 'care-1', by: 'counsellor' }]));
    expect(recallInvites('member-a')).toEqual([{ room: 'care-1', by: 'counsellor' }]);
    sessionStorage.setItem('lantern.private-chat-invites.member-a', '{not json');
    expect(recallInvites('member-a')).toEqual([]);
  });

  it('holds one invitation per room, the newest, and drops a room once taken up', () => {
    const first = withInvite([], { room: 'care-1', by: 'moderator' });
    const both = withInvite(first, { room: 'support-2', by: 'moderator' });
    const renewed = withInvite(both, { room: 'care-1', by: 'counsellor' });
    expect(renewed).toEqual([
      { room: 'support-2', by: 'moderator' },
      { room: 'care-1', by: 'counsellor' },
    ]);
    expect(withoutRoom(renewed, 'care-1')).toEqual([{ room: 'support-2', by: 'moderator' }]);
  });
});
