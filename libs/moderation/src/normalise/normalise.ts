import type { Token } from './token';
import { tokenise } from './tokenise';

/** A text in the form the lexicon matches against, with the way back to the original. */
export interface NormalisedText {
  /** Tokens joined by single spaces, with " . " between sentences (for display and debugging). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /**
   * Maps a range of `text` to the range of the original text it came from, widened to whole
   * tokens (a squeezed "kil" maps back to all of "kiiill").
   */
  toOriginal(start: number, end: number): { start: number; end: number };
}

export function normalise(input: string): NormalisedText {
  const tokens = tokenise(input);
  const offsets: number[] = [];
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) text += tokens[i].clause !== tokens[i - 1].clause ? ' . ' : ' ';
    offsets.push(text.length);
    text += tokens[i].text;
  }
  return {
    text,
    tokens,
    toOriginal(start: number, end: number) {
      let first = -1;
      let last = -1;
      for (let i = 0; i < tokens.length; i++) {
        const tokenStart = offsets[i];
        const tokenEnd = tokenStart + tokens[i].text.length;
        if (tokenEnd <= start || tokenStart >= end) continue;
        if (first === -1) first = i;
        last = i;
      }
      if (first === -1) return { start: 0, end: 0 };
      return { start: tokens[first].start, end: tokens[last].end };
    },
  };
}
