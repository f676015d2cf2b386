import { crisisNoticeColumns, crisisNoticeConcern, type CrisisNoticeConcern } from './crisis-notice-concern';

describe('a crisis notice’s concern in its columns', () => {
  it.each<CrisisNoticeConcern>(['self', 'danger', 'concern_for_other'])('%s is written and read back as itself, never as two', (concern) => {
    const columns = crisisNoticeColumns(concern);
    expect(columns.for_other && columns.danger).toBe(false);
    expect(crisisNoticeConcern(columns)).toBe(concern);
  });
});
