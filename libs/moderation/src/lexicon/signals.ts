import type { Category, RiskTier } from '../categories';

/**
 * Every signal a lexicon entry can report, and what it means to the classifier.
 *
 * - `crisis` signals describe a person who may need help. They count for the writer when the
 *   words are about the writer, and as `concern_for_other` when about someone the writer knows.
 *   `tier` is the lowest risk tier the signal implies on its own (C-SSRS-like: wish to be dead →
 *   low; active thoughts → moderate; intent, plan, goodbye → high; an attempt under way →
 *   imminent). `amplifier` signals (means, timing, plan details) only count next to a core signal:
 *   "I bought a rope" is climbing gear until someone also says they want to die.
 * - `harm` signals describe content that hurts other people.
 * - `context` signals change how other matches read (figurative use, negation, the past...).
 *
 * `laughter` is the factor applied when the sentence is marked as a joke ("lol", "😂"): jokes
 * about wanting to die are often hyperbole, but a plan or an attempt is never discounted, and
 * neither is telling someone to kill themselves. Active ideation keeps enough (0.6 of 0.9) to stay
 * a crisis when nothing else is named: "I want to kill myself lol" is how many say it and mean it.
 * With a cause named ("this class makes me want to kms lol") the hyperbole discount takes it below.
 */
export interface SignalDefinition {
  readonly role: 'crisis' | 'harm' | 'context';
  readonly category: Category | null;
  readonly tier?: RiskTier;
  readonly amplifier?: boolean;
  readonly laughter: number;
  readonly description: string;
}

const crisis = (
  category: Category,
  tier: RiskTier,
  laughter: number,
  description: string,
  amplifier = false,
): SignalDefinition => ({ role: 'crisis', category, tier, laughter, description, amplifier });

const harm = (category: Category, laughter: number, description: string): SignalDefinition => ({
  role: 'harm',
  category,
  laughter,
  description,
});

const context = (description: string): SignalDefinition => ({
  role: 'context',
  category: null,
  laughter: 1,
  description,
});

export const SIGNALS = {
  passive_ideation: crisis('suicidal_ideation', 'low', 0.4, 'wish to be dead, not to wake up, no reason to live'),
  active_ideation: crisis('suicidal_ideation', 'moderate', 0.6, 'wanting or thinking about killing oneself'),
  suicidal_state: crisis('suicidal_ideation', 'moderate', 0.5, '"I am suicidal", suicidal thoughts'),
  intent: crisis('suicidal_ideation', 'high', 0.6, 'saying one will kill oneself, has decided'),
  plan: crisis('plan', 'high', 1, 'a plan, a chosen method, preparations, a note'),
  plan_detail: crisis('plan', 'high', 1, 'a chosen place, date or method (counts only with ideation)', true),
  method_seeking: crisis('plan', 'high', 1, 'asking how to kill oneself or how much of a drug is lethal'),
  means: crisis('means', 'moderate', 1, 'pills, rope, a gun, a bridge... (counts only with ideation)', true),
  means_access: crisis('means', 'high', 1, 'having the means at hand (counts only with ideation)', true),
  timing_now: crisis('timing', 'imminent', 1, 'tonight, right now (counts only with ideation)', true),
  timing_soon: crisis('timing', 'high', 1, 'tomorrow, this weekend (counts only with ideation)', true),
  attempt_now: crisis('attempt', 'imminent', 1, 'an attempt under way: pills taken, on the bridge'),
  attempt: crisis('attempt', 'moderate', 1, 'a suicide attempt (recent ones raise the tier to high)'),
  self_harm: crisis('self_harm', 'moderate', 0.5, 'cutting, burning or hurting oneself'),
  self_harm_urge: crisis('self_harm', 'moderate', 0.5, 'an urge to self-harm or relapse'),
  self_harm_danger: crisis('self_harm', 'high', 0.5, 'self-harm with a warning sign of the body beside it: purging with chest pain or fainting (a medical emergency)'),
  goodbye: crisis('goodbye', 'high', 1, 'a farewell, a last message, a note'),
  giving_away: crisis('goodbye', 'high', 1, 'giving possessions away, arranging care for pets'),
  hopelessness: crisis('hopelessness', 'low', 0.5, 'nothing will get better, no way out, can\'t go on'),
  burden: crisis('hopelessness', 'low', 0.5, 'everyone would be better off without me'),
  self_hate: crisis('hopelessness', 'low', 0.5, 'I hate myself, I am worthless'),
  threatened: crisis('danger_from_other', 'high', 0.4, 'someone at home has threatened to kill or hurt the writer ("if I leave", "next time")'),
  danger_now: crisis('danger_from_other', 'imminent', 1, 'the person is there now, threatening or with a weapon'),
  strangled: crisis('danger_from_other', 'high', 1, 'choked or strangled by someone: a strong warning sign of being killed by a partner'),
  hurt_by_other: crisis('danger_from_other', 'moderate', 0.4, 'a partner or parent hits, beats or kicks the writer'),
  afraid_of_other: crisis('danger_from_other', 'low', 0.6, 'afraid of someone at home, not safe there, controlled (needs company unless said plainly)'),

  insult: harm('harassment', 0.6, 'insulting or demeaning a person'),
  harassment: harm('harassment', 0.6, 'bullying, telling someone they are unwanted'),
  incitement: harm('incitement', 1, 'telling someone to kill or hurt themselves'),
  threat: harm('threat', 0.4, 'threatening violence against people'),
  slur: harm('hate', 1, 'a slur against a protected group'),
  dehumanising: harm('hate', 1, 'calling a protected group vermin, wishing them dead'),
  sexual_explicit: harm('sexual', 1, 'explicit sexual content or solicitation'),
  method_detail: harm('method_instructions', 1, 'how to kill or hurt oneself, lethal amounts'),
  concealment: harm('method_instructions', 1, 'how to hide self-harm or a stash from others'),
  spam_link: harm('spam', 1, 'promotional links and calls to action'),
  spam_promo: harm('spam', 1, 'get-rich-quick, giveaways, follower selling'),
  drug_sale: harm('drug_selling', 1, 'offering drugs for sale'),
  drug_name: { ...harm('drug_selling', 1, 'a drug name (counts only with an offer)'), amplifier: true },

  figurative: context('idiom or everyday use that only looks like crisis or harm language'),
  laughter: context('a joke marker: lol, haha, 😂'),
  hyperbole: context('a trivial cause: one more meeting, Mondays'),
  everyday_cause: context('an everyday cause named: this class, the wifi (discounts a joke only)'),
  negation_exception: context('a negation that does not negate: "not gonna lie", "don\'t know"'),
  generic: context('a general statement: "it is normal to want to die sometimes"'),
  past: context('a time in the past: used to, years ago, when I was 15'),
  recent: context('a recent time today: again, tonight, this morning, just now'),
  earlier: context('a recent day that is not today: yesterday, last night, last week, last month'),
  now: context('the present: now, these days, still'),
  recovery: context('recovery: 3 years clean, therapy helped'),
  news: context('news, research, fiction or education'),
  supportive: context('support offered to someone else'),
  concern: context('worry about another person: what do I do, how can I help'),
  relation: context('a person the writer knows: my friend, my brother'),
  reported_speech: context('someone else\'s words: told me, called me, said'),
  shown_message: context('someone else\'s message shown to the reader: "he sent me this", "his last text was" (reaches past the sentence)'),
} as const satisfies Record<string, SignalDefinition>;

export type Signal = keyof typeof SIGNALS;
