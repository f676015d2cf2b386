import { squeeze } from '../normalise/tokenise';
import type { Token } from '../normalise/token';
import { literalWords, parsePattern, PatternError, type Step, type Vocabulary } from './pattern';

export interface PhraseEntry<P> {
  readonly pattern: string;
  readonly payload: P;
  /** The pattern already parsed, when the caller needed the steps too. */
  readonly steps?: readonly Step[];
}

/** Where an entry matched: token indices, both inclusive. */
export interface PhraseMatch<P> {
  readonly payload: P;
  readonly first: number;
  readonly last: number;
}

interface Rule<P> {
  readonly steps: readonly Step[];
  readonly payload: P;
  /** Word sets of the later required steps: the text must contain a word of each. */
  readonly required: readonly ReadonlySet<string>[];
  /** For each first word, the words that can come second (when the pattern says for sure). */
  readonly secondAfter: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  /** The token position this rule was last tried at, so a rule reached twice runs once. */
  lastTried: number;
  /** The scan `viable` was worked out for. */
  checkedInScan: number;
  viable: boolean;
}

interface FirstSet {
  readonly words: Set<string>;
  readonly prefixes: Set<string>;
  number: boolean;
  url: boolean;
}

/** Phrases spelt without spaces ("#killmyself", "k i l l m y s e l f") are looked up whole. */
const MIN_COMPACT_LENGTH = 5;
/** An ordinary word this long could be a phrase written without spaces ("selfharm"). */
const MIN_UNMARKED_COMPACT_LENGTH = 8;
/** Phrases with more spellings than this are not indexed without spaces. */
const MAX_COMPACT_SPELLINGS = 64;
const PREFIX_KEY = 3;
/** From this many tokens, rules are first checked against the words of the whole text. */
const LONG_TEXT = 40;
const NO_WORDS: ReadonlySet<string> = new Set();

/** Masked words remembered per matcher; past this, new ones are worked out each time (hostile text). */
const MAX_UNMASKED = 10_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Continue = (position: number) => number;
const done: Continue = (position) => position;

/**
 * Finds every lexicon phrase in a token stream. A phrase never spans a sentence end, nor a comma
 * but where its pattern says one may stand (",").
 * Entries are indexed by the words they can start
 * with, so each token costs a couple of map look-ups and only the phrases that can start there
 * are tried: the cost grows with the text, not with the size of the lexicon.
 */
export class PhraseMatcher<P> {
  private readonly byWord = new Map<string, Rule<P>[]>();
  private readonly byPrefix = new Map<string, { prefix: string; rule: Rule<P> }[]>();
  private readonly byCompact = new Map<string, Rule<P>[]>();
  private readonly onNumber: Rule<P>[] = [];
  private readonly onUrl: Rule<P>[] = [];
  private stamp = 0;
  private scans = 0;
  private words: ReadonlySet<string> = new Set();
  /** Every word any phrase can contain, to read a word with letters hidden behind "*". */
  private readonly known = new Set<string>();
  /** The same words by their first letter: a masked word always starts with a letter it shows. */
  private knownByInitial: Map<string, string[]> | undefined;
  private readonly unmasked = new Map<string, string | undefined>();

  private readonly attempt: Attempt;

  /** `skippable` words may stand between two words of a phrase without breaking it. */
  constructor(entries: readonly PhraseEntry<P>[], vocabulary: Vocabulary = {}, skippable: ReadonlySet<string> = new Set()) {
    this.attempt = { tokens: [], phrase: 0, start: 0, skippable };
    for (const entry of entries) this.add(entry, vocabulary);
  }

  private add(entry: PhraseEntry<P>, vocabulary: Vocabulary): void {
    const steps = entry.steps ?? parsePattern(entry.pattern, vocabulary);
    const ruleSteps = withoutLeadingOptionals(steps);
    literalWords(steps, this.known);
    const rule: Rule<P> = {
      steps: ruleSteps,
      payload: entry.payload,
      required: requiredLater(ruleSteps),
      secondAfter: secondWords(ruleSteps),
      lastTried: -1,
      checkedInScan: -1,
      viable: true,
    };
    const first: FirstSet = { words: new Set(), prefixes: new Set(), number: false, url: false };
    if (collectFirst(rule.steps, 0, first, entry.pattern)) {
      throw new PatternError(entry.pattern, 'every part of it is optional, so it would match nothing');
    }
    for (const word of first.words) push(this.byWord, word, rule);
    for (const prefix of first.prefixes) {
      const key = prefix.slice(0, PREFIX_KEY);
      const list = this.byPrefix.get(key);
      if (list) list.push({ prefix, rule });
      else this.byPrefix.set(key, [{ prefix, rule }]);
    }
    if (first.number) this.onNumber.push(rule);
    if (first.url) this.onUrl.push(rule);
    const spellings: string[][] = [];
    if (spell(steps, [], spellings)) {
      for (const words of spellings) {
        if (words.length < 2) continue;
        const compact = squeeze(words.join(''));
        if (compact.length >= MIN_COMPACT_LENGTH) push(this.byCompact, compact, rule);
      }
    }
  }

  /**
   * The word of these phrases that a word with hidden letters ("k*l", "su*cide": each "*" one to
   * three letters, as the tokeniser squeezed them) can be: the one needing the fewest letters
   * filled, then the first in alphabetical order; undefined when no word fits. Pass it to
   * `tokenise` as `unmask`, so "I want to k*ll myself" is read as it was meant.
   */
  readonly unmask = (masked: string): string | undefined => {
    if (this.unmasked.has(masked)) return this.unmasked.get(masked);
    const parts = masked.split('*');
    let found: string | undefined;
    if (parts.join('').length >= 2) {
      if (!this.knownByInitial) {
        this.knownByInitial = new Map();
        for (const word of this.known) push(this.knownByInitial, word[0], word);
      }
      const shape = new RegExp(`^${parts.map(escapeRegExp).join('[a-z]{1,3}')}$`);
      for (const word of this.knownByInitial.get(masked[0]) ?? []) {
        if (!shape.test(word)) continue;
        if (found === undefined || word.length < found.length || (word.length === found.length && word < found)) found = word;
      }
    }
    if (this.unmasked.size < MAX_UNMASKED) this.unmasked.set(masked, found);
    return found;
  };

  scan(tokens: readonly Token[]): PhraseMatch<P>[] {
    const matches: PhraseMatch<P>[] = [];
    this.attempt.tokens = tokens;
    this.scans++;
    this.words = tokens.length >= LONG_TEXT ? new Set(tokens.map((t) => t.text)) : NO_WORDS;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const stamp = ++this.stamp;
      const text = token.text;
      const exact = this.byWord.get(text);
      if (exact) for (const rule of exact) this.tryRule(rule, tokens, i, stamp, matches);
      if (text.length >= PREFIX_KEY) {
        const candidates = this.byPrefix.get(text.slice(0, PREFIX_KEY));
        if (candidates) {
          for (const { prefix, rule } of candidates) {
            if (text.startsWith(prefix)) this.tryRule(rule, tokens, i, stamp, matches);
          }
        }
      }
      if (token.kind === 'number') for (const rule of this.onNumber) this.tryRule(rule, tokens, i, stamp, matches);
      else if (token.kind === 'url') for (const rule of this.onUrl) this.tryRule(rule, tokens, i, stamp, matches);
      if (
        token.kind === 'joined' ||
        token.kind === 'hashtag' ||
        (token.kind === 'word' && text.length >= MIN_UNMARKED_COMPACT_LENGTH)
      ) {
        const compact = this.byCompact.get(text);
        if (compact) {
          for (const rule of compact) {
            if (rule.lastTried === stamp) continue;
            rule.lastTried = stamp;
            matches.push({ payload: rule.payload, first: i, last: i });
          }
        }
      }
    }
    return matches;
  }

  /** Whether one of `words` follows, past any skippable fillers, in the same phrase. */
  private nextWordIn(words: ReadonlySet<string>, tokens: readonly Token[], at: number): boolean {
    const phrase = tokens[at].phrase;
    for (let j = at + 1; j < tokens.length && tokens[j].phrase === phrase; j++) {
      const text = tokens[j].text;
      if (words.has(text)) return true;
      if (!this.attempt.skippable.has(text)) return false;
    }
    return false;
  }

  private tryRule(rule: Rule<P>, tokens: readonly Token[], at: number, stamp: number, out: PhraseMatch<P>[]): void {
    if (rule.lastTried === stamp) return;
    rule.lastTried = stamp;
    if (this.words !== NO_WORDS) {
      if (rule.checkedInScan !== this.scans) {
        rule.checkedInScan = this.scans;
        rule.viable = rule.required.every((set) => intersects(set, this.words));
      }
      if (!rule.viable) return;
    }
    const second = rule.secondAfter?.get(tokens[at].text);
    if (second !== undefined && !this.nextWordIn(second, tokens, at)) return;
    this.attempt.phrase = tokens[at].phrase;
    this.attempt.start = at;
    const end = run(this.attempt, rule.steps, 0, at, done);
    if (end > at) out.push({ payload: rule.payload, first: at, last: end - 1 });
  }
}

/**
 * A match is looked for from its first required word: "(i)? want to die" is tried at "want",
 * not at every "i" in the text. Leading optional words only widened the reported span, and the
 * classifier reads the words before a match anyway.
 */
function withoutLeadingOptionals(steps: readonly Step[]): readonly Step[] {
  let start = 0;
  while (start < steps.length - 1) {
    const step = steps[start];
    const optional = (step.kind === 'word' || step.kind === 'branch') && step.optional;
    if (!optional) break;
    start++;
  }
  return start === 0 ? steps : steps.slice(start);
}

/**
 * A long text is tried against a rule at every "you" or "i" in it; a rule whose later words are
 * nowhere in the text is turned away once per text, without backtracking through it each time.
 */
function requiredLater(steps: readonly Step[]): ReadonlySet<string>[] {
  const required: ReadonlySet<string>[] = [];
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i];
    if (step.kind === 'word' && !step.optional) required.push(step.words);
    else if (step.kind === 'branch' && !step.optional && step.others.length === 0) required.push(new Set(step.byWord.keys()));
  }
  return required;
}

/** The words a sequence must begin with, when its first step is a required plain word or branch. */
function firstWords(steps: readonly Step[]): ReadonlySet<string> | undefined {
  const step = steps[0];
  if (step?.kind === 'word' && !step.optional) return step.words;
  if (step?.kind === 'branch' && !step.optional && step.others.length === 0) return new Set(step.byWord.keys());
  return undefined;
}

/**
 * Most rules start with common words ("i", "you", "im"), and most fail at once on the second
 * word; knowing the possible second words turns those attempts into one set look-up.
 */
function secondWords(steps: readonly Step[]): ReadonlyMap<string, ReadonlySet<string>> | undefined {
  const head = steps[0];
  const out = new Map<string, ReadonlySet<string>>();
  if (head?.kind === 'word' && !head.optional) {
    const second = firstWords(steps.slice(1));
    if (!second) return undefined;
    for (const word of head.words) out.set(word, second);
    return out;
  }
  if (head?.kind === 'branch' && !head.optional && head.others.length === 0) {
    const afterHead = firstWords(steps.slice(1));
    for (const [word, tail] of head.byWord) {
      const second = tail.length === 0 ? afterHead : firstWords(tail);
      if (second) out.set(word, second);
    }
    return out.size > 0 ? out : undefined;
  }
  return undefined;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) return true;
  return false;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What one attempt at matching needs besides the steps; reused across a scan. */
interface Attempt {
  tokens: readonly Token[];
  phrase: number;
  /** Where the rule started; nothing is skipped before its first word. */
  start: number;
  readonly skippable: ReadonlySet<string>;
}

/**
 * Matches steps[index..] at `position`, then hands the end position to `next`; backtracks through
 * optional parts, gaps (shortest first) and alternatives. Between two steps a skippable word
 * ("really", "just", "fucking") may stand in the way: "I (really) want to (fucking) die".
 * Returns the end, or -1.
 */
function run(attempt: Attempt, steps: readonly Step[], index: number, position: number, next: Continue): number {
  if (index === steps.length) return next(position);
  const { tokens, phrase } = attempt;
  const step = steps[index];
  switch (step.kind) {
    case 'start': {
      const atStart = position === 0 || tokens[position - 1].phrase !== tokens[position].phrase;
      return atStart ? run(attempt, steps, index + 1, position, next) : -1;
    }
    case 'end': {
      // Trailing fillers do not move the end: "I don't want to be here anymore (honestly)".
      let at = position;
      while (at < tokens.length && tokens[at].phrase === phrase && attempt.skippable.has(tokens[at].text)) at++;
      const atEnd = at === tokens.length || tokens[at].phrase !== tokens[at - 1].phrase;
      return atEnd ? run(attempt, steps, index + 1, position, next) : -1;
    }
    case 'comma': {
      // No comma here: go on. A comma (a new phrase in the same sentence): go on in that phrase.
      if (position > attempt.start && position < tokens.length && tokens[position].phrase !== phrase && tokens[position].clause === tokens[position - 1].clause) {
        attempt.phrase = tokens[position].phrase;
        const end = run(attempt, steps, index + 1, position, next);
        attempt.phrase = phrase;
        return end;
      }
      return run(attempt, steps, index + 1, position, next);
    }
    case 'gap': {
      for (let skip = 0; skip <= step.max; skip++) {
        const at = position + skip;
        if (skip > 0 && (at > tokens.length || tokens[at - 1].phrase !== phrase)) break;
        const end = run(attempt, steps, index + 1, at, next);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'word': {
      if (position < tokens.length && tokens[position].phrase === phrase) {
        if (step.words.has(tokens[position].text)) {
          const end = run(attempt, steps, index + 1, position + 1, next);
          if (end >= 0 || !step.optional) return end;
        } else if (position > attempt.start && attempt.skippable.has(tokens[position].text)) {
          const end = run(attempt, steps, index, position + 1, next);
          if (end >= 0) return end;
        }
      }
      return step.optional ? run(attempt, steps, index + 1, position, next) : -1;
    }
    case 'branch': {
      const rest: Continue = (at) => run(attempt, steps, index + 1, at, next);
      if (position < tokens.length && tokens[position].phrase === phrase) {
        const tail = step.byWord.get(tokens[position].text);
        if (tail !== undefined) {
          const end = tail.length === 0 ? rest(position + 1) : run(attempt, tail, 0, position + 1, rest);
          if (end >= 0) return end;
        } else if (position > attempt.start && attempt.skippable.has(tokens[position].text)) {
          const end = run(attempt, steps, index, position + 1, next);
          if (end >= 0) return end;
        }
      }
      for (const alternative of step.others) {
        const end = run(attempt, alternative, 0, position, rest);
        if (end >= 0) return end;
      }
      return step.optional ? rest(position) : -1;
    }
    default: {
      if (position >= tokens.length) return -1;
      const token = tokens[position];
      if (token.phrase !== phrase) return -1;
      if (matchesToken(step, token)) return run(attempt, steps, index + 1, position + 1, next);
      if (position > attempt.start && attempt.skippable.has(token.text)) return run(attempt, steps, index, position + 1, next);
      return -1;
    }
  }
}

function matchesToken(step: Step, token: Token): boolean {
  switch (step.kind) {
    case 'prefix':
      for (const prefix of step.prefixes) if (token.text.startsWith(prefix)) return true;
      return false;
    case 'number':
      return token.kind === 'number' && (!step.yearGoneBy || isYearGoneBy(token.text));
    case 'url':
      return token.kind === 'url';
    default:
      return false;
  }
}

/** "2015" in a text read in 2026: a year from 1950 to last year, by the clock now (#pastyear). */
export function isYearGoneBy(digits: string, now: Date = new Date()): boolean {
  if (digits.length !== 4) return false;
  const year = Number(digits);
  return year >= 1950 && year < now.getFullYear();
}

/** Adds the tokens steps[index..] can begin with; returns true if they can match nothing at all. */
function collectFirst(steps: readonly Step[], index: number, into: FirstSet, pattern: string): boolean {
  for (let i = index; i < steps.length; i++) {
    const step = steps[i];
    switch (step.kind) {
      case 'start':
      case 'end':
      case 'comma':
        continue;
      case 'word':
        for (const w of step.words) into.words.add(w);
        if (step.optional) continue;
        return false;
      case 'prefix':
        for (const p of step.prefixes) into.prefixes.add(p);
        return false;
      case 'number':
        into.number = true;
        return false;
      case 'url':
        into.url = true;
        return false;
      case 'gap':
        throw new PatternError(pattern, 'it cannot begin with a gap (~N)');
      case 'branch': {
        for (const word of step.byWord.keys()) into.words.add(word);
        let nullable = step.optional;
        for (const alternative of step.others) {
          if (collectFirst(alternative, 0, into, pattern)) nullable = true;
        }
        if (!nullable) return false;
      }
    }
  }
  return true;
}

/** A text never has a word of digits inside one token ("want2die" is three), so none is spelt. */
function isDigitWord(word: string): boolean {
  return word.length > 0 && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
}

/**
 * Lists the word sequences the steps can match, for the phrase-without-spaces index. Branches
 * that cannot be spelt out (gaps, stems, numbers) are left out; returns false when there are too
 * many spellings to index.
 */
function spell(steps: readonly Step[], prefix: readonly string[], out: string[][]): boolean {
  if (out.length > MAX_COMPACT_SPELLINGS) return false;
  if (steps.length === 0) {
    out.push([...prefix]);
    return true;
  }
  const [step, ...rest] = steps;
  switch (step.kind) {
    case 'word':
      for (const word of step.words) if (!isDigitWord(word) && !spell(rest, [...prefix, word], out)) return false;
      return step.optional ? spell(rest, prefix, out) : true;
    case 'branch':
      for (const [word, tail] of step.byWord) if (!isDigitWord(word) && !spell([...tail, ...rest], [...prefix, word], out)) return false;
      for (const alternative of step.others) if (!spell([...alternative, ...rest], prefix, out)) return false;
      return step.optional ? spell(rest, prefix, out) : true;
    case 'start':
    case 'end':
    case 'comma':
      return spell(rest, prefix, out);
    default:
      return true;
  }
}
