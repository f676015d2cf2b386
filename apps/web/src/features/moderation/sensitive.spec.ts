import { highlightSpans, isSensitive } from './sensitive';

describe('moderator wellbeing and evidence', () => {
  it('blurs crisis, high-risk and graphic items, not ordinary reports', () => {
    expect(isSensitive({ kind: 'crisis', risk: 'low', categories: [], secondOpinion: false })).toBe(true);
    expect(isSensitive({ kind: 'harm', risk: 'none', categories: ['method_instructions'], secondOpinion: false })).toBe(true);
    expect(isSensitive({ kind: 'report', risk: 'high', categories: [], secondOpinion: false })).toBe(true);
    expect(isSensitive({ kind: 'report', risk: 'none', categories: ['spam'], secondOpinion: false })).toBe(false);
    expect(isSensitive({ kind: 'harm', risk: 'none', categories: ['harassment'], secondOpinion: false })).toBe(false);
  });

  it('blurs words the second opinion sent, which may be a crisis the word lists missed, though their item is a report with no risk', () => {
    // As the worker opens it: kind report, risk none, no categories; only the signal says why it is here.
    expect(isSensitive({ kind: 'report', risk: 'none', categories: [], secondOpinion: true })).toBe(true);
    // A member's report of harassment that the second opinion also reads as a possible crisis.
    expect(isSensitive({ kind: 'report', risk: 'none', categories: ['harassment'], secondOpinion: true })).toBe(true);
    expect(isSensitive({ kind: 'report', risk: 'none', categories: [], secondOpinion: false })).toBe(false);
  });

  it('marks evidence spans, merging overlaps and ignoring spans outside the text', () => {
    expect(highlightSpans('I want to end my life tonight', [{ start: 10, end: 21 }, { start: 14, end: 29 }, { start: 40, end: 50 }])).toEqual([
      { text: 'I want to ', marked: false },
      { text: 'end my life tonight', marked: true },
    ]);
    expect(highlightSpans('calm words', [])).toEqual([{ text: 'calm words', marked: false }]);
  });

  it('says who marked each stretch: the word lists, the second opinion, or both where their spans meet', () => {
    const text = 'im done trying guys this is it for me, I want to end my life';
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    expect(
      highlightSpans(text, [
        { ...at('im done'), by: 'second_opinion' },
        { ...at('end my life'), by: 'word_lists' },
        { ...at('my life'), by: 'second_opinion' },
        { ...at('for me'), by: 'second_opinion' },
        { ...at('it for'), by: 'second_opinion' },
      ]),
    ).toEqual([
      { text: 'im done', marked: true, by: ['second_opinion'] },
      { text: ' trying guys this is ', marked: false },
      { text: 'it for me', marked: true, by: ['second_opinion'] },
      { text: ', I want to ', marked: false },
      { text: 'end ', marked: true, by: ['word_lists'] },
      { text: 'my life', marked: true, by: ['second_opinion', 'word_lists'] },
    ]);
  });
});
