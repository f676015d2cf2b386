import type { QueueItemDetail } from '@lantern/contracts';
import { actionsFor } from './item-actions';

const item = (contentType: QueueItemDetail['contentType'], authorId: string | null = 'a2c5e9f0-0000-4000-8000-000000000001') =>
  ({ contentType, authorId, context: { kind: 'none', title: '', contentWarning: null, href: null, entries: [] } }) as Pick<QueueItemDetail, 'contentType' | 'context' | 'authorId'>;

describe('the actions a review item offers', () => {
  it('offers nothing that acts on words, nor a warning, mute or suspension, on a member’s request to talk', () => {
    const offered = actionsFor(item('member'));
    for (const action of ['hide', 'remove', 'restore', 'edit', 'warn', 'mute', 'suspend'] as const) expect(offered).not.toContain(action);
    expect(offered).toContain('escalate');
  });

  it('offers a post’s writer a warning, a mute and a suspension', () => {
    expect(actionsFor(item('post'))).toEqual(expect.arrayContaining(['hide', 'remove', 'edit', 'warn', 'mute', 'suspend']));
  });
});
