import { CATEGORIES, type Category, isCrisisCategory, maxRisk, riskRank, type RiskTier } from '../categories';
import type { LexiconEntry } from '../lexicon/lexicon-entry';
import { SIGNALS, type Signal } from '../lexicon/signals';
import type { PhraseMatch } from '../matching/phrase-matcher';
import { hasBrokenLine, tokenise } from '../normalise/tokenise';
import type { Token } from '../normalise/token';
import type { Classification, Evidence } from './classification';
import { builtInLexicon, type CompiledEntry, type CompiledLexicon } from './compiled-lexicon';
import { resolveHolder } from './holder';
import { isNegated } from './negation';
import { gradeRisk, type CountedSignal } from './risk-grading';
import { timeFrameOf, type TimeFrame } from './tense';
import { TextContext } from './text-context';

export interface ClassifyOptions {
  /** A lexicon compiled with `compileLexicon`; the built-in one by default. */
  readonly lexicon?: CompiledLexicon;
}

/** A category is reported from this score. */
export const CATEGORY_THRESHOLD = 0.5;
/** Once someone is in crisis, details (means, timing, hopelessness) are shown from this score. */
const CRISIS_DETAIL_THRESHOLD = 0.3;
const AMPLIFIER_DETAIL_THRESHOLD = 0.4;

/** How much a phrase still counts when context weakens it. */
const DISCOUNT = {
  /** a noun phrase with nobody named ("suicidal thoughts are common") */
  unattributed: 1 / 3,
  /** in the past ("I used to self-harm"): history still adds to what is said about now */
  past: 0.5,
  /** in the past, and the text talks about recovery ("3 years clean") */
  recovered: 0.1,
  /** a past attempt with no word of recovery: the strongest risk factor there is */
  pastAttempt: 0.7,
  /** a trivial cause ("one more meeting and I'll kill myself") */
  hyperbole: 0.5,
  /** a number below the entry's minimum ("took 2 pills") */
  smallNumber: 0.35,
  /** news, research or fiction, when nobody is named */
  news: 0.5,
} as const;

/** Harm phrases after these words are asked or imagined, not said to anyone. */
const HYPOTHETICAL_FRAME = new Set([
  'if', 'when', 'whether', 'before', 'instead', 'about', 'want', 'wants', 'wanted', 'wanna', 'trying', 'tried',
  'thinking', 'thought', 'considering', 'how', 'would', 'could', 'ever', 'way', 'ways', 'si', 'wenn', 'cuando',
]);
/** "I want you to kill yourself" is said to someone, "do you want to kill yourself" is asked. */
const WANTING = new Set(['want', 'wants', 'wanted', 'wanna']);

interface Counted {
  readonly entry: LexiconEntry;
  readonly signal: Signal;
  readonly category: Category;
  readonly weight: number;
  readonly first: number;
  readonly last: number;
  readonly time: TimeFrame;
}

/**
 * Reads a text the way a trained moderator would and says whether a human should look, whether
 * someone may need help now, how urgently, and why. Pure and synchronous: it runs in the worker
 * and in the browser as the member types.
 */
export function classify(text: string, options: ClassifyOptions = {}): Classification {
  const lexicon = options.lexicon ?? builtInLexicon();
  const apart = classifyTokens(text, lexicon, {});
  let read = apart;
  if (hasBrokenLine(text)) {
    // A line broken mid-sentence is one sentence typed across lines ("i want to⏎end⏎it⏎all") or two
    // thoughts ("im not ok⏎im going to end it tonight", whose "not" must not reach the second line):
    // read both ways, the reading that shows more concern is kept, so joining can only add help.
    const joined = classifyTokens(text, lexicon, { joinBrokenLines: true });
    // Joined, a line's goodbye and the next line's time may meet ("bye everyone⏎thanks for everything
    // tonight gg"): the joined reading is kept only for what is more than a passing low concern.
    if (raisesConcern(joined, apart)) read = joined;
  }
  // A goodbye typed line by line as a phone types it, each line with a capital or a full stop
  // ("Thank you all.⏎I love you.⏎I'm sorry.⏎Goodbye."): its lines are not joined, and each alone
  // is a faint farewell. Where a piece of goodbye was seen, the lines are read again as pieces of
  // one sentence, and that reading is kept only for the goodbye it shows, at moderate or more.
  if (text.includes('\n') && typedAsPieces(text) && (read.scores.goodbye > 0 || MAY_CLOSE_A_GOODBYE.test(text))) {
    const pieces = classifyTokens(text, lexicon, { linesAsPieces: true });
    if (pieces.categories.includes('goodbye') && raisesConcern(pieces, read)) read = pieces;
    // Read as one sentence, the farewell's occasion is beside it ("Leaving this group chat.⏎Sorry
    // everyone.⏎Thanks for everything.⏎Bye!", context.en.ts) and no piece of it stands: a faint
    // goodbye and nothing else is then a sign-off.
    else if (onlyAFaintGoodbye(read) && !pieces.crisis && pieces.scores.goodbye === 0) read = pieces;
  }
  return read;
}

/**
 * Whether each line after the first opens with a capital or follows a line ended by a full stop or
 * "!", as a phone types a goodbye line by line. "I'm sorry⏎I love you⏎bye", all in lower case after
 * its first line, is how a chat is signed off as often, and is read line by line only.
 */
function typedAsPieces(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  for (let i = 1; i < lines.length; i++) {
    if (/^[A-Z]/.test(lines[i]) || /[.!]$/.test(lines[i - 1])) continue;
    return false;
  }
  return true;
}

/** Low, and nothing read but a goodbye (and a time beside it). */
function onlyAFaintGoodbye(reading: Classification): boolean {
  return reading.crisis && reading.risk === 'low' && reading.categories.every((category) => category === 'goodbye' || category === 'timing');
}

/**
 * The words of a goodbye's weightier pieces (an apology, forgiveness, a message to tell someone,
 * "I'm done"): a run of farewells needs one, and "Sorry⏎I love you⏎Bye" shows no goodbye read line
 * by line, so the lines are read as pieces wherever one of these stands.
 */
const MAY_CLOSE_A_GOODBYE = /sorry|forgive|tell|done/i;

/** A second reading is kept only where it shows more than a passing low concern, and more than the first. */
function raisesConcern(second: Classification, first: Classification): boolean {
  return second.crisis && riskRank(second.risk) >= riskRank('moderate') && (!first.crisis || riskRank(second.risk) > riskRank(first.risk));
}

function classifyTokens(text: string, lexicon: CompiledLexicon, lines: { joinBrokenLines?: boolean; linesAsPieces?: boolean }): Classification {
  // "k*ll", "su*cide": letters hidden behind asterisks are read as the lexicon's word they can be.
  const tokens = tokenise(text, { unmask: lexicon.unmask, ...lines });
  const matches = lexicon.scan(tokens);
  const context = new TextContext(tokens, text);
  for (const match of matches) if (match.payload.definition.role === 'context') context.read(match);

  if (!matches.some((m) => m.payload.definition.role !== 'context')) return cleanResult();

  const self: Counted[] = [];
  const other: Counted[] = [];
  const harm: Counted[] = [];
  for (const match of matches) {
    const role = match.payload.definition.role;
    if (role === 'crisis') readCrisis(match, context, self, other);
    else if (role === 'harm') readHarm(match, context, harm, self);
  }

  timesInTheWritersWords(self, other);
  withoutWeaponsOfOthers(self, tokens);
  withoutWeaponsOfOthers(other, tokens);
  withoutTimesApartFromDanger(self, tokens);
  const selfCrisis = decideCrisis(self);
  const concern = context.relation || context.concern ? decideCrisis(other) : undefined;
  // Crisis is not abuse: someone in pain venting at the world is not harassing anyone.
  // And words read as the writer's own crisis ("im gonna kys") are not also read as telling
  // someone else to do it. A threat stays, even inside them: "I will kill you and then myself" is
  // both the writer's crisis and a threat to someone.
  const harmCounted = selfCrisis
    ? harm.filter((h) => h.category !== 'harassment' && (h.category === 'threat' || !self.some((c) => c.first <= h.first && h.last <= c.last)))
    : harm;
  return assemble(tokens, self, selfCrisis, concern, harmCounted);
}

function readCrisis(match: PhraseMatch<CompiledEntry>, context: TextContext, self: Counted[], other: Counted[]): void {
  const { first, last, payload } = match;
  const { entry, definition, literals } = payload;
  if (context.isQuoted(first, last) || context.isFigurative(first, last)) return;
  if (isNegated(first, last, literals, context)) return;
  const holder = resolveHolder(entry, first, last, context);
  if (holder === 'you') return; // said to someone else: support, not the writer's crisis
  let weight = entry.weight;
  if (entry.questionWeight !== undefined && context.tokens[first].question) weight = entry.questionWeight;
  if (holder === 'nobody') {
    // "it's normal to want to die", or a reply talking about "the suicidal side" in general
    if (!entry.needsSubject || context.addressedToSomeone) return;
    weight *= DISCOUNT.unattributed;
  }
  if (entry.minNumber !== undefined && hasSmallNumber(context.tokens, first, last, entry.minNumber)) {
    weight *= DISCOUNT.smallNumber;
  }
  // Violence is told in the past ("he was hitting me", "he got drunk and hit me"): for danger from
  // someone else only a time long gone ("years ago", "used to", "when I was little") makes it the past.
  const danger = definition.category === 'danger_from_other';
  if (danger && writerActsInside(first, context)) return;
  let time = timeFrameOf(first, last, context, { pastVerbs: !danger });
  if (danger && time === 'present' && overInItsSentence(first, context)) time = 'past';
  if (time === 'past') {
    const pastAttempt = entry.signal === 'attempt' || entry.signal === 'attempt_now';
    weight *= context.recovery ? DISCOUNT.recovered : pastAttempt ? DISCOUNT.pastAttempt : DISCOUNT.past;
  }
  if (context.isJoking(first)) weight *= definition.laughter;
  if (definition.laughter < 1 && context.isHyperbole(first)) weight *= DISCOUNT.hyperbole;
  if (context.news && holder !== 'self' && !context.relation) weight *= DISCOUNT.news;
  const category = definition.category;
  if (category === null || weight <= 0) return;
  const counted = { entry, signal: entry.signal, category, weight, first, last, time };
  if (holder === 'other') {
    if (time !== 'past') other.push(counted);
  } else self.push(counted);
}

/**
 * "I was in an abusive relationship years ago, he choked me once, I got out and I'm thriving": a time
 * long gone, or getting out, anywhere in the sentence (and nothing said of now in it) puts danger
 * told there in the past.
 */
function overInItsSentence(first: number, context: TextContext): boolean {
  const clause = context.tokens[first].clause;
  let over = false;
  for (let i = 0; i < context.tokens.length; i++) {
    if (context.tokens[i].clause !== clause) continue;
    const scope = context.scope[i];
    if (context.nowScopes.has(scope) || context.recentScopes.has(scope)) return false;
    if (context.pastScopes.has(scope) || context.recoveryScopes.has(scope)) over = true;
  }
  return over;
}

const YOU_WORDS = new Set(['you', 'u', 'ya', 'youre', 'yall', 'your']);

/** Whether a threat's words are aimed at "you": in a message to the writer, at the writer. */
function aimedAtYou(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (YOU_WORDS.has(tokens[i].text)) return true;
  return false;
}

/** Words that make the writer the doer: "he said I hit him", "since he left I held a knife to my throat". */
const WRITER_AS_SUBJECT = new Set(['i', 'im', 'ive', 'id', 'ill']);
/** Before "I" these open a condition, where the writer is not the doer of the danger: "if I leave". */
const CONDITION_OPENERS = new Set(['if', 'when', 'until', 'till', 'til', 'unless', 'before']);

/** After the writer named as subject, what is promised to them, not done by them: "he said I will regret it". */
const PROMISED_TO_THE_WRITER = new Set(['regret']);

/**
 * A danger phrase whose first words make the writer the subject ("he said I hit him first") is the
 * writer's act misread as someone else's: a match that starts with the other person and then names
 * "I" within its next two words, other than after "if" or "when", is not the writer's danger. Past a
 * quote or a colon the "I" is the other person's own voice ("he texted me "I'm going to kill you"").
 * A regret promised ("he said I will regret it if I call the police") is his threat, not her act.
 */
function writerActsInside(first: number, context: TextContext): boolean {
  const tokens = context.tokens;
  const phrase = tokens[first].phrase;
  for (let i = first + 1; i <= first + 2 && i < tokens.length && tokens[i].phrase === phrase; i++) {
    if (!WRITER_AS_SUBJECT.has(tokens[i].text) || CONDITION_OPENERS.has(tokens[i - 1].text)) continue;
    if (promisedToTheWriter(tokens, i)) continue;
    return true;
  }
  return false;
}

/** A regret in the three words after the writer's "I" ("I will regret", "I would really regret"), in the same phrase. */
function promisedToTheWriter(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i <= at + 3 && i < tokens.length && tokens[i].phrase === tokens[at].phrase; i++) {
    if (PROMISED_TO_THE_WRITER.has(tokens[i].text)) return true;
  }
  return false;
}

function readHarm(match: PhraseMatch<CompiledEntry>, context: TextContext, harm: Counted[], self: Counted[]): void {
  const { first, last, payload } = match;
  const { entry, definition, literals } = payload;
  const category = definition.category;
  if (category === null) return;
  if (context.isQuoted(first, last) || context.isFigurative(first, last)) return;
  // A threat to "you" in a message someone sent the writer, shown to the reader, is the writer's
  // danger, never their threat (only a threat: "someone sent me this. kys" is still read).
  const shown = category === 'threat' && aimedAtYou(context.tokens, first, last) ? context.shownMessageBefore(first) : 0;
  if (shown > 0) {
    const weight = context.isJoking(first) ? shown * SIGNALS.threatened.laughter : shown;
    self.push({ entry, signal: 'threatened', category: 'danger_from_other', weight, first, last, time: 'present' });
    return;
  }
  if (context.isReported(first)) return;
  if (isNegated(first, last, literals, context)) return;
  if (category === 'incitement' || category === 'threat' || category === 'harassment') {
    if (isHypothetical(context, first)) return;
  }
  let weight = entry.weight;
  if (context.isJoking(first)) weight *= definition.laughter;
  harm.push({ entry, signal: entry.signal, category, weight, first, last, time: 'present' });
}

/**
 * What the writer's own hand does or wishes (and the means for it): the writer's only where no one
 * else's covers the words. German "er droht, mich umzubringen" is his threat, though "mich
 * umbringen" alone is "kill myself".
 */
const OWN_ACTS: ReadonlySet<Category> = new Set<Category>(['attempt', 'self_harm', 'suicidal_ideation']);

/**
 * A time said inside the writer's own words is the writer's, whoever was named before it: in "ho
 * trovato la pistola di mio padre e stanotte la faccio finita" the "stanotte" of the writer's intent
 * had looked back to the father, and the plan for tonight read as high, not imminent.
 */
function timesInTheWritersWords(self: Counted[], other: Counted[]): void {
  for (let i = other.length - 1; i >= 0; i--) {
    const time = other[i];
    if (time.category !== 'timing') continue;
    const inside = self.some((s) => !isAmplifier(s.signal) && s.first <= time.first && time.last <= s.last);
    if (!inside) continue;
    self.push(time);
    other.splice(i, 1);
  }
}

/**
 * "He held a knife to my throat", "my dad burned me with a cigarette", "he has a gun and said he'd
 * use it on me": the same words as an attempt, self-harm or means, but the hand is someone else's.
 * Where danger from another person overlaps the words, they are that danger, not the writer's act
 * or the writer's means; the writer's own words beside it ("I've got the pills") still count.
 * Beside that danger, means the writer does not say are theirs ("my husband has a gun and he hits
 * me") are its weapon: they make the danger graver (risk-grading) without making it the writer's
 * own crisis.
 */
function withoutWeaponsOfOthers(counted: Counted[], tokens: readonly Token[]): void {
  const dangers = counted.filter((c) => c.category === 'danger_from_other');
  if (dangers.length === 0) return;
  for (let i = counted.length - 1; i >= 0; i--) {
    const c = counted[i];
    if (!OWN_ACTS.has(c.category) && c.category !== 'means') continue;
    // A wish to die only where the danger's words hold it all ("er droht, mich umzubringen").
    const within = c.category === 'suicidal_ideation' ? (d: Counted) => d.first <= c.first && c.last <= d.last : (d: Counted) => d.first <= c.last && c.first <= d.last;
    if (dangers.some(within)) counted.splice(i, 1);
  }
  // Beside the writer's own crisis or own means, a gun in the house is means for it ("I want to die,
  // my dad has a gun"); beside danger alone a weapon is the danger's. Pills, a rope, a blade are
  // the writer's own means whoever's hand is named ("my husband hits me. got 40 pills saved up").
  const ownCrisis = counted.some(
    (c) => (c.category !== 'danger_from_other' && c.category !== 'means' && !isAmplifier(c.signal)) || (c.category === 'means' && (saidAsTheWritersOwn(c, tokens) || !namesAWeapon(c, tokens))),
  );
  if (ownCrisis) return;
  for (let i = 0; i < counted.length; i++) if (counted[i].category === 'means') counted[i] = { ...counted[i], category: 'danger_from_other' };
}

const WEAPONS = new Set(['gun', 'guns', 'pistol', 'rifle', 'shotgun', 'handgun', 'firearm', 'firearms', 'knife', 'knives', 'weapon', 'weapons', 'revolver']);

/** Whether means' words name a weapon, the kind someone else holds over the writer, not pills or a rope. */
function namesAWeapon(c: Counted, tokens: readonly Token[]): boolean {
  for (let i = c.first; i <= c.last; i++) if (WEAPONS.has(tokens[i].text)) return true;
  return false;
}

/** Words that make the writer the one who has or holds a thing: "I've got the pills", "I have a gun". */
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'ill', 'my', 'me', 'myself']);

/**
 * Whether means are said as the writer's: "I" or "my" in the words or in the two words before them in
 * the same phrase ("I've got the pills", "my pills are ready"), not "my husband has a gun".
 */
function saidAsTheWritersOwn(c: Counted, tokens: readonly Token[]): boolean {
  const phrase = tokens[c.first].phrase;
  for (let i = c.first; i <= c.last; i++) if (FIRST_PERSON.has(tokens[i].text)) return true;
  for (let i = c.first - 1; i >= Math.max(0, c.first - 2) && tokens[i].phrase === phrase; i--) {
    if (FIRST_PERSON.has(tokens[i].text) && tokens[i].text !== 'my') return true;
  }
  return false;
}

/**
 * A time makes danger urgent only where it is said of it ("I'm scared he'll kill me tonight"), not
 * in another sentence ("My ex strangled me in 2015. Today I got my degree!"). Beside the writer's
 * own ideation a time counts wherever it is, as before.
 */
function withoutTimesApartFromDanger(counted: Counted[], tokens: readonly Token[]): void {
  const dangers = counted.filter((c) => c.category === 'danger_from_other');
  if (dangers.length === 0 || counted.some((c) => c.category !== 'danger_from_other' && !isAmplifier(c.signal))) return;
  const clauses = new Set(dangers.map((d) => tokens[d.first].clause));
  for (let i = counted.length - 1; i >= 0; i--) {
    if (counted[i].category === 'timing' && !clauses.has(tokens[counted[i].first].clause)) counted.splice(i, 1);
  }
}

/** "if you kill yourself", "why would you kill yourself?": asked or imagined, not told. */
function isHypothetical(context: TextContext, first: number): boolean {
  const tokens = context.tokens;
  if (tokens[first].question && tokens[first].text !== 'why') return true;
  const phrase = tokens[first].phrase;
  for (let i = first - 1; i >= 0 && first - i <= 4 && tokens[i].phrase === phrase; i--) {
    const word = tokens[i].text;
    if (!HYPOTHETICAL_FRAME.has(word)) continue;
    if (WANTING.has(word) && (tokens[i + 1]?.text === 'you' || tokens[i + 1]?.text === 'u')) return false;
    return true;
  }
  return false;
}

function hasSmallNumber(tokens: readonly Token[], first: number, last: number, minimum: number): boolean {
  for (let i = first; i <= last; i++) {
    if (tokens[i].kind === 'number' && Number(tokens[i].text) < minimum) return true;
  }
  return false;
}

interface CrisisDecision {
  readonly scores: Map<Category, number>;
  readonly counted: readonly Counted[];
  readonly coreScore: number;
  readonly risk: RiskTier;
}

/**
 * Decides whether crisis signals about one person add up to a crisis, and how serious. Means and
 * timing (amplifiers) never make a crisis by themselves: "I need a rope for climbing tonight".
 */
function decideCrisis(signals: readonly Counted[]): CrisisDecision | undefined {
  if (signals.length === 0) return undefined;
  const counted = strongestPerSpan(signals);
  const coreScore = noisyOr(coreWeights(counted));
  if (coreScore < CATEGORY_THRESHOLD) return undefined;
  const graded: CountedSignal[] = counted.map((s) => ({ signal: s.signal, weight: s.weight, time: s.time }));
  return { scores: scoreByCategory(counted), counted, coreScore, risk: gradeRisk(graded) };
}

/** Signals that say the writer means to act: a time or the means beside them add to the evidence. */
const DECISION: ReadonlySet<Signal> = new Set<Signal>(['intent', 'plan', 'method_seeking', 'goodbye', 'giving_away']);
/** Below this a decision signal is too faint for a time or the means to lean on. */
const DECISION_FLOOR = 0.3;
/** How much a time or the means beside a decision adds, as a share of its weight. */
const AMPLIFIER_SHARE = 0.5;

/**
 * The weights that decide whether this is a crisis. Means and timing never make one alone ("I need
 * a rope for climbing tonight"), but beside a decision they are evidence: "I've decided. This
 * weekend, when my roommate is away."
 */
function coreWeights(counted: readonly Counted[]): number[] {
  const core = counted.filter((s) => !isAmplifier(s.signal)).map((s) => s.weight);
  const decisions = counted.filter((s) => DECISION.has(s.signal) && s.weight >= DECISION_FLOOR);
  if (decisions.length === 0) return core;
  for (const s of counted) {
    if (!isAmplifier(s.signal)) continue;
    // "tonight is the night": a time inside the decision's own words is not a second sign.
    if (decisions.every((d) => s.last >= d.first && d.last >= s.first)) continue;
    core.push(s.weight * AMPLIFIER_SHARE);
  }
  return core;
}

const AMPLIFIERS: ReadonlySet<Signal> = new Set<Signal>(['means', 'means_access', 'timing_now', 'timing_soon', 'plan_detail']);

function isAmplifier(signal: Signal): boolean {
  return AMPLIFIERS.has(signal) || SIGNALS[signal].amplifier === true;
}

/** A drug name is a sale only next to an offer. */
function withoutLoneAmplifiers(signals: readonly Counted[]): Counted[] {
  return signals.filter(
    (s) => !isAmplifier(s.signal) || signals.some((o) => o.category === s.category && !isAmplifier(o.signal)),
  );
}

/**
 * Several entries often match the same words ("going to kill myself" is intent and ideation),
 * and people repeat themselves: only the strongest reading in a category over the same words
 * counts, and each entry counts once per text.
 */
function strongestPerSpan(signals: readonly Counted[]): Counted[] {
  const kept: Counted[] = [];
  for (const candidate of signals) {
    let replaced = false;
    let dominated = false;
    for (let i = 0; i < kept.length; i++) {
      const k = kept[i];
      const sameWords = k.category === candidate.category && k.last >= candidate.first && candidate.last >= k.first;
      if (k.entry !== candidate.entry && !sameWords) continue;
      if (candidate.weight > k.weight) {
        kept[i] = candidate;
        replaced = true;
      } else dominated = true;
      break;
    }
    if (!replaced && !dominated) kept.push(candidate);
  }
  return kept;
}

function scoreByCategory(signals: readonly Counted[]): Map<Category, number> {
  const misses = new Map<Category, number>();
  for (const s of signals) misses.set(s.category, (misses.get(s.category) ?? 1) * (1 - s.weight));
  const scores = new Map<Category, number>();
  for (const [category, miss] of misses) scores.set(category, 1 - miss);
  return scores;
}

/** Independent pieces of evidence: 1 − Π(1 − w). */
function noisyOr(weights: readonly number[]): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  return 1 - miss;
}

function assemble(
  tokens: readonly Token[],
  self: readonly Counted[],
  selfCrisis: CrisisDecision | undefined,
  concern: CrisisDecision | undefined,
  harm: readonly Counted[],
): Classification {
  const scores = zeroScores();
  const reported = new Set<Category>();
  const evidence: Evidence[] = [];
  let risk: RiskTier = 'none';

  // Scores of the writer's own crisis signals are shown even below the threshold.
  const selfScores = selfCrisis?.scores ?? scoreByCategory(strongestPerSpan(self).filter((s) => !isAmplifier(s.signal)));
  for (const [category, score] of selfScores) scores[category] = round(score);
  if (selfCrisis) {
    risk = maxRisk(risk, selfCrisis.risk);
    for (const [category, score] of selfCrisis.scores) {
      const threshold = isAmplifierCategory(selfCrisis, category) ? AMPLIFIER_DETAIL_THRESHOLD : CRISIS_DETAIL_THRESHOLD;
      if (score >= threshold) reported.add(category);
    }
    for (const s of selfCrisis.counted) if (reported.has(s.category)) evidence.push(toEvidence(tokens, s, s.category));
  }

  if (concern) {
    scores.concern_for_other = round(concern.coreScore);
    reported.add('concern_for_other');
    risk = maxRisk(risk, concern.risk);
    for (const s of concern.counted) evidence.push(toEvidence(tokens, s, 'concern_for_other'));
  }

  const harmCounted = withoutLoneAmplifiers(strongestPerSpan(harm));
  for (const [category, score] of scoreByCategory(harmCounted)) {
    scores[category] = round(score);
    if (score >= CATEGORY_THRESHOLD) reported.add(category);
  }
  for (const h of harmCounted) if (reported.has(h.category)) evidence.push(toEvidence(tokens, h, h.category));

  const crisis = selfCrisis !== undefined || concern !== undefined;
  const categories = CATEGORIES.filter((c) => reported.has(c));
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    flagged: crisis || categories.some((c) => !isCrisisCategory(c)),
    crisis,
    risk: crisis ? maxRisk(risk, 'low') : 'none',
    categories,
    scores,
    evidence,
  };
}

const ZERO_SCORES = Object.freeze(Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>);

function zeroScores(): Record<Category, number> {
  return { ...ZERO_SCORES };
}

function cleanResult(): Classification {
  return { flagged: false, crisis: false, risk: 'none', categories: [], scores: zeroScores(), evidence: [] };
}

function isAmplifierCategory(decision: CrisisDecision, category: Category): boolean {
  return decision.counted.every((s) => s.category !== category || isAmplifier(s.signal));
}

function toEvidence(tokens: readonly Token[], s: Counted, category: Category): Evidence {
  return { start: tokens[s.first].start, end: tokens[s.last].end, signal: s.signal, category };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
