import { hotlinesFor } from '../hotlines/hotline-directory';
import type { HotlineEntry } from '../hotlines/hotline-entry';
import { crisisPanelCopyFor, crisisPanelMessage, emergencyPrompt, formatCopy, linesKept, linesPromise, offlineHelpMessage, roundTheClockForEveryone, someLinesFree } from './format-copy';

describe('formatCopy', () => {
  it('fills named placeholders', () => {
    expect(formatCopy('Text {keyword} to {number}', { keyword: 'HOME', number: '741741' })).toBe('Text HOME to 741741');
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(formatCopy('Call {number}', {})).toBe('Call {number}');
  });
});

describe('emergencyPrompt', () => {
  it('names the region’s number', () => {
    expect(emergencyPrompt('999')).toBe("If you're in immediate danger, call 999.");
  });

  it('advises the local number when we cannot know it', () => {
    expect(emergencyPrompt(null)).toBe("If you're in immediate danger, call your local emergency number.");
  });
});

describe('what is promised of the lines shown', () => {
  const line = (id: string, hours: string, free?: true): HotlineEntry => ({ id, name: id, kind: 'call', number: '1', source: 'https://example.org/', checkedOn: '2026-12-06', hours, languages: ['en'], ...(free ? { free } : {}) });
  const opening = "Thank you for putting this into words. It sounds really hard right now, and you don't have to carry it on your own. People at these lines are ready to listen, ";

  it('promises free and any time only where every line is so', () => {
    expect(linesPromise([line('a', '24/7', true), line('b', '24/7', true)])).toEqual({ free: 'all', anyTime: true });
    expect(linesPromise([line('a', '24/7', true), line('b', 'Every day, 9:00 to 24:00')])).toEqual({ free: 'some', anyTime: false });
    expect(linesPromise([line('a', '24/7')])).toEqual({ free: 'none', anyTime: true });
    expect(linesPromise([])).toEqual({ free: 'none', anyTime: false });
  });

  it('tells a member in crisis what holds for their region’s lines, and nothing more', () => {
    // Every UK line is free and answers any time: the promise as it always was.
    expect(crisisPanelMessage(hotlinesFor('GB').hotlines)).toBe(`${opening}free and confidential, any time of day or night. A moderator here can talk with you too.`);
    // Crisis Text Line may cost a text on some carriers: the list marks the free ones.
    expect(crisisPanelMessage(hotlinesFor('US').hotlines)).toBe(`${opening}in confidence, any time of day or night, and the ones marked free cost nothing. A moderator here can talk with you too.`);
    // Italy's adult line keeps hours and charges an ordinary call: no "any time", no "free".
    expect(crisisPanelMessage(hotlinesFor('IT').hotlines)).toBe(`${opening}in confidence; each says below when it answers, and the ones marked free cost nothing. A moderator here can talk with you too.`);
    expect(crisisPanelMessage([line('a', 'Weekdays, 18:00 to 22:00')])).toBe(`${opening}in confidence; each says below when it answers. A moderator here can talk with you too.`);
  });

  it('gives the panel for a member in crisis its message filled in for the lines shown, never the bare template', () => {
    for (const region of ['US', 'GB', 'IT', 'INTL']) {
      const copy = crisisPanelCopyFor('self', hotlinesFor(region).hotlines);
      expect(copy.message).toBe(crisisPanelMessage(hotlinesFor(region).hotlines));
      expect(copy.message).not.toContain('{');
      expect(copy.heading).toBe("You don't have to go through this alone");
    }
    expect(crisisPanelCopyFor('concern_for_other', []).heading).toBe('Worried about someone?');
  });

  it('gives a member in danger from someone else safety first, with the same honest promise of the lines', () => {
    const britain = crisisPanelCopyFor('danger', hotlinesFor('GB').hotlines);
    expect(britain.heading).toBe('You deserve to be safe');
    expect(britain.message).toContain('it is not your fault. If you are in danger right now, call the emergency number.');
    expect(britain.message).toContain('ready to listen, free and confidential, any time of day or night. They can help you think through what to do next, and a moderator here can talk with you too.');
    // Italy's lines keep hours: not promised "any time" here either.
    const italy = crisisPanelCopyFor('danger', hotlinesFor('IT').hotlines);
    expect(italy.message).toContain('ready to listen, in confidence; each says below when it answers, and the ones marked free cost nothing. They can help');
    expect(italy.message).not.toContain('{');
    expect(britain.deviceSafety).toMatch(/Leave quickly.*Esc twice/);
    // The bar beside a chat's composer on a phone says it too, in half the words.
    expect(britain.deviceSafetyShort).toMatch(/Leave quickly.*Esc twice/);
    expect(britain.deviceSafetyShort.length).toBeLessThanOrEqual(britain.deviceSafety.length / 2);
  });

  it('says the lines are free on /help and when Lantern is unreachable only where each is', () => {
    expect(linesKept(hotlinesFor('GB').hotlines)).toBe('free and confidential');
    expect(someLinesFree(hotlinesFor('GB').hotlines)).toBeNull();
    expect(offlineHelpMessage(hotlinesFor('GB').hotlines)).toBe("These lines don't need Lantern. They're free and confidential, and a person answers.");
    expect(linesKept(hotlinesFor('FR').hotlines)).toBe('confidential');
    expect(someLinesFree(hotlinesFor('FR').hotlines)).toBe('The ones marked free cost nothing.');
    expect(offlineHelpMessage(hotlinesFor('FR').hotlines)).toBe("These lines don't need Lantern. They're confidential, and a person answers. The ones marked free cost nothing.");
  });
});

describe('a line open to anyone at any hour', () => {
  it('is there in every region but Italy, whose round-the-clock line is for the young', () => {
    expect(roundTheClockForEveryone(hotlinesFor('US').hotlines)).toBe(true);
    expect(roundTheClockForEveryone(hotlinesFor('PT').hotlines)).toBe(true);
    expect(roundTheClockForEveryone(hotlinesFor('INTL').hotlines)).toBe(true);
    expect(roundTheClockForEveryone(hotlinesFor('IT').hotlines)).toBe(false);
    expect(roundTheClockForEveryone([])).toBe(false);
  });
});
