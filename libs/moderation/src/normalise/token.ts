/**
 * How a token came about. Matching treats them alike; `joined` and `hashtag` tokens may also
 * match a whole phrase written without spaces ("k i l l m y s e l f", "#wanttodie").
 */
export type TokenKind = 'word' | 'number' | 'joined' | 'hashtag' | 'emoji' | 'url';

/**
 * What separated a token from the one before it: nothing but spaces, a soft break (comma,
 * colon, bracket, quote, dash, an emoji without a meaning) or a hard break (. ! ? ; line break).
 */
export const BOUNDARY = { none: 0, soft: 1, hard: 2 } as const;
export type Boundary = (typeof BOUNDARY)[keyof typeof BOUNDARY];

export interface Token {
  /** Normalised form: lower case, no accents, confusables and leetspeak read, repeats squeezed. */
  readonly text: string;
  /** Offsets into the original text (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Index of the sentence the token is in; phrases never match across sentences. */
  readonly clause: number;
  /** Index of the comma-delimited stretch the token is in (a finer cut than `clause`). */
  readonly phrase: number;
  /** Inside a "> " quote of someone else's words (markdown, or Reddit's "&gt;"). */
  readonly quoted: boolean;
  /** The sentence ends with a question mark. */
  readonly question: boolean;
}
