import type { QueueItemDetail } from '@lantern/contracts';
import { actionsFor } from './item-actions';

const item = (contentType: QueueItemDetail['contentType'], authorId: string | null = 'a2c5e9f0-0000-4000-8000-000000000001', authorRole: QueueItemDetail['authorRole'] = authorId === null ? null : 'member') =>
  ({ contentType, authorId, authorRole, context: { kind: 'none', title: '', contentWarning: null, href: null, entries: [] } }) as Pick<
    QueueItemDetail,
    'contentType' | 'context' | 'authorId' | 'authorRole'
  >;

describe('the actions a review item offers', () => {
  it('offers nothing that acts on words, nor a warning, mute or suspension, on a member’s request to talk', () => {
    const offered = actionsFor(item('member'));
    for (const action of ['hide', 'remove', 'restore', 'edit', 'warn', 'mute', 'suspend'] as const) expect(offered).not.toContain(action);
    expect(offered).toContain('escalate');
  });

  it('offers a post’s writer a warning, a mute and a suspension', () => {
    expect(actionsFor(item('post'))).toEqual(expect.arrayContaining(['hide', 'remove', 'edit', 'warn', 'mute', 'suspend']));
  });

  it('offers no warning, mute or suspension for a moderator’s, an admin’s or a crisis line counsellor’s words (the api refuses them), but still what acts on the words', () => {
    for (const role of ['moderator', 'admin', 'partner'] as const) {
      for (const contentType of ['post', 'message'] as const) {
        const offered = actionsFor(item(contentType, 'a2c5e9f0-0000-4000-8000-000000000002', role));
        expect([role, contentType, offered.filter((action) => action === 'warn' || action === 'mute' || action === 'suspend')]).toEqual([role, contentType, []]);
        expect(offered).toEqual(expect.arrayContaining(['hide', 'remove', 'dismiss']));
      }
    }
  });

  it('offers nothing that reaches a writer who erased their account', () => {
    const offered = actionsFor(item('post', null));
    for (const action of ['warn', 'mute', 'suspend'] as const) expect(offered).not.toContain(action);
  });
});
