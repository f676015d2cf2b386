import {
  CHAT_NEGATORS,
  DUTCH_YOU_WORDS,
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
/** Negators that are also French elisions ("nn", "n", "ñ" are "n"): read only where the text is not French. */
export const CHAT_NEGATOR_WORDS = normalisedSet(CHAT_NEGATORS);
const DUTCH_YOU = normalisedSet(DUTCH_YOU_WORDS);
const DUTCH_NOT_PERSONS = normalisedSet(['te', 'er', 'op']);
export const REPORTING = normalisedSet(REPORTING_VERBS);
export const PAST_VERB_WORDS = normalisedSet(PAST_VERBS);
export const NEGATION_BREAKERS = normalisedSet(SCOPE_BREAKERS);
/** Subordinators and contrasts end a subject's reach, but "and"/"so"/"or" (Dutch "en", "dus") do not. */
export const HOLDER_BREAKERS = normalisedSet(SCOPE_BREAKERS.filter((w) => !['and', 'so', 'or', 'en', 'dus'].includes(w)));
/** Contrasts split a phrase into two stretches for tense: "I used to, but now...". */
export const CONTRASTS = normalisedSet([
  'but', 'though', 'although', 'however', 'pero', 'mais', 'aber', 'maar', 'mas', 'porem', 'contudo', 'invece', 'tuttavia',
]);
/** Object pronouns name the subject only right before the verb: "makes me want to die". */
export const OBJECT_ONLY = normalisedSet(['me', 'him', 'her', 'them', 'us', 'mich', 'mir', 'dich', 'dir', 'te', 'ti', 'lui']);

/** "Everyone", "nobody": people in general, who name nobody in particular inside a phrase. */
export const QUANTIFIERS = normalisedSet([
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'people', 'person', 'nobody', 'noone', 'others',
  'iemand', 'niemand', 'iedereen', 'nessuno', 'qualcuno', 'ninguem', 'alguem',
]);

const SPANISH_MARKERS = normalisedSet(['que', 'el', 'los', 'las', 'una', 'estoy', 'quiero', 'yo', 'pero', 'para', 'por', 'muy', 'porque', 'esta', 'soy', 'del', 'con', 'mi', 'ya', 'nada', 'nadie', 'vida']);
// Not "die" or "was", which are English words too.
const GERMAN_MARKERS = normalisedSet(['ich', 'nicht', 'und', 'ist', 'das', 'der', 'den', 'dem', 'zu', 'wie', 'sterben', 'leben', 'mich', 'mir', 'mein', 'meine', 'auch', 'ein', 'eine', 'sich', 'noch', 'mehr', 'habe', 'hab', 'kann', 'nur', 'schon', 'wieder', 'heute', 'bin', 'aber', 'keine', 'einfach']);
const FRENCH_MARKERS = normalisedSet(['je', 'j', 'est', 'pas', 'ne', 'les', 'des', 'et', 'suis', 'une', 'avec', 'vous', 'dans', 'mais', 'très', 'moi', 'elle', 'qui']);
const FRENCH_MARKERS_BUT_JE = normalisedSet([...FRENCH_MARKERS].filter((word) => word !== 'je'));
// Not "je", "die", "was", "met", "ben" or "de", which are French, English or German words too.
const DUTCH_MARKERS = normalisedSet(['ik', 'het', 'een', 'niet', 'dat', 'wil', 'mijn', 'heb', 'maar', 'geen', 'ook', 'naar', 'zijn', 'gewoon', 'gwn', 'meer', 'nog', 'jij', 'jou', 'jullie', 'wel', 'voor', 'zou', 'nooit', 'mezelf', 'jezelf', 'ff', 'dood', 'leven', 'ben', 'kan']);
// Not "il", "per" or "come" (French and English), nor "to", "um" or "ta" for Portuguese (English).
const ITALIAN_MARKERS = normalisedSet(['io', 'non', 'nn', 'che', 'sono', 'mi', 'ho', 'voglio', 'della', 'questo', 'questa', 'piu', 'più', 'anche', 'perche', 'perché', 'xke', 'cosa', 'sempre', 'niente', 'nessuno', 'mio', 'mia', 'vita', 'morire', 'sto', 'raga', 'cmq', 'ancora']);
const PORTUGUESE_MARKERS = normalisedSet(['eu', 'nao', 'não', 'que', 'uma', 'com', 'para', 'pra', 'meu', 'minha', 'mim', 'voce', 'você', 'vc', 'vcs', 'estou', 'mais', 'ja', 'já', 'muito', 'quero', 'vou', 'nada', 'ninguem', 'ninguém', 'vida', 'morrer', 'mds', 'tudo', 'isso', 'essa', 'esse', 'sou', 'tenho']);

/** Which languages a text looks like, as far as reading its pronouns needs (TextContext has these). */
export interface PronounLanguages {
  readonly french?: boolean;
  readonly spanish?: boolean;
  readonly dutch?: boolean;
}

/**
 * Whom a single word refers to. "il" is "I'll" in English and "he" in French; "se" is the
 * Spanish and French reflexive but also English "see" once doubled letters are folded ("I don't
 * see a way out"); "je" is French "I" but Dutch "you" ("je bent niet alleen"); so the caller says
 * which language the text looks like.
 */
export function personOf(word: string, languages: PronounLanguages = {}): Person | undefined {
  if (word === 'il') return languages.french ? 'other' : 'self';
  if (word === 'se') return languages.french || languages.spanish ? 'other' : undefined;
  // The word first: whether the text looks Dutch is only worked out when it matters.
  if (DUTCH_YOU.has(word) && languages.dutch) return 'you';
  // Dutch "te" (to), "er" (there) and "op" (on) are Spanish "you", German "he" and Reddit's "OP".
  if (DUTCH_NOT_PERSONS.has(word) && languages.dutch) return undefined;
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

/**
 * Dutch rather than German ("will", "kann" squeeze to Dutch "wil", "kan") or French (whose markers
 * count here without "je", which Dutch shares: "als je dood wilt, je bent niet alleen").
 */
export function looksDutch(words: readonly { text: string }[]): boolean {
  return hasMarkers(words, DUTCH_MARKERS) && !looksGerman(words) && !hasMarkers(words, FRENCH_MARKERS_BUT_JE);
}

export function looksItalian(words: readonly { text: string }[]): boolean {
  return hasMarkers(words, ITALIAN_MARKERS);
}

export function looksPortuguese(words: readonly { text: string }[]): boolean {
  return hasMarkers(words, PORTUGUESE_MARKERS);
}

function hasMarkers(words: readonly { text: string }[], markers: ReadonlySet<string>): boolean {
  let found = 0;
  for (const w of words) if (markers.has(w.text) && ++found >= 2) return true;
  return false;
}
