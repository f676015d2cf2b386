import { LEXICON } from '../lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-entry';
import { SIGNALS, type SignalDefinition } from '../lexicon/signals';
import { SKIPPABLE_WORDS } from '../lexicon/skippable-words';
import { tokenise } from '../normalise/tokenise';
import { VOCABULARY } from '../lexicon/vocabulary';
import { literalWords, parsePattern, type Vocabulary } from '../matching/pattern';
import { PhraseMatcher } from '../matching/phrase-matcher';

export interface CompiledEntry {
  readonly entry: LexiconEntry;
  readonly definition: SignalDefinition;
  /** The words the pattern itself contains, so its own "don't" is not read as a negation. */
  readonly literals: ReadonlySet<string>;
}

export type CompiledLexicon = PhraseMatcher<CompiledEntry>;

/** Single-word skippables, normalised like text ("really" is the token "realy"). */
function skippableSet(words: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const word of words) {
    const tokens = tokenise(word);
    if (tokens.length === 1) out.add(tokens[0].text);
  }
  return out;
}

/** Compiles lexicon entries once; a lexicon is reused for every text it classifies. */
export function compileLexicon(
  entries: readonly LexiconEntry[],
  vocabulary: Vocabulary = VOCABULARY,
  skippable: readonly string[] = SKIPPABLE_WORDS,
): CompiledLexicon {
  return new PhraseMatcher(
    entries.map((entry) => {
      const steps = parsePattern(entry.pattern, vocabulary);
      const payload: CompiledEntry = { entry, definition: SIGNALS[entry.signal], literals: literalWords(steps) };
      return { pattern: entry.pattern, payload, steps };
    }),
    vocabulary,
    skippableSet(skippable),
  );
}

let builtIn: CompiledLexicon | undefined;

/** The built-in lexicon, compiled on first use. */
export function builtInLexicon(): CompiledLexicon {
  builtIn ??= compileLexicon(LEXICON);
  return builtIn;
}
