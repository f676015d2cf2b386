import { normalise } from '../normalise/normalise';
import { bigramBucket, featurise, FEATURE_BITS, wordBucket } from './features';
import { modelWeights, SECOND_OPINION_THRESHOLDS, secondOpinion } from './second-opinion';
import { SECOND_OPINION_WORDS, secondOpinionWords } from './second-opinion-words';

const { T2 } = SECOND_OPINION_THRESHOLDS;

// Crisis texts the shipped model reads above T2 (second-opinion.spec.ts holds it to that). What it
// marks in them follows the weights, so these tests hold the marking to its rules, not to words.
const READ_AS_CRISIS = [
  'im done trying guys this is it for me',
  'i think tonights the night ngl',
  "No papers, no family here, no way back. I've decided I'm not going to wake up tomorrow.",
  'why am i even alive lmao',
];

/** Where each normalised token stands in the original text. */
const tokenEdges = (text: string) => {
  const tokens = normalise(text).tokens;
  return { starts: new Set(tokens.map((token) => token.start)), ends: new Set(tokens.map((token) => token.end)) };
};

describe('secondOpinionWords', () => {
  it.each(READ_AS_CRISIS)('marks a handful of whole words of %j, in text order, each pushing the score up past the floor', (text) => {
    expect(secondOpinion(text).score).toBeGreaterThanOrEqual(T2);
    const words = secondOpinionWords(text);
    expect(words.length).toBeGreaterThan(0);
    // At most five n-grams, of one or two words each: joined, never more than ten words marked.
    const marked = words.reduce((count, span) => count + normalise(text.slice(span.start, span.end)).tokens.length, 0);
    expect(marked).toBeLessThanOrEqual(SECOND_OPINION_WORDS.grams * 2);
    const { starts, ends } = tokenEdges(text);
    for (const [index, span] of words.entries()) {
      expect(starts.has(span.start) && ends.has(span.end)).toBe(true);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.push).toBeGreaterThanOrEqual(SECOND_OPINION_WORDS.floor);
      if (index > 0) expect(span.start).toBeGreaterThanOrEqual(words[index - 1].end);
    }
  });

  it.each(READ_AS_CRISIS)('marks words of %j that carry its score: without them it falls', (text) => {
    const words = secondOpinionWords(text);
    let rest = text;
    for (const span of [...words].reverse()) rest = `${rest.slice(0, span.start)}${rest.slice(span.end)}`;
    expect(secondOpinion(rest).score).toBeLessThan(secondOpinion(text).score);
  });

  it.each(READ_AS_CRISIS)('marks in %j the word n-gram that weighs most, read off the weights one n-gram at a time', (text) => {
    const mask = (1 << FEATURE_BITS) - 1;
    const { value } = featurise(text);
    const tokens = normalise(text).tokens;
    const pushes = tokens.flatMap((token, i) => [
      { push: modelWeights()[wordBucket(token.text, mask)] * value, start: token.start, end: token.end },
      ...(i > 0 && token.clause === tokens[i - 1].clause
        ? [{ push: modelWeights()[bigramBucket(tokens[i - 1].text, token.text, mask)] * value, start: tokens[i - 1].start, end: token.end }]
        : []),
    ]);
    const strongest = pushes.reduce((best, gram) => (gram.push > best.push ? gram : best));
    const [marked] = secondOpinionWords(text, { grams: 1, floor: 0, places: 1_000 });
    expect(text.slice(marked.start, marked.end)).toBe(text.slice(strongest.start, strongest.end));
    expect(marked.push).toBeCloseTo(strongest.push, 10);
  });

  it('is deterministic, and maps back to the words as written (case, spaces, repeated letters)', () => {
    const text = 'why am i even alive lmao';
    const first = secondOpinionWords(text);
    expect(secondOpinionWords(text)).toEqual(first);
    // The same words written otherwise are the same tokens to the model: the same words are marked,
    // at their places in what was written.
    const written = 'WHY   am I even aliiiive LMAO';
    const marked = secondOpinionWords(written);
    const normalisedText = (source: string, spans: ReadonlyArray<{ start: number; end: number }>) =>
      spans.map((span) => normalise(source.slice(span.start, span.end)).text);
    expect(normalisedText(written, marked)).toEqual(normalisedText(text, first));
    expect(marked.map((span) => span.push)).toEqual(first.map((span) => span.push));
    const { starts, ends } = tokenEdges(written);
    for (const span of marked) expect(starts.has(span.start) && ends.has(span.end)).toBe(true);
  });

  it('marks every place an n-gram stands: the model counts it once, wherever it is', () => {
    const once = secondOpinionWords('why am i even alive lmao', { ...SECOND_OPINION_WORDS, grams: 1 });
    expect(once).toHaveLength(1);
    const words = 'why am i even alive lmao';
    const twice = `${words}. ${words}`;
    const marked = secondOpinionWords(twice, { ...SECOND_OPINION_WORDS, grams: 1 });
    expect(marked.map((span) => twice.slice(span.start, span.end))).toEqual([0, 1].map(() => words.slice(once[0].start, once[0].end)));
    expect(marked[1].start).toBeGreaterThan(words.length);
  });

  it('keeps to its limits: fewer n-grams when asked, none under the floor, nothing for empty or odd text', () => {
    const text = READ_AS_CRISIS[2];
    const all = secondOpinionWords(text, { grams: 1_000, floor: Number.MIN_VALUE, places: 1_000 });
    const few = secondOpinionWords(text, { grams: 2, floor: Number.MIN_VALUE, places: 1_000 });
    expect(few.length).toBeGreaterThan(0);
    expect(few.length).toBeLessThanOrEqual(2);
    // The two strongest are among everything that pushed up.
    for (const span of few) expect(all.some((wider) => wider.start <= span.start && span.end <= wider.end)).toBe(true);
    expect(all.every((span) => span.push > 0)).toBe(true);
    expect(secondOpinionWords(text, { ...SECOND_OPINION_WORDS, floor: Number.POSITIVE_INFINITY })).toEqual([]);
    for (const odd of ['', '   ', '🙂', '\u0000\uffff', 'a'.repeat(5000)]) {
      for (const span of secondOpinionWords(odd)) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(odd.length);
      }
    }
    expect(secondOpinionWords('')).toEqual([]);
  });

  it('marks at most its number of places, the first in the text, however often the words are said (a flood stores no thousands of spans)', () => {
    const words = 'nobody would notice if i was gone. ';
    const flood = words.repeat(3_000);
    const marked = secondOpinionWords(flood);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThanOrEqual(SECOND_OPINION_WORDS.places);
    expect(secondOpinionWords(flood, { ...SECOND_OPINION_WORDS, places: 100_000 }).length).toBeGreaterThan(1_000);
    expect(marked.every((span, index) => index === 0 || span.start >= marked[index - 1].end)).toBe(true);
    expect(marked[0].start).toBeLessThan(words.length);
  });
});
