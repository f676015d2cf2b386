import { normalise } from '../normalise/normalise';

// Math's functions held locally: looking them up on the global object each time is many times
// slower inside a vm context (jest), and training calls them millions of times.
const { exp, sqrt, imul, max } = Math;

/** 2^18 hash buckets: ~262k int8 weights, ~341 KB as base64. */
export const FEATURE_BITS = 18;

/** A text as the second opinion sees it: the set of hash buckets present, each worth `value`. */
export interface Features {
  /** Distinct bucket indices, in first-seen order (the order fixes the float sums, so keep it). */
  readonly indices: Uint32Array;
  /** 1 / sqrt(number of buckets): presence features, L2-normalised per text. */
  readonly value: number;
}

const WORD_SEED = 0x811c9dc5;
const BIGRAM_SEED = 0x9747b28c;
const CHAR_SEED = 0x1b873593;
const CHAR_MIN = 3;
const CHAR_MAX = 5;

/** 32-bit FNV-1a over UTF-16 code units, from a seed. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** The bucket of a word unigram (a normalise() token's text), as featurise() hashes it. */
export function wordBucket(word: string, mask: number): number {
  return fnv1a(word, WORD_SEED) & mask;
}

/** The bucket of a word bigram within a sentence, as featurise() hashes it. */
export function bigramBucket(first: string, second: string, mask: number): number {
  return fnv1a(`${first} ${second}`, BIGRAM_SEED) & mask;
}

/**
 * Hashed features over the repository's normalise() tokens (lower case, leetspeak and confusables
 * read, letter runs squeezed, emoji as words):
 * - word unigrams, and bigrams that do not cross a sentence break;
 * - character 3-5-grams of each sentence's tokens joined by spaces and padded with a space.
 * Changing anything here changes every score: retrain (`npm run train:second-opinion`).
 */
export function featurise(text: string, bits: number = FEATURE_BITS): Features {
  const mask = (1 << bits) - 1;
  const tokens = normalise(text).tokens;
  const seen = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    seen.add(wordBucket(tokens[i].text, mask));
    if (i > 0 && tokens[i].clause === tokens[i - 1].clause) seen.add(bigramBucket(tokens[i - 1].text, tokens[i].text, mask));
  }
  let clause: string[] = [];
  const flush = () => {
    if (clause.length === 0) return;
    const padded = ` ${clause.join(' ')} `;
    for (let n = CHAR_MIN; n <= CHAR_MAX; n++) {
      for (let i = 0; i + n <= padded.length; i++) seen.add(fnv1a(padded.slice(i, i + n), CHAR_SEED + n) & mask);
    }
    clause = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].clause !== tokens[i - 1].clause) flush();
    clause.push(tokens[i].text);
  }
  flush();
  const indices = Uint32Array.from(seen);
  return { indices, value: 1 / sqrt(max(indices.length, 1)) };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z));
}

/** Probability of crisis under a linear model over `featurise` buckets. */
export function scoreFeatures(weights: Float32Array, bias: number, features: Features): number {
  let z = bias;
  const { indices, value } = features;
  for (let k = 0; k < indices.length; k++) z += weights[indices[k]] * value;
  return sigmoid(z);
}
