import { maxRisk, type RiskTier } from '../categories';
import { SIGNALS, type Signal } from '../lexicon/signals';
import type { TimeFrame } from './tense';

/** A crisis signal that counted, with its weight after context. */
export interface CountedSignal {
  readonly signal: Signal;
  readonly weight: number;
  readonly time: TimeFrame;
}

/** A signal below this weight adds to the score but does not set the tier on its own. */
const TIER_WEIGHT = 0.45;
const AMPLIFIER_WEIGHT = 0.4;

const INTENT_OR_PLAN: ReadonlySet<Signal> = new Set<Signal>([
  'intent',
  'plan',
  'method_seeking',
  'goodbye',
  'giving_away',
  'attempt_now',
]);
/** Danger from someone else that a time beside it ("tonight") makes urgent. */
const DANGER: ReadonlySet<Signal> = new Set<Signal>(['threatened', 'strangled', 'hurt_by_other', 'danger_now']);
const IDEATION: ReadonlySet<Signal> = new Set<Signal>([
  'active_ideation',
  'suicidal_state',
  'intent',
  'plan',
  'method_seeking',
  'goodbye',
  'giving_away',
  'attempt',
  'attempt_now',
]);

/**
 * Grades crisis signals into a risk tier, following the steps of the Columbia scale: a wish to be
 * dead is low; active thoughts or self-harm are moderate; intent, a plan, a goodbye or a recent
 * attempt are high; anything told in the past tense is low. Means at hand or a time raise the tier only next to ideation: means with
 * intent or a plan make it high; a time that is now ("tonight") with intent, a plan, a goodbye or
 * means at hand makes it imminent, as does an attempt under way.
 */
export function gradeRisk(signals: readonly CountedSignal[]): RiskTier {
  let tier: RiskTier = 'low';
  let ideation = false;
  /** Ideation told as now, not only in the past: what a time said now ("today", "tomorrow") may raise. */
  let ideationNow = false;
  let intentOrPlan = false;
  let means = false;
  let meansAtHand = false;
  let now = false;
  let soon = false;
  let danger = false;
  let fear = false;
  for (const { signal, weight, time } of signals) {
    const definition = SIGNALS[signal];
    if (definition.amplifier) {
      if (weight < AMPLIFIER_WEIGHT) continue;
      if (signal === 'means') means = true;
      else if (signal === 'means_access') meansAtHand = true;
      else if (signal === 'timing_now') now = true;
      else if (signal === 'timing_soon') soon = true;
      continue;
    }
    if (weight < TIER_WEIGHT) continue;
    if (IDEATION.has(signal)) {
      ideation = true;
      // A wish or an attempt told in the past does not make a time said now ("Years ago I tried to
      // kill myself. Today I'm a mum") a crisis of today; the means still at hand beside it still count.
      if (time !== 'past') ideationNow = true;
    }
    if (DANGER.has(signal) && time !== 'past') danger = true;
    if (signal === 'afraid_of_other' && time !== 'past') fear = true;
    if (INTENT_OR_PLAN.has(signal)) intentOrPlan = true;
    // What happened in the past tells of risk, not of a crisis now.
    // A recent attempt is high; one "under way" that the writer dates to an earlier day is over, so high, not imminent.
    const recentAttempt = (signal === 'attempt' && (time === 'recent' || time === 'earlier')) || (signal === 'attempt_now' && time === 'earlier');
    const implied = time === 'past' ? 'low' : recentAttempt ? 'high' : (definition.tier ?? 'low');
    tier = maxRisk(tier, implied);
  }
  // "he hits me and I'm scared he'll kill me tonight": danger with a time that is now is imminent.
  // Fear said of tonight ("I'm scared he'll kill me tonight"), or a gun in the house of someone who
  // hurts the writer (the strongest sign of a partner who kills), is high.
  if (!ideation) {
    if (danger && now) return maxRisk(tier, 'imminent');
    if ((danger && (soon || meansAtHand)) || (fear && (now || soon))) return maxRisk(tier, 'high');
    return tier;
  }
  if (meansAtHand || (means && intentOrPlan) || (soon && ideationNow)) tier = maxRisk(tier, 'high');
  if (now && ideationNow) tier = maxRisk(tier, intentOrPlan || meansAtHand || means ? 'imminent' : 'high');
  return tier;
}
