import { tokenise } from '../normalise/tokenise';

/**
 * The small pattern language lexicon entries and watched words are written in. It matches
 * normalised tokens, not characters, so a moderator writes plain words and the tokeniser's
 * normalisation (case, accents, leetspeak, stretched letters, spacing tricks) applies for free.
 *
 *   kill myself              two words in a row
 *   want|wanna               one word out of several (outside brackets "|" joins single words)
 *   (end it all|end my life) one phrase out of several (inside brackets "|" separates phrases)
 *   really?  (so very)?      optional word or phrase
 *   suicid*                  any word starting with "suicid" (at least 3 letters)
 *   @self                    a shared list from vocabulary.ts
 *   #num  #url               any number, any link
 *   #pastyear                a year gone by, 1950 to last year, as the clock reads when matched
 *   ~2                       up to two other words in between (never across a comma)
 *   ^                        only at the start of a sentence or after a comma
 *   $                        only at the end of a sentence or before a comma
 *   ,                        a comma may stand here (the one place a phrase crosses one):
 *                            "if you're reading this , i'm already gone"
 *
 * Words are normalised exactly as text is, so "don't" is written naturally and "kill" also
 * matches "kiiill", "k1ll" and "k i l l"; "to" also matches the digit "2" ("want 2 die").
 */
export type Step =
  | { readonly kind: 'word'; readonly words: ReadonlySet<string>; readonly optional: boolean }
  | { readonly kind: 'prefix'; readonly prefixes: readonly string[] }
  /** `yearGoneBy`: only a year before this one (#pastyear), read when matched, so a worker running over New Year reads it anew. */
  | { readonly kind: 'number'; readonly yearGoneBy?: boolean }
  | { readonly kind: 'url' }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' }
  | { readonly kind: 'comma' }
  | {
      readonly kind: 'branch';
      /** What may follow each first word ([] when the word alone completes the step). */
      readonly byWord: ReadonlyMap<string, readonly Step[]>;
      /** Alternatives that do not start with a plain word. */
      readonly others: readonly (readonly Step[])[];
      readonly optional: boolean;
    };

export class PatternError extends Error {
  readonly code = 'MODERATION_PATTERN_INVALID';
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`Pattern "${pattern}" is invalid: ${reason}.`);
    this.name = 'PatternError';
  }
}

export type Vocabulary = Readonly<Record<string, string>>;

export function parsePattern(pattern: string, vocabulary: Vocabulary = {}): readonly Step[] {
  return new PatternParser(pattern, vocabulary, []).parseTop();
}

/** Every literal word a pattern can match (used to tell its own "not" from a negation). */
export function literalWords(steps: readonly Step[], into: Set<string> = new Set()): Set<string> {
  for (const step of steps) {
    if (step.kind === 'word') for (const word of step.words) into.add(word);
    else if (step.kind === 'branch') {
      for (const [word, tail] of step.byWord) {
        into.add(word);
        literalWords(tail, into);
      }
      for (const alternative of step.others) literalWords(alternative, into);
    }
  }
  return into;
}

/** Vocabulary lists are parsed once per vocabulary object, however often patterns use them. */
const expansionCache = new WeakMap<Vocabulary, Map<string, Step[]>>();
const wordCache = new Map<string, string[]>();

const MIN_PREFIX = 3;

class PatternParser {
  private pos = 0;

  constructor(
    private readonly source: string,
    private readonly vocabulary: Vocabulary,
    private readonly expanding: readonly string[],
  ) {}

  parseTop(): Step[] {
    const steps = this.parseSequence(false);
    if (this.pos < this.source.length) this.fail(`unexpected "${this.source[this.pos]}"`);
    if (steps.length === 0) this.fail('it is empty');
    return steps;
  }

  private fail(reason: string): never {
    throw new PatternError(this.expanding[0] ?? this.source, reason);
  }

  private skipSpaces(): void {
    while (this.pos < this.source.length && this.source[this.pos] === ' ') this.pos++;
  }

  private parseSequence(inGroup: boolean): Step[] {
    const steps: Step[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.pos >= this.source.length) break;
      const c = this.source[this.pos];
      if (c === ')' || c === '|') {
        if (!inGroup) this.fail(`unexpected "${c}"`);
        break;
      }
      steps.push(...this.parseElement(inGroup));
    }
    return steps;
  }

  private parseElement(inGroup: boolean): Step[] {
    const c = this.source[this.pos];
    let steps: Step[];
    if (c === '(') {
      this.pos++;
      const alternatives: Step[][] = [];
      for (;;) {
        alternatives.push(this.parseSequence(true));
        const next = this.source[this.pos];
        if (next === '|') {
          this.pos++;
          continue;
        }
        if (next === ')') {
          this.pos++;
          break;
        }
        this.fail('a "(" is not closed');
      }
      if (alternatives.some((a) => a.length === 0)) this.fail('a group has an empty alternative');
      steps = simplifyGroup(alternatives, false);
    } else {
      const word = this.readWord(inGroup);
      steps = this.compileWord(word);
    }
    if (this.source[this.pos] === '?') {
      this.pos++;
      steps = simplifyGroup([steps], true);
    }
    return steps;
  }

  /** Inside brackets "|" separates phrases; outside, it joins single words ("want|wanna"). */
  private readWord(inGroup: boolean): string {
    const stops = inGroup ? ' ()?|' : ' ()?';
    const start = this.pos;
    while (this.pos < this.source.length && !stops.includes(this.source[this.pos])) this.pos++;
    if (this.pos === start) this.fail(`unexpected "${this.source[this.pos]}"`);
    return this.source.slice(start, this.pos);
  }

  private compileWord(word: string): Step[] {
    if (word === '^') return [{ kind: 'start' }];
    if (word === '$') return [{ kind: 'end' }];
    if (word === ',') return [{ kind: 'comma' }];
    if (word === '#num') return [{ kind: 'number' }];
    if (word === '#pastyear') return [{ kind: 'number', yearGoneBy: true }];
    if (word === '#url') return [{ kind: 'url' }];
    if (/^~\d+$/.test(word)) return [{ kind: 'gap', max: Number(word.slice(1)) }];
    if (word.startsWith('@')) return this.expandVocabulary(word.slice(1));
    const options = word.split('|');
    if (options.some((o) => o.length === 0)) this.fail(`"${word}" has an empty alternative`);
    const singles = new Set<string>();
    const prefixes: string[] = [];
    const sequences: Step[][] = [];
    for (const option of options) {
      if (option.endsWith('*')) {
        const stem = normaliseWords(option.slice(0, -1));
        if (stem.length !== 1 || stem[0].length < MIN_PREFIX) {
          this.fail(`"${option}" needs a single word of at least ${MIN_PREFIX} letters before "*"`);
        }
        prefixes.push(stem[0]);
        continue;
      }
      const tokens = normaliseWords(option);
      if (tokens.length === 0) this.fail(`"${option}" has no letters or digits`);
      if (tokens.length === 1) for (const spelling of spellingsOf(tokens[0])) singles.add(spelling);
      else sequences.push(tokens.map((t) => ({ kind: 'word', words: new Set(spellingsOf(t)), optional: false })));
    }
    const alternatives: Step[][] = [];
    if (singles.size > 0) alternatives.push([{ kind: 'word', words: singles, optional: false }]);
    if (prefixes.length > 0) alternatives.push([{ kind: 'prefix', prefixes }]);
    alternatives.push(...sequences);
    return simplifyGroup(alternatives, false);
  }

  private expandVocabulary(name: string): Step[] {
    const definition = this.vocabulary[name];
    if (definition === undefined) this.fail(`"@${name}" is not in the vocabulary`);
    if (this.expanding.includes(name)) this.fail(`"@${name}" refers to itself`);
    let cache = expansionCache.get(this.vocabulary);
    if (!cache) {
      cache = new Map();
      expansionCache.set(this.vocabulary, cache);
    }
    const cached = cache.get(name);
    if (cached) return cached;
    const inner = new PatternParser(definition, this.vocabulary, [...this.expanding, name]);
    const steps = inner.parseTop();
    const expansion: Step[] = steps.length === 1 ? steps : simplifyGroup([steps], false);
    cache.set(name, expansion);
    return expansion;
  }
}

/**
 * Matching speed comes from here. Alternatives are factored by their first word, like a trie:
 * "(im going to|im gonna|i will)" becomes one look-up of the next word ("im" → "going to" or
 * "gonna"; "i" → "will") instead of three phrases tried in turn; alternatives that are single
 * words become one set look-up; a group of one phrase is inlined.
 */
function simplifyGroup(alternatives: readonly (readonly Step[])[], optional: boolean): Step[] {
  if (alternatives.length === 1 && !optional) return [...alternatives[0]];
  const tails = new Map<string, (readonly Step[])[]>();
  const others: (readonly Step[])[] = [];
  let emptyAlternative = false;
  for (const alternative of alternatives) {
    const head = alternative[0];
    if (head === undefined) emptyAlternative = true;
    else if (head.kind === 'word') {
      const tail = alternative.slice(1);
      for (const word of head.words) {
        const list = tails.get(word);
        if (list) list.push(tail);
        else tails.set(word, [tail]);
      }
      if (head.optional) others.push(alternative.slice(1).length > 0 ? alternative.slice(1) : []);
    } else others.push(alternative);
  }
  const canBeEmpty = optional || emptyAlternative || others.some((o) => o.length === 0);
  const realOthers = others.filter((o) => o.length > 0);
  const allBare = [...tails.values()].every((list) => list.every((t) => t.length === 0));
  if (realOthers.length === 0 && allBare) return [{ kind: 'word', words: new Set(tails.keys()), optional: canBeEmpty }];
  const byWord = new Map<string, readonly Step[]>();
  const factored = new Map<readonly (readonly Step[])[], readonly Step[]>();
  for (const [word, list] of tails) {
    const nonEmpty = list.filter((t) => t.length > 0);
    const bare = nonEmpty.length < list.length;
    if (nonEmpty.length === 0) {
      byWord.set(word, []);
      continue;
    }
    // Words that share exactly the same continuations share one factored tail.
    const key = [...factored.keys()].find((k) => k.length === nonEmpty.length && k.every((t, i) => t === nonEmpty[i]));
    const rest = bare ? undefined : key && factored.get(key);
    const steps = rest ?? simplifyGroup(nonEmpty, bare);
    if (!bare && !key) factored.set(nonEmpty, steps);
    byWord.set(word, steps);
  }
  return [{ kind: 'branch', byWord, others: realOthers, optional: canBeEmpty }];
}

/**
 * Words people type as a digit: "i want 2 die", "going 2 end it". The digit stays a number in the
 * text (so "took 2 pills" keeps its count); a pattern's "to" also matches it.
 */
const DIGIT_SPELLINGS: Readonly<Record<string, readonly string[]>> = { to: ['to', '2'] };

function spellingsOf(word: string): readonly string[] {
  return DIGIT_SPELLINGS[word] ?? [word];
}

function normaliseWords(text: string): string[] {
  let words = wordCache.get(text);
  if (!words) {
    words = tokenise(text).map((t) => t.text);
    wordCache.set(text, words);
  }
  return words;
}
