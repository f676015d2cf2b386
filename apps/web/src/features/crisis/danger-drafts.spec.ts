import { MemoryStorage } from '../../testing/memory-storage';
import { newThreadDraftKey } from '../forum/new-thread-draft-storage';
import { replyDraftKey } from '../forum/reply-draft-storage';
import { forgetDangerDrafts, readyToForgetDrafts } from './danger-drafts';
import { leaveQuickly, NEUTRAL_PAGE } from './leave-quickly';

describe('unsent words of danger, when the member leaves quickly', () => {
  it('forgets only the drafts that tell of someone hurting or threatening the member, wherever they are kept', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const draft = (body: string, extra: Record<string, unknown> = {}) => JSON.stringify({ body, quote: null, postAs: 'pseudonym', savedAt: Date.now(), ...extra });
    local.setItem(replyDraftKey('m1', 't1'), draft('He told me if I leave he will kill me.'));
    local.setItem(replyDraftKey('m1', 't2'), draft('Evenings are long, a walk helps a little.'));
    local.setItem(replyDraftKey('m1', 't3'), draft('I want to end my life tonight.'));
    local.setItem(newThreadDraftKey('m1'), JSON.stringify({ title: 'my husband choked me last night', body: 'I do not know what to do', savedAt: Date.now() }));
    local.setItem('lantern.refreshToken', 'he said he will kill me if I leave');
    session.setItem(replyDraftKey('m2', 't1'), draft('my dad beats me when he drinks'));
    session.setItem('lantern.chat.draft.m1.night-owls', 'he choked me again tonight');
    session.setItem('lantern.chat.draft.m1.lounge', 'anyone up?');
    session.setItem('lantern.chat.unsent.m1.lounge', JSON.stringify([{ clientMsgId: 'c1', body: 'he choked me again tonight', createdAt: new Date().toISOString() }]));
    local.setItem(replyDraftKey('m1', 't4'), 'not json');

    expect(forgetDangerDrafts([local, session, undefined])).toBe(4);
    expect(session.getItem('lantern.chat.draft.m1.night-owls')).toBeNull();
    expect(session.getItem('lantern.chat.draft.m1.lounge')).toBe('anyone up?');
    // Messages waiting for a connection were sent by the member: they are not drafts to forget.
    expect(session.getItem('lantern.chat.unsent.m1.lounge')).not.toBeNull();
    expect(local.getItem(replyDraftKey('m1', 't1'))).toBeNull();
    expect(local.getItem(newThreadDraftKey('m1'))).toBeNull();
    expect(session.getItem(replyDraftKey('m2', 't1'))).toBeNull();
    // Everything else stays: an ordinary draft, the member's own crisis (their words are theirs to keep), other keys, damaged ones.
    expect(local.getItem(replyDraftKey('m1', 't2'))).not.toBeNull();
    expect(local.getItem(replyDraftKey('m1', 't3'))).not.toBeNull();
    expect(local.getItem('lantern.refreshToken')).not.toBeNull();
    expect(local.getItem(replyDraftKey('m1', 't4'))).toBe('not json');
  });

  it('gets the classifier ready while the tab is idle only when drafts are kept that leaving would read', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    local.setItem('lantern.refreshToken', 'token');
    session.setItem('lantern.chat.unsent.m1.lounge', '[]');
    let warmed = 0;
    const warm = () => (warmed += 1);
    // No drafts (only other keys, and messages already sent): nothing to compile for.
    expect(readyToForgetDrafts([local, session, undefined], warm)).toBe(false);
    expect(warmed).toBe(0);
    session.setItem('lantern.chat.draft.m1.night-owls', 'still writing');
    expect(readyToForgetDrafts([local, session, undefined], warm)).toBe(true);
    expect(warmed).toBe(1);
    // Storage that throws when read holds none.
    const blocked = { get length(): number { throw new Error('blocked'); } } as unknown as Storage;
    expect(readyToForgetDrafts([blocked], warm)).toBe(false);
  });

  it('asks for the ordinary page before reading the drafts, so the reading overlaps its loading', () => {
    const calls: string[] = [];
    leaveQuickly(
      (url) => calls.push(`go ${url}`),
      () => calls.push('forget'),
    );
    expect(calls).toEqual([`go ${NEUTRAL_PAGE}`, 'forget']);
  });
});
