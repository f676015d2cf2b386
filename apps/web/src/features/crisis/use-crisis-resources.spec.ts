import type { CrisisResources } from '@lantern/contracts';
import { mergeNotices } from './use-crisis-resources';

const notice = (noticeId: string, concern: CrisisResources['concern'], alsoInDanger = false, hidden = false) => ({ noticeId, concern, alsoInDanger, hidden }) as CrisisResources;
const shown = (notices: CrisisResources[]) => notices.map((each) => [each.noticeId, each.concern, each.alsoInDanger, each.hidden]);

describe('the crisis notices a tab shows', () => {
  it('adds what the list read on load does not know, and keeps what a push brought', () => {
    const pushed = [notice('a', 'self', true)];
    expect(shown(mergeNotices(pushed, [notice('a', 'self'), notice('b', 'concern_for_other')], false))).toEqual([
      ['a', 'self', true, false],
      ['b', 'concern_for_other', false, false],
    ]);
  });

  it('takes a pushed notice as it is now: a friend’s notice become the member’s own, then danger told beside it, then the same concern with its other fields as they are now', () => {
    let notices = [notice('a', 'concern_for_other')];
    notices = mergeNotices(notices, [notice('a', 'self')], true);
    notices = mergeNotices(notices, [notice('a', 'self', true)], true);
    notices = mergeNotices(notices, [notice('a', 'self', true, true)], true);
    expect(shown(notices)).toEqual([['a', 'self', true, true]]);
  });

  it('does not put an older concern back from a push that was read before the change', () => {
    const notices = mergeNotices([notice('a', 'danger'), notice('b', 'self', true)], [notice('a', 'concern_for_other'), notice('b', 'self')], true);
    expect(shown(notices)).toEqual([
      ['a', 'danger', false, false],
      ['b', 'self', true, false],
    ]);
  });
});
