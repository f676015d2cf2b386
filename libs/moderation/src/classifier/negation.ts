import type { TextContext } from './text-context';
import { CHAT_NEGATOR_WORDS, NEGATION_BREAKERS, NEGATOR_WORDS } from './word-classes';

const LOOK_BACK = 4;

/**
 * A phrase is negated by a negator inside it that the phrase does not itself contain ("ich werde
 * mich nicht umbringen"), or by one shortly before it in the same stretch ("I'm not suicidal",
 * "I would never kill myself"). The reach stops at "but", "because", "why"...: "I don't know why
 * I want to die" is not negated, and neither is anything inside "not gonna lie".
 */
export function isNegated(first: number, last: number, literals: ReadonlySet<string>, context: TextContext): boolean {
  const tokens = context.tokens;
  for (let i = first; i <= last; i++) {
    const word = tokens[i].text;
    if (isNegator(word, context) && !literals.has(word) && !context.negationException[i]) return true;
  }
  const phrase = tokens[first].phrase;
  for (let i = first - 1; i >= 0 && first - i <= LOOK_BACK && tokens[i].phrase === phrase; i--) {
    const word = tokens[i].text;
    if (NEGATION_BREAKERS.has(word)) return false;
    if (isNegator(word, context) && !context.negationException[i]) return true;
  }
  return false;
}

/**
 * Italian chat "nn" and Brazilian "n" (both "n" once squeezed) negate like "non" and "não"; in
 * French "n'" is the elided "ne", which never negates by itself ("je n'ai plus envie de vivre"),
 * and in Dutch "m'n" is "my". So they are negators only in text that looks Italian or Portuguese
 * and not French.
 */
function isNegator(word: string, context: TextContext): boolean {
  if (NEGATOR_WORDS.has(word)) return true;
  return CHAT_NEGATOR_WORDS.has(word) && (context.italian || context.portuguese) && !context.french;
}
