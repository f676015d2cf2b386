import { crisisNoticeColumns, crisisNoticeConcern, crisisNoticeInDanger, type CrisisNoticeConcern } from './crisis-notice-concern';

describe('a crisis notice’s concern in its columns', () => {
  it.each<CrisisNoticeConcern>(['self', 'danger', 'concern_for_other'])('%s is written and read back as itself, never as two', (concern) => {
    const columns = crisisNoticeColumns(concern);
    expect(columns.for_other && columns.danger).toBe(false);
    expect(crisisNoticeConcern(columns)).toBe(concern);
    expect(crisisNoticeInDanger(columns)).toBe(concern === 'danger');
  });

  it('keeps danger told beside the member’s own crisis only on a notice for them', () => {
    const beside = crisisNoticeColumns('self', true);
    expect(beside).toEqual({ for_other: false, danger: false, danger_beside: true });
    expect(crisisNoticeConcern(beside)).toBe('self');
    expect(crisisNoticeInDanger(beside)).toBe(true);
    expect(crisisNoticeColumns('concern_for_other', true).danger_beside).toBe(false);
    expect(crisisNoticeColumns('danger', true)).toEqual({ for_other: false, danger: true, danger_beside: false });
  });
});
