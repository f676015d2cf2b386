import { currentRestriction } from './restriction';

describe('the pause a member is told about', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');
  const inMinutes = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

  it('is none when nothing runs, or what ran is over', () => {
    expect(currentRestriction({}, {}, now)).toBeNull();
    expect(currentRestriction({ muted: inMinutes(-1), suspended: inMinutes(-5) }, {}, now)).toBeNull();
  });

  it('names a suspension before a mute, since it covers chat too', () => {
    expect(currentRestriction({ muted: inMinutes(30) }, { suspended: inMinutes(10) }, now)).toEqual({ kind: 'suspended', until: inMinutes(10) });
    expect(currentRestriction({ muted: inMinutes(30), suspended: inMinutes(-1) }, {}, now)).toEqual({ kind: 'muted', until: inMinutes(30) });
  });

  it('takes the later end of what the session had and what arrived live', () => {
    expect(currentRestriction({ muted: inMinutes(30) }, { muted: inMinutes(90) }, now)).toEqual({ kind: 'muted', until: inMinutes(90) });
    expect(currentRestriction({ muted: inMinutes(90) }, { muted: inMinutes(30) }, now)).toEqual({ kind: 'muted', until: inMinutes(90) });
  });
});
