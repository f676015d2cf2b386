import type { PhraseMatch } from '../matching/phrase-matcher';
import type { Token } from '../normalise/token';
import type { CompiledEntry } from './compiled-lexicon';
import { CONTRASTS, looksDutch, looksFrench, looksGerman, looksItalian, looksPortuguese, looksSpanish, normalisedSet, personOf, type PronounLanguages } from './word-classes';

/** Verbs that, opening a sentence, give an order rather than report one: "DM me", "text me". */
const IMPERATIVE_VERBS = normalisedSet(['dm', 'text', 'message', 'pm', 'inbox', 'snap']);

/** How far back a report may stand from the words it reports, when a colon or a quote sets them apart. */
const REPORT_REACH = 16;

/** How far back a message shown to the reader ("he sent me this.") reaches, past the end of its sentence. */
const SHOWN_MESSAGE_REACH = 30;

/** After "I" (or "we"), the writer speaking: their own words follow, not the message shown before. */
const WRITER_OWN_SPEECH = normalisedSet(['told', 'tell', 'replied', 'reply', 'said', 'say', 'wrote', 'write', 'texted', 'answered', 'sent', 'messaged', 'screamed', 'yelled', 'responded']);

/** Who, reporting, is not someone else: the reader addressed, or the writer. */
const REPORTERS_NOT_SOMEONE_ELSE = normalisedSet(['you', 'u', 'i', 'we']);
const QUOTE_OR_COLON = /[:"“”«»]/;

/** recentToken's mark for a recent day that is not today. */
export const EARLIER = 2;

/**
 * What the context phrases of one text say, laid out per token so the rules that read crisis and
 * harm matches can ask cheap questions ("is this word figurative?", "is this stretch in the
 * past?"). A "scope" is a comma-delimited phrase, also cut at "but"/"though": "I used to cut,
 * but now I'm fine" puts "used to" and "now" in different scopes.
 */
export class TextContext {
  readonly figurative: Uint8Array;
  private readonly figurativeStart: Int32Array;
  private readonly figurativeEnd: Int32Array;
  readonly negationException: Uint8Array;
  /** 1: a time today ("tonight"); EARLIER: a recent day that is over ("last week"). */
  readonly recentToken: Uint8Array;
  readonly scope: Int32Array;
  /** Marks the last token of each general frame ("it's normal to"). */
  readonly genericEnd: Uint8Array;
  readonly reportedStart: Uint8Array;
  /** Where a message someone else sent the writer is shown, with the weight of who sent it (shownMessageBefore). */
  readonly shownMessage: Float32Array;
  readonly laughterClauses = new Set<number>();
  readonly hyperboleClauses = new Set<number>();
  readonly everydayCauseClauses = new Set<number>();
  readonly pastScopes = new Set<number>();
  readonly recentScopes = new Set<number>();
  readonly nowScopes = new Set<number>();
  readonly recoveryScopes = new Set<number>();
  readonly genericScopes = new Set<number>();
  recovery = false;
  news = false;
  supportive = false;
  concern = false;
  relation = false;
  private frenchCache: boolean | undefined;
  private spanishCache: boolean | undefined;
  private germanCache: boolean | undefined;
  private dutchCache: boolean | undefined;
  private italianCache: boolean | undefined;
  private portugueseCache: boolean | undefined;
  private addressedCache: boolean | undefined;

  constructor(
    readonly tokens: readonly Token[],
    /** The text the tokens were read from, where a rule needs its punctuation (a colon, a quote). */
    private readonly text: string,
  ) {
    const n = tokens.length;
    this.figurative = new Uint8Array(n);
    this.figurativeStart = new Int32Array(n);
    this.figurativeEnd = new Int32Array(n);
    this.negationException = new Uint8Array(n);
    this.recentToken = new Uint8Array(n);
    this.genericEnd = new Uint8Array(n);
    this.reportedStart = new Uint8Array(n);
    this.shownMessage = new Float32Array(n);
    this.scope = new Int32Array(n);
    let scope = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && (tokens[i].phrase !== tokens[i - 1].phrase || CONTRASTS.has(tokens[i].text))) scope++;
      this.scope[i] = scope;
    }
  }

  get french(): boolean {
    this.frenchCache ??= looksFrench(this.tokens);
    return this.frenchCache;
  }

  get spanish(): boolean {
    this.spanishCache ??= looksSpanish(this.tokens);
    return this.spanishCache;
  }

  get german(): boolean {
    this.germanCache ??= looksGerman(this.tokens);
    return this.germanCache;
  }

  get dutch(): boolean {
    this.dutchCache ??= looksDutch(this.tokens);
    return this.dutchCache;
  }

  get italian(): boolean {
    this.italianCache ??= looksItalian(this.tokens);
    return this.italianCache;
  }

  get portuguese(): boolean {
    this.portugueseCache ??= looksPortuguese(this.tokens);
    return this.portugueseCache;
  }

  /**
   * The text talks to someone rather than about the writer ("you" far more often than "I"), as
   * replies do: then a phrase with no subject ("think of dying this way") is not the writer's.
   */
  get addressedToSomeone(): boolean {
    if (this.addressedCache === undefined) {
      let you = 0;
      let self = 0;
      const languages = new DutchOnly(this);
      for (const token of this.tokens) {
        const person = personOf(token.text, languages);
        if (person === 'you') you++;
        else if (person === 'self') self++;
      }
      this.addressedCache = you >= 3 && you > 2 * self;
    }
    return this.addressedCache;
  }

  read(match: PhraseMatch<CompiledEntry>): void {
    const { first, last } = match;
    switch (match.payload.entry.signal) {
      case 'figurative':
        for (let i = first; i <= last; i++) {
          if (this.figurative[i] && this.figurativeEnd[i] - this.figurativeStart[i] >= last - first) continue;
          this.figurative[i] = 1;
          this.figurativeStart[i] = first;
          this.figurativeEnd[i] = last;
        }
        break;
      case 'negation_exception':
        this.negationException.fill(1, first, last + 1);
        break;
      case 'laughter':
        this.laughterClauses.add(this.tokens[first].clause);
        break;
      case 'hyperbole':
        this.hyperboleClauses.add(this.tokens[first].clause);
        break;
      case 'everyday_cause':
        this.everydayCauseClauses.add(this.tokens[first].clause);
        break;
      case 'generic':
        this.genericEnd[last] = 1;
        this.genericScopes.add(this.scope[last]);
        break;
      case 'past':
        this.pastScopes.add(this.scope[first]);
        break;
      case 'recent':
        this.recentScopes.add(this.scope[first]);
        this.recentToken.fill(1, first, last + 1);
        break;
      case 'earlier':
        this.recentScopes.add(this.scope[first]);
        this.recentToken.fill(EARLIER, first, last + 1);
        break;
      case 'now':
        this.nowScopes.add(this.scope[first]);
        break;
      case 'reported_speech':
        // "DM me for prices", "text me": an order that opens a sentence reports nothing.
        if (this.opensSentence(first) && IMPERATIVE_VERBS.has(this.tokens[first].text)) break;
        this.reportedStart[first] = 1;
        break;
      case 'shown_message':
        // Shown by the writer, from someone else: not "I sent him this", nor "you sent me this".
        if (first > 0 && REPORTERS_NOT_SOMEONE_ELSE.has(this.tokens[first - 1].text)) break;
        this.shownMessage[first] = Math.max(this.shownMessage[first], match.payload.entry.weight);
        break;
      case 'recovery':
        this.recovery = true;
        this.recoveryScopes.add(this.scope[first]);
        break;
      case 'news':
        this.news = true;
        break;
      case 'supportive':
        this.supportive = true;
        break;
      case 'concern':
        this.concern = true;
        break;
      case 'relation':
        this.relation = true;
        break;
      default:
        break;
    }
  }

  /**
   * Shares a word with an idiom, unless the match reads more than the idiom does: "rather die
   * than live like this" outweighs "rather die than".
   */
  isFigurative(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) {
      if (!this.figurative[i]) continue;
      const start = this.figurativeStart[i];
      const end = this.figurativeEnd[i];
      const containedAndLonger = start >= first && end <= last && end - start < last - first;
      if (!containedAndLonger) return true;
    }
    return false;
  }

  /** A laughing sentence, or a laugh in the sentence right after ("I want to die. lol"). */
  isJoking(first: number): boolean {
    const clause = this.tokens[first].clause;
    return this.laughterClauses.has(clause) || this.laughterClauses.has(clause + 1);
  }

  /** A trivial cause ("one more meeting"), or an everyday one said laughing ("this class ... lol"). */
  isHyperbole(first: number): boolean {
    const clause = this.tokens[first].clause;
    return this.hyperboleClauses.has(clause) || (this.everydayCauseClauses.has(clause) && this.isJoking(first));
  }

  /**
   * A general frame opens the match's stretch before it, or ends inside it: "it's normal to
   * have thoughts about self-harm", "people who want to die".
   */
  isGeneric(first: number, last: number): boolean {
    const scope = this.scope[first];
    if (!this.genericScopes.has(scope)) return false;
    for (let i = first - 1; i >= 0 && this.scope[i] === scope; i--) if (this.genericEnd[i]) return true;
    for (let i = first; i <= last; i++) if (this.genericEnd[i]) return true;
    return false;
  }

  /**
   * Someone else's words are being reported in this sentence, before the match: just before it, or
   * further back across a colon or an opening quote ("my ex keeps texting me "I know where you
   * live, I'm going to kill you"", "he left a voicemail: I will find you"), as long as no "but"
   * turns back to the writer's own words.
   */
  isReported(first: number): boolean {
    const tokens = this.tokens;
    const clause = tokens[first].clause;
    for (let i = first - 1; i >= 0 && i >= first - REPORT_REACH && tokens[i].clause === clause; i--) {
      if (!this.reportedStart[i]) continue;
      if (first - i <= 8) return true;
      // Further back, only someone else's words set apart by a colon or a quote: not "you said
      // you wanted honesty, so here it is, kys", nor the writer's own "I texted him:".
      if (i > 0 && REPORTERS_NOT_SOMEONE_ELSE.has(tokens[i - 1].text)) return false;
      for (let j = i + 1; j <= first; j++) if (QUOTE_OR_COLON.test(this.text.slice(tokens[j - 1].end, tokens[j].start))) return true;
      return false;
    }
    return false;
  }

  /**
   * The weight of a message someone else sent the writer, shown just before these words (up to
   * SHOWN_MESSAGE_REACH words back, past the end of its sentence: "this is what my ex sent me at 3am.
   * you're dead when i find you"), or 0.
   */
  shownMessageBefore(first: number): number {
    const tokens = this.tokens;
    for (let i = first - 1; i >= 0 && i >= first - SHOWN_MESSAGE_REACH; i--) {
      // The writer's own words begin after the message: "my ex texted me this morning. I told him: ... I will kill you".
      if (WRITER_OWN_SPEECH.has(tokens[i].text) && i > 0 && REPORTERS_NOT_SOMEONE_ELSE.has(tokens[i - 1].text)) return 0;
      if (this.shownMessage[i] > 0) return this.shownMessage[i];
    }
    return 0;
  }

  private opensSentence(at: number): boolean {
    return at === 0 || this.tokens[at - 1].clause !== this.tokens[at].clause;
  }

  isQuoted(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.tokens[i].quoted) return true;
    return false;
  }
}

/**
 * The languages a count of "you" and "I" reads pronouns in: Dutch "je" is "you" (asked only when
 * such a word comes up), while French "il" and "se" are read as in English.
 */
class DutchOnly implements PronounLanguages {
  constructor(private readonly context: TextContext) {}

  get dutch(): boolean {
    return this.context.dutch;
  }
}
