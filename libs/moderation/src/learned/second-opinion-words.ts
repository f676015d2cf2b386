import { normalise } from '../normalise/normalise';
import { bigramBucket, featurise, wordBucket } from './features';
import { SECOND_OPINION_MODEL } from './model.generated';
import { modelWeights } from './second-opinion';

/** A stretch of the original text whose words pushed the second opinion's score up. */
export interface SecondOpinionWords {
  /** Offsets into the original text (UTF-16 code units, end exclusive), widened to whole words. */
  readonly start: number;
  readonly end: number;
  /** What the word n-grams in it added to the score's log-odds (weight × value, each n-gram once). */
  readonly push: number;
}

/**
 * At most this many word n-grams are marked, and only those that add at least `floor` to the
 * log-odds: a moderator is shown what weighed most, not every word that leaned the same way. At
 * most `places` stretches, the first in the text: words said over and over (a flood, a paste)
 * would otherwise store and draw thousands.
 */
export const SECOND_OPINION_WORDS = { grams: 5, floor: 0.05, places: 20 } as const;

interface Gram {
  bucket: number;
  start: number;
  end: number;
}

/**
 * Which words of a text pushed the second opinion's score up most: the word unigrams and bigrams
 * present whose weight × value adds most to the log-odds (positive and at least the floor, the
 * strongest first, ties in text order), mapped back to where they stand in the original text
 * (every place an n-gram occurs: the model counts it once, wherever it is). Overlapping stretches
 * are joined. Deterministic, like the score.
 *
 * Character 3-5-grams carry part of the score too but are not marked: a character n-gram stands
 * inside or across words and says little to a reader on its own. A word n-gram's bucket may also be
 * shared with a character n-gram of the same text (hashing); its weight is then read as the word's.
 */
export function secondOpinionWords(text: string, limit: { grams: number; floor: number; places: number } = SECOND_OPINION_WORDS): SecondOpinionWords[] {
  const { bits } = SECOND_OPINION_MODEL;
  const mask = (1 << bits) - 1;
  const weights = modelWeights();
  const { value } = featurise(text, bits);
  const tokens = normalise(text).tokens;
  const grams: Gram[] = [];
  for (let i = 0; i < tokens.length; i++) {
    grams.push({ bucket: wordBucket(tokens[i].text, mask), start: tokens[i].start, end: tokens[i].end });
    if (i > 0 && tokens[i].clause === tokens[i - 1].clause) {
      grams.push({ bucket: bigramBucket(tokens[i - 1].text, tokens[i].text, mask), start: tokens[i - 1].start, end: tokens[i].end });
    }
  }
  // Each bucket once, in first-seen order, so that a stable sort breaks ties by place in the text.
  const pushOf = new Map<number, number>();
  for (const gram of grams) if (!pushOf.has(gram.bucket)) pushOf.set(gram.bucket, weights[gram.bucket] * value);
  const chosen = new Set(
    [...pushOf]
      .filter(([, push]) => push > 0 && push >= limit.floor)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit.grams)
      .map(([bucket]) => bucket),
  );
  const marked = grams.filter((gram) => chosen.has(gram.bucket)).sort((a, b) => a.start - b.start || a.end - b.end);
  const spans: Array<{ start: number; end: number; buckets: Set<number> }> = [];
  for (const gram of marked) {
    const last = spans[spans.length - 1];
    if (last && gram.start < last.end) {
      last.end = Math.max(last.end, gram.end);
      last.buckets.add(gram.bucket);
    } else spans.push({ start: gram.start, end: gram.end, buckets: new Set([gram.bucket]) });
  }
  return spans.slice(0, limit.places).map(({ start, end, buckets }) => ({ start, end, push: [...buckets].reduce((sum, bucket) => sum + (pushOf.get(bucket) ?? 0), 0) }));
}
