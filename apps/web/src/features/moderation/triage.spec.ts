import { dueStatus, formatSpan, priorityLabel, sameMemberItems, stillOverdue } from './triage';

const MINUTE = 60_000;
const now = Date.parse('2026-03-10T03:00:00Z');
const dueIn = (ms: number) => new Date(now + ms).toISOString();

describe('formatSpan', () => {
  it.each([
    [0, '0 min'],
    [4 * MINUTE + 59_000, '4 min'],
    [59 * MINUTE, '59 min'],
    [60 * MINUTE, '1 hr'],
    [125 * MINUTE, '2 hr 5 min'],
    [24 * 60 * MINUTE - 1, '23 hr 59 min'],
    [24 * 60 * MINUTE, '1 day'],
    [27 * 60 * MINUTE, '1 day 3 hr'],
    [50 * 60 * MINUTE, '2 days 2 hr'],
    [-12 * MINUTE, '12 min'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});

describe('dueStatus', () => {
  const open = (dueAt: string, overdue = false) => ({ dueAt, overdue, status: 'open' as const });

  it('counts down to the due time, rounding down so it never sounds later than it is', () => {
    expect(dueStatus(open(dueIn(4 * MINUTE + 50_000)), now)).toEqual({ overdue: false, text: 'due in 4 min' });
    expect(dueStatus(open(dueIn(30_000)), now)).toEqual({ overdue: false, text: 'due in under a minute' });
    expect(dueStatus(open(dueIn(0)), now)).toEqual({ overdue: false, text: 'due in under a minute' });
    expect(dueStatus(open(dueIn(23 * 60 * MINUTE)), now)).toEqual({ overdue: false, text: 'due in 23 hr' });
  });

  it('says how long an item has been overdue once the due time passes', () => {
    expect(dueStatus(open(dueIn(-1_000)), now)).toEqual({ overdue: true, text: 'overdue by under a minute', late: 'by under a minute' });
    expect(dueStatus(open(dueIn(-12 * MINUTE - 5_000)), now)).toEqual({ overdue: true, text: 'overdue by 12 min', late: 'by 12 min' });
    expect(dueStatus(open(dueIn(-90 * MINUTE)), now)?.text).toBe('overdue by 1 hr 30 min');
  });

  it('moves with the clock alone: the same item, later, without refetching', () => {
    const item = open(dueIn(2 * MINUTE));
    expect(dueStatus(item, now)?.text).toBe('due in 2 min');
    expect(dueStatus(item, now + 3 * MINUTE)).toMatchObject({ overdue: true, text: 'overdue by 1 min' });
  });

  it('trusts the api when it already said overdue and the browser clock runs behind', () => {
    expect(dueStatus(open(dueIn(MINUTE), true), now)).toEqual({ overdue: true, text: 'overdue', late: '' });
  });

  it('has nothing to say about resolved items', () => {
    expect(dueStatus({ dueAt: dueIn(-MINUTE), overdue: false, status: 'resolved' }, now)).toBeNull();
  });
});

describe('priorityLabel', () => {
  const item = (kind: 'crisis' | 'harm' | 'report', risk = 'none', extra: { categories?: string[]; contentType?: string; reports?: number } = {}) => ({
    kind,
    risk,
    categories: extra.categories ?? [],
    contentType: extra.contentType ?? 'post',
    reports: extra.reports ?? 0,
  });

  it('names crisis items by risk, and a member asking for a moderator by what they asked', () => {
    expect(priorityLabel(item('crisis', 'imminent', { contentType: 'member' }))).toEqual({ label: 'Asking for help now', tone: 'urgent' });
    expect(priorityLabel({ ...item('crisis', 'imminent', { contentType: 'member' }), handoffFailed: true })).toEqual({ label: 'Hand-off failed', tone: 'urgent' });
    expect(priorityLabel({ ...item('crisis', 'imminent', { contentType: 'member' }), handoffFailed: false }).label).toBe('Asking for help now');
    // Their account erased: nobody left to reach, whatever the item said before.
    expect(priorityLabel({ ...item('crisis', 'imminent', { contentType: 'member' }), handoffFailed: true, authorId: null })).toEqual({ label: 'Account erased', tone: 'standard' });
    expect(priorityLabel({ ...item('crisis', 'imminent', { contentType: 'member' }), authorId: 'f6b5c1de-0000-4000-8000-000000000001' }).label).toBe('Asking for help now');
    expect(priorityLabel({ ...item('crisis', 'imminent'), authorId: null }).label).toBe('Imminent risk');
    expect(priorityLabel(item('crisis', 'imminent'))).toEqual({ label: 'Imminent risk', tone: 'urgent' });
    expect(priorityLabel(item('crisis', 'high'))).toEqual({ label: 'High risk', tone: 'high' });
    expect(priorityLabel(item('crisis', 'moderate', { reports: 1 })).label).toBe('Crisis, moderate risk');
    expect(priorityLabel(item('crisis', 'low')).label).toBe('Crisis, low risk');
    expect(priorityLabel(item('crisis', 'none')).label).toBe('Crisis');
  });

  it('tells abuse the policy hides (threats, incitement, method instructions) from other abuse', () => {
    expect(priorityLabel(item('harm', 'none', { categories: ['harassment', 'threat'] }))).toEqual({ label: 'Severe harm', tone: 'elevated' });
    expect(priorityLabel(item('harm', 'none', { categories: ['method_instructions'] })).label).toBe('Severe harm');
    expect(priorityLabel(item('harm', 'none', { categories: ['harassment'] }))).toEqual({ label: 'Harmful content', tone: 'standard' });
  });

  it('says whether a member reported it or only a watched word caught it', () => {
    expect(priorityLabel(item('report', 'none', { reports: 2 })).label).toBe('Report');
    expect(priorityLabel(item('report', 'none', { reports: 0 })).label).toBe('Watched word');
  });
});

describe('sameMemberItems', () => {
  const row = (id: string, authorId: string | null) => ({ id, authorId });

  it('links every item to the others from the same member, in queue order', () => {
    const items = [row('1', 'ann'), row('2', 'bo'), row('3', 'ann'), row('4', null), row('5', 'ann'), row('6', null)];
    const others = sameMemberItems(items);
    expect(others.get('1')?.map((item) => item.id)).toEqual(['3', '5']);
    expect(others.get('3')?.map((item) => item.id)).toEqual(['1', '5']);
    expect(others.get('5')?.map((item) => item.id)).toEqual(['1', '3']);
  });

  it('leaves out members with one item and items with no known author', () => {
    const others = sameMemberItems([row('1', 'ann'), row('2', 'bo'), row('3', null), row('4', null)]);
    expect(others.size).toBe(0);
  });
});

describe('stillOverdue', () => {
  const alerted = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const claimer = { id: '00000000-0000-4000-8000-000000000001', pseudonym: 'Mod One' };

  it('drops what the queue now shows claimed or resolved, keeps what still waits and what it does not show', () => {
    const queue = [
      { id: 'a', status: 'open' as const, claimedBy: null },
      { id: 'b', status: 'claimed' as const, claimedBy: claimer },
      { id: 'c', status: 'resolved' as const, claimedBy: null },
    ];
    expect(stillOverdue(alerted, queue).map((item) => item.id)).toEqual(['a', 'd']);
  });
});
