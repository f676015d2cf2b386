import { CONFUSABLE_LETTERS, LETTER_BLOCKS } from './confusables';
import { EMOJI_WORDS } from './emoji-words';
import { LEET_DIGITS, LEET_SYMBOLS } from './leetspeak';
import { BOUNDARY, type Boundary, type Token, type TokenKind } from './token';

/**
 * Splits text into normalised word tokens that remember where they came from.
 *
 * Every trick people use to get a word past a filter is undone here, once, so the lexicon can be
 * written in plain words: case, accents, look-alike letters, leetspeak, zero-width characters,
 * stretched letters ("sooo" reads as "so", and every doubled letter collapses, so lexicon words
 * are squeezed the same way), letters spaced out ("k i l l", "k.i.l.l"), words joined by dots
 * ("I.WANT.TO.DIE"), apostrophes ("don't" and "dont" are one token, as Reddit dumps often drop
 * them) and a few meaningful emoji.
 *
 * Runs once per text in a single pass over the characters; the only per-call allocations are the
 * tokens themselves.
 */
export function tokenise(input: string, options: TokeniseOptions = {}): Token[] {
  return new Tokeniser(withoutAgeTags(input), options.unmask, options.joinBrokenLines === true, options.linesAsPieces === true).run();
}

/**
 * An age and gender tag after a name, as forums write them: "(24f)", "[34M]", "(m)", "(F 19)",
 * "(nb)". A number alone is a list's marker ("(1) he never apologises (2) he hits me") and stays a
 * break; a tag glued to a word ("(f)ing") is left as written.
 */
const AGE_TAG = /[([]\s*(?:\d{1,2}\s*(?:[mf]|nb)|(?:[mf]|nb)\s*\d{0,2})\s*[)\]](?![a-z])/gi;

/**
 * "my (24f) boyfriend (26m) hits me": a bracket ends a phrase, so the tag would cut the sentence
 * in three. Each tag becomes as many spaces, so every offset into the text stays where it was.
 */
function withoutAgeTags(input: string): string {
  return input.includes('(') || input.includes('[') ? input.replace(AGE_TAG, (tag) => ' '.repeat(tag.length)) : input;
}

export interface TokeniseOptions {
  /**
   * Reads a word whose letters were hidden behind asterisks ("k*ll", "su*cide", "s**cide": each
   * "*" in `masked` stands for one to three letters) as the word it can only be, or undefined.
   * Without it, or when it finds nothing, the asterisks are dropped ("f*ck" reads "fck").
   */
  readonly unmask?: (masked: string) => string | undefined;
  /**
   * Reads a line broken in the middle of a sentence, as chat is typed ("i want to⏎end⏎it⏎all"),
   * as one sentence (`continuesOnNextLine`). Off by default: a break may also end a thought ("im
   * not ok⏎im going to end it tonight", where "not" must not reach the next line), so the
   * classifier reads such a text both ways and keeps the reading with more concern.
   */
  readonly joinBrokenLines?: boolean;
  /**
   * Reads each line as a piece of one sentence, as a comma would part them, with the full stop or
   * "!" that ends a line: a goodbye typed line by line on a phone ("Thank you all.⏎I love you.⏎I'm
   * sorry.⏎Goodbye."), whose lines open with capitals, is one farewell in pieces. Off by default:
   * lines are most often sentences of their own, so the classifier keeps this reading only for a
   * goodbye it shows.
   */
  readonly linesAsPieces?: boolean;
}

/** Whether a text has a line broken mid-sentence, which `joinBrokenLines` would read as a space. */
export function hasBrokenLine(input: string): boolean {
  return /[A-Za-z0-9]\r?\n[a-z0-9]/.test(input);
}

/** Marks hidden letters inside a word while it is built; never left in a token's text. */
const MASK = '*';

/** Squeezes runs of the same letter to one ("killl" → "kil"); digits are left alone. */
export function squeeze(word: string): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === previous && !isDigitChar(c)) continue;
    out += c;
    previous = c;
  }
  return out;
}

interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  boundary: Boundary;
  quoted: boolean;
  endsQuestion: boolean;
}

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/** What a non-ASCII character turns into; computed once per code point and cached. */
type Fold =
  | { readonly type: 'letters'; readonly value: string }
  | { readonly type: 'skip' | 'apostrophe' | 'space' }
  | { readonly type: 'break'; readonly boundary: Boundary }
  | { readonly type: 'emoji'; readonly word: string | undefined };

const foldCache = new Map<number, Fold>();

const SKIP: Fold = { type: 'skip' };
const APOSTROPHE: Fold = { type: 'apostrophe' };
const SPACE: Fold = { type: 'space' };
const SOFT_BREAK: Fold = { type: 'break', boundary: BOUNDARY.soft };
const HARD_BREAK: Fold = { type: 'break', boundary: BOUNDARY.hard };

const URL_AT = /https?:\/\/\S+|www\.\S+/y;
// Only TLDs that do not double as English words after a missing space ("me.Me", "so.Us").
const TLD_AT =
  /(?:com|net|org|ly|io|xyz|ru|info|biz|gg|link|shop|site|top|online|store|app|tk|cc|club|live|click)(?![a-z0-9])/iy;
const MENTION_REST = /[A-Za-z0-9_.]*/y;
const HTML_ENTITY_AT = /&(gt|lt|amp|quot|apos|#39|#x27|nbsp);/y;
const SPACED_LETTER_GAP = /^[\s.\-_*·/|~+]{1,3}$/;
// Three or more words joined by single dots ("I.WANT.TO.DIE", once closing punctuation is off).
const DOTTED_WORDS = /^[^\s./:@]+(?:\.[^\s./:@]+){2,}$/;
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ',', ';', ')', ']', '"', "'", '’', '”']);
const EURO = 0x20ac;
const COMBINING = /\p{M}/gu;
const IS_LETTER = /\p{L}/u;
const IS_NUMBER = /\p{N}/u;
const IS_PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const IS_SPACE = /\p{Z}/u;
const HARD_PUNCT = new Set(['。', '！', '？', '؟', '\u2028', '\u2029']);
const APOSTROPHES = new Set(['’', '‘', 'ʼ', '´', '′', 'ʻ']);
const ELISION_PREFIXES = new Set(['j', 'm', 't', 'l', 's', 'n', 'd', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);
const CONTRACTION_SUFFIXES = new Set(['t', 's', 'm', 're', 've', 'll', 'd']);

function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isLowerAsciiLetterCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isDigitChar(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isLetterChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c > '\u007f' && !isDigitChar(c));
}

function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

function isEmojiCodePoint(cp: number): boolean {
  return (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x1f000 && cp <= 0x1f0ff);
}

function foldNonAscii(cp: number): Fold {
  const cached = foldCache.get(cp);
  if (cached) return cached;
  const fold = computeFold(cp);
  foldCache.set(cp, fold);
  return fold;
}

function computeFold(cp: number): Fold {
  if (isInvisible(cp)) return SKIP;
  for (const [first, last] of LETTER_BLOCKS) {
    if (cp >= first && cp <= last) return { type: 'letters', value: String.fromCharCode(97 + cp - first) };
  }
  const ch = String.fromCodePoint(cp);
  if (isEmojiCodePoint(cp)) return { type: 'emoji', word: EMOJI_WORDS[ch] };
  if (APOSTROPHES.has(ch)) return APOSTROPHE;
  if (ch === '…') return SPACE;
  if (HARD_PUNCT.has(ch)) return HARD_BREAK;
  const lower = ch.toLowerCase();
  const confusable = CONFUSABLE_LETTERS[lower];
  if (confusable) return { type: 'letters', value: confusable };
  const stripped = lower.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  if (stripped.length === 0) return SKIP; // a lone combining mark: zalgo text
  if (/^[a-z0-9]+$/.test(stripped)) return { type: 'letters', value: stripped };
  const again = stripped.length === 1 ? CONFUSABLE_LETTERS[stripped] : undefined;
  if (again) return { type: 'letters', value: again };
  if (IS_LETTER.test(lower) || IS_NUMBER.test(lower)) return { type: 'letters', value: lower };
  if (IS_SPACE.test(ch)) return SPACE;
  if (EMOJI_WORDS[ch] !== undefined) return { type: 'emoji', word: EMOJI_WORDS[ch] };
  if (IS_PUNCT_OR_SYMBOL.test(ch)) return SOFT_BREAK;
  return SPACE;
}

class Tokeniser {
  private readonly raw: RawToken[] = [];
  private pending: Boundary = BOUNDARY.none;
  // The word being built, one entry per output character, with its source span.
  private chars: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private hashtag = false;
  private quoted = false;
  private quoteEndsAtSentence = false;
  private quoteStart = 0;
  private linkTitleEnd = -1;
  private quotedBeforeLink = false;
  // The stretch between spaces last checked for words joined by dots, and what was found.
  private dottedEnd = -1;
  private dotted = false;

  constructor(
    private readonly input: string,
    private readonly unmask?: (masked: string) => string | undefined,
    private readonly joinBrokenLines = false,
    private readonly linesAsPieces = false,
  ) {}

  /** For each position, 1 where only spaces and marks stand before the line's end (`endsAPiece`). */
  private pieceEnds?: Uint8Array;

  run(): Token[] {
    const input = this.input;
    const n = input.length;
    let i = 0;
    while (i < n) {
      const code = input.charCodeAt(i);
      if (code < 128) {
        i = this.ascii(code, i);
        continue;
      }
      const cp = input.codePointAt(i) ?? code;
      const width = cp > 0xffff ? 2 : 1;
      if (cp === EURO && this.euroIsLetter(i)) {
        this.push('€', i, i + 1);
        i++;
        continue;
      }
      const fold = foldNonAscii(cp);
      switch (fold.type) {
        case 'letters':
          for (const c of fold.value) this.push(c, i, i + width);
          break;
        case 'skip':
          break;
        case 'apostrophe':
          this.apostrophe(i);
          break;
        case 'space':
          this.flush();
          break;
        case 'break':
          this.breakHere(fold.boundary);
          break;
        case 'emoji':
          if (fold.word === undefined) this.breakHere(BOUNDARY.soft);
          else {
            this.flush();
            // Squeezed as every word is ("pills" is read "pils"), so the lexicon's words find it.
            this.emit(squeeze(fold.word), i, i + width, 'emoji');
          }
          break;
      }
      i += width;
    }
    this.flush();
    return this.finish();
  }

  /** Handles one ASCII character and returns the index of the next one to read. */
  private ascii(code: number, i: number): number {
    const input = this.input;
    if (isAsciiLetterCode(code)) {
      if (this.chars.length === 0 && (code === 104 || code === 119 || code === 72 || code === 87)) {
        URL_AT.lastIndex = i;
        const url = URL_AT.exec(input);
        if (url) {
          this.emit('url', i, i + url[0].length, 'url');
          return i + url[0].length;
        }
      }
      this.push(String.fromCharCode(code | 0x20), i, i + 1);
      return i + 1;
    }
    if (isDigitCode(code)) {
      this.push(input[i], i, i + 1);
      return i + 1;
    }
    const c = input[i];
    const next = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
    const nextIsLetter = isAsciiLetterCode(next) || next > 127;
    const inWord = this.chars.length > 0;
    switch (c) {
      case ' ':
      case '\t':
        this.flush();
        return i + 1;
      case '\n':
      case '\r':
        if (this.joinBrokenLines && this.continuesOnNextLine(i)) {
          this.flush();
          return i + 1;
        }
        this.breakHere(this.linesAsPieces ? BOUNDARY.soft : BOUNDARY.hard);
        this.quoted = false;
        return i + 1;
      case '>':
        if (this.atLineStart(i)) this.startQuote(i);
        else this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '&':
        return this.entity(i);
      case ',':
        // "5,000": a thousands separator keeps the number whole; any other comma is a soft break.
        if (this.isThousandsSeparator(i)) return i + 1;
        this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '?':
        this.breakHere(BOUNDARY.hard);
        if (this.raw.length > 0) this.raw[this.raw.length - 1].endsQuestion = true;
        return i + 1;
      case ';':
        this.breakHere(BOUNDARY.hard);
        return i + 1;
      case ':':
        // "the 8:15 comes in": a clock time reads as "8.15" does, two numbers in one phrase; any
        // other colon is a soft break.
        if (inWord && isDigitChar(this.chars[this.chars.length - 1]) && isDigitCode(next)) this.flush();
        else this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '.':
        return this.dot(i, next, nextIsLetter);
      case "'":
      case '`':
        this.apostrophe(i);
        return i + 1;
      case '-':
      case '_':
        if (inWord && (nextIsLetter || isDigitCode(next))) this.flush();
        else this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '#':
        if (!inWord && nextIsLetter) {
          this.flush();
          this.hashtag = true;
        } else this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '@':
        if (inWord && (nextIsLetter || isDigitCode(next))) {
          this.push(c, i, i + 1);
          return i + 1;
        }
        if (!inWord && nextIsLetter) {
          // A mention names someone; it is not a word to match.
          MENTION_REST.lastIndex = i + 1;
          const rest = MENTION_REST.exec(input);
          return i + 1 + (rest ? rest[0].length : 0);
        }
        this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '$':
        if (nextIsLetter) this.push(c, i, i + 1);
        else this.flush();
        return i + 1;
      case '!':
        // "k!ll" hides a letter; "sad!Ok" ends a sentence.
        if (inWord && ((next >= 97 && next <= 122) || next > 127)) this.push(c, i, i + 1);
        // A line ended with "!" is a sentence of its own even read as pieces: "I'm done!" is
        // relief at a task's end, not the weightier piece of a goodbye.
        else this.breakHere(BOUNDARY.hard);
        return i + 1;
      case '|':
        if (inWord && nextIsLetter) this.push(c, i, i + 1);
        else this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '/':
        // "depressed/suicidal", "and/or": a slash between words joins alternatives.
        if (inWord && nextIsLetter) this.flush();
        else this.breakHere(BOUNDARY.soft);
        return i + 1;
      case '[':
        this.breakHere(BOUNDARY.soft);
        this.openLinkTitle(i);
        return i + 1;
      case ']':
        this.breakHere(BOUNDARY.soft);
        if (this.linkTitleEnd === i) {
          this.quoted = this.quotedBeforeLink;
          this.linkTitleEnd = -1;
        }
        return i + 1;
      case '*': {
        // "f*ck", "k*ll", "s**cide": asterisks inside a word hide letters; keep the word together,
        // with a mark where letters are missing, for `unmask` to fill.
        let after = i + 1;
        while (input.charCodeAt(after) === 42) after++;
        const letterAfter = isAsciiLetterCode(input.charCodeAt(after)) || input.charCodeAt(after) > 127;
        if (inWord && letterAfter) {
          this.push(MASK, i, after);
          return after;
        }
        this.flush();
        return i + 1;
      }
      default:
        if (code < 32) this.flush();
        else this.breakHere(BOUNDARY.soft);
        return i + 1;
    }
  }

  /**
   * "mys€lf", "di€", "€nd": a euro sign standing for an "e" inside a word; "5€", "€20" and "€ 5"
   * are money and stay a break.
   */
  private euroIsLetter(i: number): boolean {
    const next = i + 1 < this.input.length ? this.input.charCodeAt(i + 1) : 0;
    if (isDigitCode(next)) return false;
    if (this.chars.length === 0) return isAsciiLetterCode(next);
    const previous = this.chars[this.chars.length - 1];
    return previous !== '€' && isLetterChar(previous);
  }

  private isThousandsSeparator(i: number): boolean {
    const input = this.input;
    if (this.chars.length === 0 || !isDigitChar(this.chars[this.chars.length - 1])) return false;
    for (let k = 1; k <= 3; k++) if (!isDigitCode(input.charCodeAt(i + k))) return false;
    return !isDigitCode(input.charCodeAt(i + 4));
  }

  private dot(i: number, next: number, nextIsLetter: boolean): number {
    // "I want to die... of happiness": an ellipsis is a pause, not a sentence end.
    if (next === 46 || (i > 0 && this.input.charCodeAt(i - 1) === 46)) {
      this.flush();
      return i + 1;
    }
    if (this.chars.length > 0 && nextIsLetter) {
      TLD_AT.lastIndex = i + 1;
      if (TLD_AT.test(this.input)) {
        const start = this.starts[0];
        let end = i + 1;
        while (end < this.input.length && !/\s/.test(this.input[end])) end++;
        this.chars.length = 0;
        this.starts.length = 0;
        this.ends.length = 0;
        this.hashtag = false;
        this.emit('url', start, end, 'url');
        return end;
      }
      // "k.i.l.l", "e.g.": a dot between single letters is spacing, not a sentence end.
      const afterNext = i + 2 < this.input.length ? this.input.charCodeAt(i + 2) : 0;
      if (this.chars.length === 1 && !isAsciiLetterCode(afterNext)) {
        this.flush();
        return i + 1;
      }
    }
    // "I.WANT.TO.DIE", "i.want.2.die": whole words joined by dots are spacing too.
    if (this.chars.length > 0 && (nextIsLetter || isDigitCode(next)) && this.inDottedWords(i)) {
      this.flush();
      return i + 1;
    }
    if (this.chars.length > 0 && isDigitCode(next) && isDigitChar(this.chars[this.chars.length - 1])) {
      this.flush(); // "2.5": a decimal point, not a sentence end
      return i + 1;
    }
    this.breakHere(this.endsAPiece(i) ? BOUNDARY.soft : BOUNDARY.hard);
    return i + 1;
  }

  /**
   * Whether the dot at `i` is one of two or more joining words with no space anywhere
   * ("I.WANT.TO.DIE", "want.to.die"). One dot with no space after it is still a sentence end
   * ("sad.Then I left"); links and addresses ("/", ":", "@") are left as they are. Worked out once
   * per stretch between spaces.
   */
  private inDottedWords(i: number): boolean {
    if (i < this.dottedEnd) return this.dotted;
    const input = this.input;
    let start = i;
    while (start > 0 && !/\s/.test(input[start - 1])) start--;
    let end = i;
    while (end < input.length && !/\s/.test(input[end])) end++;
    this.dottedEnd = end;
    while (end > i + 1 && CLOSING_PUNCTUATION.has(input[end - 1])) end--;
    this.dotted = DOTTED_WORDS.test(input.slice(start, end));
    return this.dotted;
  }

  /** Decodes the few HTML entities that scraped text carries ("&gt;" opens a Reddit quote). */
  private entity(i: number): number {
    HTML_ENTITY_AT.lastIndex = i;
    const match = HTML_ENTITY_AT.exec(this.input);
    if (!match) {
      this.breakHere(BOUNDARY.soft);
      return i + 1;
    }
    const name = match[1];
    if (name === 'gt' && this.atLineStart(i)) this.startQuote(i);
    else if (name === 'apos' || name === '#39' || name === '#x27') this.apostrophe(i + match[0].length - 1);
    else if (name === 'nbsp') this.flush();
    else this.breakHere(BOUNDARY.soft);
    return i + match[0].length;
  }

  /** "[Wish I Was Dead](https://...)": a link's title names a song or a page, not the writer. */
  private openLinkTitle(i: number): void {
    const close = this.input.indexOf(']', i + 1);
    if (close === -1 || close - i > 200) return;
    const after = this.input.slice(close + 1, close + 6).toLowerCase();
    if (!after.startsWith('(http') && !after.startsWith('(www')) return;
    this.quotedBeforeLink = this.quoted;
    this.quoted = true;
    this.linkTitleEnd = close;
  }

  /**
   * A line broken in the middle of a sentence, as chat is typed ("i want to⏎end⏎it⏎all"): one
   * line break after a word, no mark ending the line, and the next line going on in lower case
   * or with a number.
   * Read as a space, so a phrase can run across it. A blank line, a line ended by a mark, a
   * quoted line ("> ...") or a next line opening with a capital or a sign is a sentence end.
   */
  private continuesOnNextLine(i: number): boolean {
    if (this.quoted) return false;
    const input = this.input;
    // "\r\n" is one break: both its characters look past it and before it.
    const after = input[i] === '\r' && input[i + 1] === '\n' ? i + 2 : i + 1;
    const last = input[i] === '\n' && input[i - 1] === '\r' ? i - 2 : i - 1;
    const next = input.charCodeAt(after);
    if (!isLowerAsciiLetterCode(next) && !isDigitCode(next)) return false;
    const before = last >= 0 ? input.charCodeAt(last) : 0;
    return isAsciiLetterCode(before) || isDigitCode(before);
  }

  /**
   * With `linesAsPieces`, a full stop with nothing after it on its line but more marks and spaces.
   * Where a line ends is found in one pass from the end and kept, so a run of marks is not scanned
   * again from each of them ("sorry⏎" then thousands of full stops).
   */
  private endsAPiece(i: number): boolean {
    if (!this.linesAsPieces) return false;
    if (!this.pieceEnds) this.pieceEnds = marksThenLineEnd(this.input);
    return this.pieceEnds[i + 1] === 1;
  }

  private atLineStart(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const c = this.input[k];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    }
    return true;
  }

  private startQuote(i: number): void {
    this.breakHere(BOUNDARY.hard);
    this.quoted = true;
    this.quoteStart = this.raw.length;
    // Scraped posts lose their line breaks; then a quote is taken to run to the sentence end.
    this.quoteEndsAtSentence = this.input.indexOf('\n', i) === -1;
  }

  private apostrophe(i: number): void {
    const next = i + 1 < this.input.length ? this.input.charCodeAt(i + 1) : 0;
    if (this.chars.length > 0 && (isAsciiLetterCode(next) || next > 127)) {
      // French elision ("j'ai", "m'a", "s'il") splits; English contractions ("don't") join.
      if (ELISION_PREFIXES.has(this.chars.join('')) && !CONTRACTION_SUFFIXES.has(this.lettersAfter(i + 1))) {
        this.flush();
      }
      return;
    }
    this.breakHere(BOUNDARY.soft);
  }

  private lettersAfter(start: number): string {
    let end = start;
    while (end < this.input.length && end - start < 4) {
      const code = this.input.charCodeAt(end);
      if (!isAsciiLetterCode(code) && code <= 127) break;
      end++;
    }
    return this.input.slice(start, end).toLowerCase();
  }

  private push(c: string, start: number, end: number): void {
    this.chars.push(c);
    this.starts.push(start);
    this.ends.push(end);
  }

  private breakHere(boundary: Boundary): void {
    this.flush();
    if (boundary > this.pending) this.pending = boundary;
    if (boundary === BOUNDARY.hard && this.quoteEndsAtSentence && this.raw.length > this.quoteStart) {
      this.quoted = false;
    }
  }

  private emit(word: string, start: number, end: number, kind: TokenKind): void {
    const text = word.includes(MASK) ? (this.unmask?.(word) ?? squeeze(word.split(MASK).join(''))) : word;
    this.raw.push({ text, start, end, kind, boundary: this.pending, quoted: this.quoted, endsQuestion: false });
    this.pending = BOUNDARY.none;
  }

  /** Turns the characters gathered so far into one or more tokens. */
  private flush(): void {
    const chars = this.chars;
    const n = chars.length;
    if (n === 0) {
      this.hashtag = false;
      return;
    }
    let hasLetter = false;
    for (let k = 0; k < n; k++) {
      if (isLetterChar(chars[k])) {
        hasLetter = true;
        break;
      }
    }
    // Read leetspeak: a digit or symbol is a letter only when a letter comes before it.
    if (hasLetter) {
      for (let k = 0; k < n; k++) {
        const c = chars[k];
        const symbol = LEET_SYMBOLS[c];
        if (symbol !== undefined) {
          chars[k] = symbol;
          continue;
        }
        const digit = LEET_DIGITS[c];
        if (digit === undefined) continue;
        const previous = k > 0 ? chars[k - 1] : '';
        const previousIsLetter = previous !== '' && isLetterChar(previous);
        const leadingZero = k === 0 && c === '0' && n > 1 && isLetterChar(chars[1]);
        if (!previousIsLetter && !leadingZero) continue;
        chars[k] = c === '1' && (previous === 'i' || previous === 'l') ? 'l' : digit;
      }
    }
    // Brazilian laughter ("kkkk", four or more: "KKK" is a hate group) reads as "lol", a joke marker,
    // as a laughing face does; squeezed, it would be a lone "k".
    if (n >= 4 && chars.every((c) => c === 'k')) {
      this.emit('lol', this.starts[0], this.ends[n - 1], 'word');
      chars.length = 0;
      this.starts.length = 0;
      this.ends.length = 0;
      this.hashtag = false;
      return;
    }
    // Split where letters meet digits ("100mg" → "100" "mg"), squeezing repeated letters.
    let text = '';
    let last = '';
    let start = this.starts[0];
    let end = this.ends[0];
    let digits = isDigitChar(chars[0]);
    for (let k = 0; k < n; k++) {
      const c = chars[k];
      const isDigit = isDigitChar(c);
      if (isDigit !== digits && text.length > 0) {
        this.emit(text, start, end, digits ? 'number' : this.hashtag ? 'hashtag' : 'word');
        text = '';
        last = '';
        start = this.starts[k];
        digits = isDigit;
      }
      end = this.ends[k];
      if (c === last && !isDigit) continue;
      text += c;
      last = c;
    }
    if (text.length > 0) this.emit(text, start, end, digits ? 'number' : this.hashtag ? 'hashtag' : 'word');
    chars.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
    this.hashtag = false;
  }

  /** Joins spaced-out letters ("k i l l") and numbers the sentences and phrases. */
  private finish(): Token[] {
    const raw = this.raw;
    const out: MutableToken[] = [];
    const questions = new Set<number>();
    let clause = 0;
    let phrase = 0;
    let i = 0;
    while (i < raw.length) {
      const first = raw[i];
      let runEnd = i;
      if (isSingleLetter(first)) {
        while (
          runEnd + 1 < raw.length &&
          isSingleLetter(raw[runEnd + 1]) &&
          SPACED_LETTER_GAP.test(this.input.slice(raw[runEnd].end, raw[runEnd + 1].start))
        ) {
          runEnd++;
        }
      }
      if (out.length > 0) {
        if (first.boundary === BOUNDARY.hard) clause++;
        if (first.boundary !== BOUNDARY.none) phrase++;
      }
      if (runEnd - i + 1 >= 3) {
        let joined = '';
        for (let k = i; k <= runEnd; k++) joined += raw[k].text;
        out.push({
          text: squeeze(joined),
          start: first.start,
          end: raw[runEnd].end,
          kind: 'joined',
          clause,
          phrase,
          quoted: first.quoted,
          question: false,
        });
        if (raw[runEnd].endsQuestion) questions.add(clause);
        i = runEnd + 1;
        continue;
      }
      out.push({
        text: first.text,
        start: first.start,
        end: first.end,
        kind: first.kind,
        clause,
        phrase,
        quoted: first.quoted,
        question: false,
      });
      if (first.endsQuestion) questions.add(clause);
      i++;
    }
    if (questions.size > 0) for (const token of out) token.question = questions.has(token.clause);
    return out;
  }
}

function isSingleLetter(token: RawToken): boolean {
  return token.kind === 'word' && token.text.length === 1;
}

/**
 * For each position of `input`, 1 where what follows up to the end of its line is only spaces, tabs,
 * full stops and "!" (and a line end does follow); one pass from the end.
 */
function marksThenLineEnd(input: string): Uint8Array {
  const ends = new Uint8Array(input.length + 1);
  let state = 0;
  for (let k = input.length - 1; k >= 0; k--) {
    const c = input[k];
    if (c === '\n' || c === '\r') state = 1;
    else if (c !== ' ' && c !== '\t' && c !== '.' && c !== '!') state = 0;
    ends[k] = state;
  }
  return ends;
}
