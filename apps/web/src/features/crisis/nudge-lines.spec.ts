import { hotlinesFor, type HotlineEntry } from '@lantern/crisis';
import { whoAndWhen } from './hotline-list';
import { noteLines } from './nudge-lines';

/** A line of a made-up region, as the directory keeps one. */
function line(id: string, more: Partial<HotlineEntry> = {}): HotlineEntry {
  return { id, name: `Line ${id}`, kind: 'call', number: '0800 000', source: 'https://example.org/', checkedOn: '2026-12-07', hours: '24/7', languages: ['en'], ...more };
}

describe('the lines a note beside a composer offers, in full and as a bar', () => {
  it("names Italy's first line with its hours in the bar, and gives the emergency number beside it: the line does not answer at night", () => {
    const { full, bar } = noteLines(false, hotlinesFor('IT'));
    expect(bar.lines.map((each) => each.id)).toEqual(['it-telefono-amico']);
    expect(whoAndWhen(bar.lines[0])).toBe('Every day, 9:00 to 24:00');
    expect(bar.showEmergency).toBe(true);
    expect(full.showEmergency).toBe(true);
  });

  it("leads with Brazil's line for women to a member in danger, says so, and gives the emergency number", () => {
    const { bar } = noteLines(true, hotlinesFor('BR'));
    expect(bar.lines.map((each) => each.id)).toEqual(['br-ligue-180']);
    expect(whoAndWhen(bar.lines[0])).toBe('Women · Any time, day or night');
    expect(bar.showEmergency).toBe(true);
  });

  it('gives the emergency number in the bar when its one line keeps hours, though a line folded away answers anyone at any hour', () => {
    const region = { hotlines: [line('evenings', { hours: 'Every day, 18:00 to 23:00' }), line('always')], abuseLines: [] };
    const { full, bar } = noteLines(false, region);
    // The full note shows the line that always answers beside it: no emergency number needed there.
    expect(full.lines.map((each) => each.id)).toEqual(['evenings', 'always']);
    expect(full.showEmergency).toBe(false);
    expect(bar.lines.map((each) => each.id)).toEqual(['evenings']);
    expect(bar.showEmergency).toBe(true);
  });

  it('gives the emergency number in the bar when its one line is for one group only, even round the clock', () => {
    const region = { hotlines: [line('young', { audience: 'Children and young people.' }), line('always')], abuseLines: [] };
    const { full, bar } = noteLines(false, region);
    expect(full.showEmergency).toBe(false);
    expect(bar.showEmergency).toBe(true);
    expect(whoAndWhen(bar.lines[0])).toBe('Children and young people · Any time, day or night');
  });

  it('keeps the bar to one line and no emergency number where that line answers anyone at any hour (the United States, 988)', () => {
    const { full, bar } = noteLines(false, hotlinesFor('US'));
    expect(full.lines).toHaveLength(3);
    expect(bar.lines.map((each) => each.number)).toEqual(['988']);
    expect(whoAndWhen(bar.lines[0])).toBe('Any time, day or night');
    expect(bar.showEmergency).toBe(false);
  });

  it('always gives the emergency number to a member in danger, the lines for abuse at home first', () => {
    const { full, bar } = noteLines(true, hotlinesFor('US'));
    expect(full.lines[0].id).toBe('us-domestic-violence-hotline');
    expect(bar.lines.map((each) => each.id)).toEqual(['us-domestic-violence-hotline']);
    expect(full.showEmergency).toBe(true);
    expect(bar.showEmergency).toBe(true);
  });
});
