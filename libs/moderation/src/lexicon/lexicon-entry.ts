import type { Signal } from './signals';

/** Whom the words are about. */
export type Person = 'self' | 'you' | 'other';

/**
 * One line of the lexicon: a pattern (see matching/pattern.ts for the syntax), the signal it
 * reports and how strongly.
 *
 * `weight` is how sure a trained moderator would be, from this phrase alone, that the signal is
 * really there (0..1). Weights of the matches in one category combine like independent pieces of
 * evidence (1 − Π(1 − w)), and a category is reported at 0.5: so one 0.9 phrase is enough, and two
 * 0.35 phrases ("I hate myself", "what's the point") are not, but three are.
 */
export interface LexiconEntry {
  readonly pattern: string;
  readonly signal: Signal;
  readonly weight: number;
  /**
   * Whom the phrase is about when its own words say so (Spanish "matarme" is the writer,
   * "matarse" someone else). Otherwise it is worked out from the pronouns in and before the
   * match ("kill herself", "my friend wants to die"); see classifier/holder.ts.
   */
  readonly about?: Person;
  /**
   * For impersonal frames that are about the writer ("it's so hard to keep going"): the writer,
   * unless the sentence also speaks to "you", or the text is a reply or offers support, where the
   * same words are sympathy ("I know it's hard to keep going, you matter").
   */
  readonly aboutWriterUnlessReply?: boolean;
  /**
   * Set for noun phrases that say nothing about who is meant ("suicidal thoughts", "self-harm"):
   * without a pronoun nearby they count at a third of their weight, so "suicidal thoughts are
   * common in teens" is not read as the writer's.
   */
  readonly needsSubject?: boolean;
  /** A number in the match at least this large makes the match count in full ("took 40 pills"). */
  readonly minNumber?: number;
  /** The weight when the sentence is a question ("what's the easiest way to die?"). */
  readonly questionWeight?: number;
  readonly note?: string;
}

/** Options shared by a group of entries. */
export type EntryOptions = Omit<LexiconEntry, 'pattern' | 'signal' | 'weight'>;

/** Writes a group of phrases that share a signal and weight, as the lexicon files do. */
export function phrases(
  signal: Signal,
  weight: number,
  patterns: readonly string[],
  options: EntryOptions = {},
): LexiconEntry[] {
  return patterns.map((pattern) => ({ pattern, signal, weight, ...options }));
}
