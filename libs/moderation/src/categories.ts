/**
 * The labels the classifier can put on a text. Crisis categories describe a person who may need
 * help now (the writer, or someone the writer is worried about); harm categories describe content
 * that hurts other people. The two lists never overlap: describing one's own pain is never harm.
 */
export const CRISIS_CATEGORIES = [
  'suicidal_ideation',
  'self_harm',
  'plan',
  'means',
  'timing',
  'goodbye',
  'hopelessness',
  'attempt',
  'danger_from_other',
  'concern_for_other',
] as const;

export const HARM_CATEGORIES = [
  'harassment',
  'incitement',
  'threat',
  'hate',
  'sexual',
  'method_instructions',
  'spam',
  'drug_selling',
] as const;

export const CATEGORIES = [...CRISIS_CATEGORIES, ...HARM_CATEGORIES] as const;

export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];
export type HarmCategory = (typeof HARM_CATEGORIES)[number];
export type Category = CrisisCategory | HarmCategory;

/** Ordered from least to most urgent, so tiers compare by index. */
export const RISK_TIERS = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export function riskRank(tier: RiskTier): number {
  return RISK_TIERS.indexOf(tier);
}

export function maxRisk(a: RiskTier, b: RiskTier): RiskTier {
  return riskRank(a) >= riskRank(b) ? a : b;
}

const crisisSet: ReadonlySet<string> = new Set(CRISIS_CATEGORIES);
const harmSet: ReadonlySet<string> = new Set(HARM_CATEGORIES);

export function isCrisisCategory(value: string): value is CrisisCategory {
  return crisisSet.has(value);
}

/**
 * Whether crisis words speak only of worry for someone else: the member's panel then speaks to a
 * worried friend, not to someone in crisis themself.
 */
export function onlyConcernForOther(categories: readonly string[]): boolean {
  return categories.includes('concern_for_other') && !categories.some((category) => category !== 'concern_for_other' && crisisSet.has(category));
}

/** A crisis category read only as an amplifier (signals.ts): never a crisis alone, and never whose crisis it is. */
const URGENCY_ONLY: ReadonlySet<string> = new Set(['timing']);

/** Whom a crisis notice speaks to, and about what. */
export type NoticeConcern = 'self' | 'danger' | 'concern_for_other';

/**
 * The panel a crisis notice opens: for a worried friend (onlyConcernForOther); for someone in danger
 * from another person, when that is the writer's only crisis ("he said he'll kill me if I leave":
 * safety, the emergency number, a way off the screen, never a partner calling their phone); else for
 * the writer in crisis, whose own wish to die comes first even beside danger at home.
 */
export function noticeConcernOf(categories: readonly string[]): NoticeConcern {
  if (onlyConcernForOther(categories)) return 'concern_for_other';
  // A time only tells how urgent the rest is: "I'm scared he'll kill me tonight" is danger, not the
  // writer's own crisis. (Someone else's weapon is read into the danger by the classifier; means
  // left as 'means' are the writer's own: "he hits me. I've got the pills".)
  const own = categories.filter((category) => crisisSet.has(category) && category !== 'concern_for_other' && !URGENCY_ONLY.has(category));
  return own.length > 0 && own.every((category) => category === 'danger_from_other') ? 'danger' : 'self';
}

/**
 * Whether words read as the writer's own crisis also tell of someone else hurting or threatening
 * them ("he hits me and I want to die"): their panel still speaks to their own crisis first, but no
 * crisis line should call a phone someone else may answer.
 */
export function dangerBesideOwnCrisis(categories: readonly string[]): boolean {
  return categories.includes('danger_from_other') && noticeConcernOf(categories) === 'self';
}

/** A crisis notice's reading of the words: whom its panel speaks to, and whether danger is told beside the writer's own crisis. */
export function noticeOf(categories: readonly string[]): { concern: NoticeConcern; dangerBeside: boolean } {
  return { concern: noticeConcernOf(categories), dangerBeside: dangerBesideOwnCrisis(categories) };
}

export function isHarmCategory(value: string): value is HarmCategory {
  return harmSet.has(value);
}

export function isCategory(value: string): value is Category {
  return crisisSet.has(value) || harmSet.has(value);
}

export function isRiskTier(value: string): value is RiskTier {
  return (RISK_TIERS as readonly string[]).includes(value);
}
