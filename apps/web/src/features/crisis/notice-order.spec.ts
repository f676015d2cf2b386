import type { CrisisResources } from '@lantern/contracts';
import { answeredTogether, nextInTurn } from './notice-order';

const notice = (noticeId: string, concern: CrisisResources['concern'], createdAt: string) => ({ noticeId, concern, createdAt }) as CrisisResources;

describe('which crisis notice the panel shows', () => {
  const friend = notice('friend', 'concern_for_other', '2026-12-07T10:00:03Z');
  const danger = notice('danger', 'danger', '2026-12-07T10:00:02Z');
  const own = notice('own', 'self', '2026-12-07T10:00:01Z');

  it("puts the member's own crisis first, then their danger from someone else, then a friend", () => {
    expect(nextInTurn([friend, danger, own], undefined)?.noticeId).toBe('own');
    expect(nextInTurn([friend, danger], undefined)?.noticeId).toBe('danger');
    expect(nextInTurn([friend], undefined)?.noticeId).toBe('friend');
  });

  it('keeps the panel in use unless a more pressing one comes', () => {
    // Their own wish to die, written while the panel about danger is open, comes in full.
    expect(nextInTurn([danger, own], danger)?.noticeId).toBe('own');
    // A newer notice about danger does not take the place of their own crisis in use.
    expect(nextInTurn([own, notice('later', 'danger', '2026-12-07T11:00:00Z')], own)?.noticeId).toBe('own');
    expect(nextInTurn([friend, danger], friend)?.noticeId).toBe('danger');
  });

  it('answers "I\'m safe right now" for every notice of the same kind, never for another kind', () => {
    const again = notice('again', 'self', '2026-12-07T10:05:00Z');
    expect(answeredTogether(own, [own, again, danger, friend]).sort()).toEqual(['again', 'own']);
    expect(answeredTogether(danger, [own, danger, friend])).toEqual(['danger']);
    expect(answeredTogether(friend, [own, friend, notice('friend2', 'concern_for_other', '2026-12-07T10:06:00Z')])).toEqual(['friend']);
  });
});
