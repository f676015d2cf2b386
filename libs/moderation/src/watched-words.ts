import { PatternError } from './matching/pattern';
import { PhraseMatcher } from './matching/phrase-matcher';
import { tokenise } from './normalise/tokenise';

export const WATCHED_WORD_ACTIONS = ['flag', 'hold', 'block', 'replace'] as const;
export type WatchedWordAction = (typeof WATCHED_WORD_ACTIONS)[number];

/**
 * A word or phrase an admin wants handled: flagged for a moderator, held before publishing,
 * blocked, or replaced. `pattern` uses the lexicon's pattern language, so "scam" also catches
 * "SCAAAM" and "s c a m", and "crypto*" catches "cryptocurrency".
 */
export interface WatchedWord {
  readonly id?: string;
  readonly pattern: string;
  readonly action: WatchedWordAction;
  /** Required for `replace`: what the matched words become. */
  readonly replacement?: string;
}

export interface WatchedWordMatch {
  readonly id?: string;
  readonly pattern: string;
  readonly action: WatchedWordAction;
  /** Offsets into the text given to `applyWatchedWords` (end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface WatchedWordsResult {
  /** The strongest of the matched actions: block > hold > flag; replacements alone give `none`. */
  readonly action: 'none' | 'flag' | 'hold' | 'block';
  /** The text with replacements made. */
  readonly text: string;
  readonly matches: readonly WatchedWordMatch[];
}

export class WatchedWordError extends Error {
  readonly code = 'WATCHED_WORD_INVALID';
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
    this.name = 'WatchedWordError';
  }
}

/** A watched-word list compiled once (when an admin saves it), applied to every text. */
export class CompiledWatchedWords {
  private readonly matcher: PhraseMatcher<WatchedWord>;

  constructor(readonly words: readonly WatchedWord[]) {
    words.forEach(validate);
    this.matcher = new PhraseMatcher(words.map((word) => ({ pattern: word.pattern, payload: word })));
  }

  apply(text: string): WatchedWordsResult {
    const tokens = tokenise(text, { unmask: this.matcher.unmask });
    const found = this.matcher.scan(tokens).map((m) => ({
      word: m.payload,
      start: tokens[m.first].start,
      end: tokens[m.last].end,
    }));
    // Earlier, then longer, matches win where matches overlap.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches: WatchedWordMatch[] = [];
    let action: WatchedWordsResult['action'] = 'none';
    let out = '';
    let cursor = 0;
    let lastEnd = -1;
    for (const { word, start, end } of found) {
      if (start < lastEnd) continue;
      lastEnd = end;
      matches.push({ id: word.id, pattern: word.pattern, action: word.action, start, end });
      if (word.action === 'replace') {
        out += text.slice(cursor, start) + (word.replacement ?? '');
        cursor = end;
      } else if (ACTION_RANK[word.action] > ACTION_RANK[action]) action = word.action;
    }
    return { action, text: out + text.slice(cursor), matches };
  }
}

const ACTION_RANK: Readonly<Record<WatchedWordsResult['action'], number>> = { none: 0, flag: 1, hold: 2, block: 3 };

export function compileWatchedWords(words: readonly WatchedWord[]): CompiledWatchedWords {
  return new CompiledWatchedWords(words);
}

/** Applies watched words to a text; pass a compiled list when applying the same list often. */
export function applyWatchedWords(text: string, words: CompiledWatchedWords | readonly WatchedWord[]): WatchedWordsResult {
  const compiled = words instanceof CompiledWatchedWords ? words : new CompiledWatchedWords(words);
  return compiled.apply(text);
}

function validate(word: WatchedWord, index: number): void {
  if (!(WATCHED_WORD_ACTIONS as readonly string[]).includes(word.action)) {
    throw new WatchedWordError(index, `Watched word ${index + 1} has an unknown action "${word.action}".`);
  }
  if (word.action === 'replace' && (word.replacement === undefined || word.replacement.length === 0)) {
    throw new WatchedWordError(index, `Watched word ${index + 1} ("${word.pattern}") replaces but has no replacement.`);
  }
  try {
    new PhraseMatcher([{ pattern: word.pattern, payload: word }]);
  } catch (error) {
    if (error instanceof PatternError) throw new WatchedWordError(index, `Watched word ${index + 1}: ${error.message}`);
    throw error;
  }
}

/**
 * The current list, compiled once and reloaded at most every `ttlMs` (each process keeps its
 * own; an admin's change reaches every api node and worker within that time). The loader does
 * the I/O; this class stays pure.
 *
 * Only the first load, and the first after `invalidate` (this process changed the list), is
 * waited for. Once the list is merely old, callers get it at once while it reloads behind them:
 * a member's message never waits for the periodic reload's query. A failed reload keeps the last
 * good list and is tried again after `retryMs`, not by every caller.
 */
export class WatchedWordsCache {
  private compiled: CompiledWatchedWords = new CompiledWatchedWords([]);
  private loadedAt = -Infinity;
  private mustWait = true;
  /** Bumped by `invalidate`: a load that started before it does not count as fresh. */
  private generation = 0;
  private loading: Promise<CompiledWatchedWords> | null = null;

  constructor(
    private readonly load: () => Promise<readonly WatchedWord[]>,
    private readonly ttlMs = 5_000,
    private readonly now: () => number = Date.now,
    private readonly retryMs = 1_000,
  ) {}

  async current(): Promise<CompiledWatchedWords> {
    if (this.now() - this.loadedAt < this.ttlMs) return this.compiled;
    const reload = this.reload();
    return this.mustWait ? reload : this.compiled;
  }

  /** Forget the list, so the next call reloads it and waits for it (after this process changed it). */
  invalidate(): void {
    this.generation += 1;
    this.loadedAt = -Infinity;
    this.mustWait = true;
    this.loading = null;
  }

  private reload(): Promise<CompiledWatchedWords> {
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading: Promise<CompiledWatchedWords> = this.load()
      .then(
        (words) => {
          // Read before the list changed here: a newer load (already asked for) has the say.
          if (generation !== this.generation) return this.compiled;
          this.compiled = new CompiledWatchedWords(words);
          this.loadedAt = this.now();
          this.mustWait = false;
          return this.compiled;
        },
        () => {
          // The last good list stands; the next attempt comes after retryMs, whoever asks meanwhile.
          if (generation === this.generation) this.loadedAt = this.now() - this.ttlMs + this.retryMs;
          return this.compiled;
        },
      )
      .finally(() => {
        if (this.loading === loading) this.loading = null;
      });
    this.loading = loading;
    return loading;
  }
}
