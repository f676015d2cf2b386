import { highlightSpans, isSensitive } from './sensitive';

describe('moderator wellbeing and evidence', () => {
  it('blurs crisis, high-risk and graphic items, not ordinary reports', () => {
    expect(isSensitive({ kind: 'crisis', risk: 'low', categories: [] })).toBe(true);
    expect(isSensitive({ kind: 'harm', risk: 'none', categories: ['method_instructions'] })).toBe(true);
    expect(isSensitive({ kind: 'report', risk: 'high', categories: [] })).toBe(true);
    expect(isSensitive({ kind: 'report', risk: 'none', categories: ['spam'] })).toBe(false);
    expect(isSensitive({ kind: 'harm', risk: 'none', categories: ['harassment'] })).toBe(false);
  });

  it('marks evidence spans, merging overlaps and ignoring spans outside the text', () => {
    expect(highlightSpans('I want to end my life tonight', [{ start: 10, end: 21 }, { start: 14, end: 29 }, { start: 40, end: 50 }])).toEqual([
      { text: 'I want to ', marked: false },
      { text: 'end my life tonight', marked: true },
    ]);
    expect(highlightSpans('calm words', [])).toEqual([{ text: 'calm words', marked: false }]);
  });
});
