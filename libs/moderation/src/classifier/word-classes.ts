import {
  NEGATORS,
  OTHER_WORDS,
  PAST_VERBS,
  REFLEXIVE_WORDS,
  REPORTING_VERBS,
  SCOPE_BREAKERS,
  SELF_WORDS,
  YOU_WORDS,
} from '../lexicon/grammar-words';
import type { Person } from '../lexicon/lexicon-entry';
import { tokenise } from '../normalise/tokenise';

/** Normalises a word list the way text is normalised, so look-ups compare like with like. */
export function normalisedSet(words: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const word of words) for (const token of tokenise(word)) out.add(token.text);
  return out;
}

const SELF = normalisedSet(SELF_WORDS);
const YOU = normalisedSet(YOU_WORDS);
const OTHER = normalisedSet(OTHER_WORDS);

export const REFLEXIVES = normalisedSet(REFLEXIVE_WORDS);
export const NEGATOR_WORDS = normalisedSet(NEGATORS);
export const REPORTING = normalisedSet(REPORTING_VERBS);
export const PAST_VERB_WORDS = normalisedSet(PAST_VERBS);
export const NEGATION_BREAKERS = normalisedSet(SCOPE_BREAKERS);
/** Subordinators and contrasts end a subject's reach, but "and"/"so"/"or" do not. */
export const HOLDER_BREAKERS = normalisedSet(SCOPE_BREAKERS.filter((w) => !['and', 'so', 'or'].includes(w)));
/** Contrasts split a phrase into two stretches for tense: "I used to, but now...". */
export const CONTRASTS = normalisedSet(['but', 'though', 'although', 'however', 'pero', 'mais', 'aber']);
/** Object pronouns name the subject only right before the verb: "makes me want to die". */
export const OBJECT_ONLY = normalisedSet(['me', 'him', 'her', 'them', 'us', 'mich', 'mir', 'dich', 'dir', 'te', 'ti', 'lui']);

/** "Everyone", "nobody": people in general, who name nobody in particular inside a phrase. */
export const QUANTIFIERS = normalisedSet(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'people', 'person', 'nobody', 'noone', 'others']);

const SPANISH_MARKERS = normalisedSet(['que', 'el', 'los', 'las', 'una', 'estoy', 'quiero', 'yo', 'pero', 'para', 'por', 'muy', 'porque', 'esta', 'soy', 'del', 'con', 'mi', 'ya', 'nada', 'nadie', 'vida']);
// Not "die" or "was", which are English words too.
const GERMAN_MARKERS = normalisedSet(['ich', 'nicht', 'und', 'ist', 'das', 'der', 'den', 'dem', 'zu', 'wie', 'sterben', 'leben', 'mich', 'mir', 'mein', 'meine', 'auch', 'ein', 'eine', 'sich', 'noch', 'mehr', 'habe', 'hab', 'kann', 'nur', 'schon', 'wieder', 'heute', 'bin', 'aber', 'keine', 'einfach']);
const FRENCH_MARKERS = normalisedSet(['je', 'j', 'est', 'pas', 'ne', 'les', 'des', 'et', 'suis', 'une', 'avec', 'vous', 'dans', 'mais', 'très', 'moi', 'elle', 'qui']);

/**
 * Whom a single word refers to. "il" is "I'll" in English and "he" in French, and "se" is the
 * Spanish and French reflexive but also English "see" once doubled letters are folded ("I don't
 * see a way out"), so the caller says which language the text looks like.
 */
export function personOf(word: string, french: boolean, spanish = false): Person | undefined {
  if (word === 'il') return french ? 'other' : 'self';
  if (word === 'se') return french || spanish ? 'other' : undefined;
  if (SELF.has(word)) return 'self';
  if (YOU.has(word)) return 'you';
  if (OTHER.has(word)) return 'other';
  return undefined;
}

export function looksFrench(words: readonly { text: string }[]): boolean {
  return hasMarkers(words, FRENCH_MARKERS);
}

export function looksSpanish(words: readonly { text: string }[]): boolean {
  return hasMarkers(words, SPANISH_MARKERS);
}

export function looksGerman(words: readonly { text: string }[]): boolean {
  return hasMarkers(words, GERMAN_MARKERS);
}

function hasMarkers(words: readonly { text: string }[], markers: ReadonlySet<string>): boolean {
  let found = 0;
  for (const w of words) if (markers.has(w.text) && ++found >= 2) return true;
  return false;
}
