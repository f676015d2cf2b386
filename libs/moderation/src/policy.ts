import { type Category, type HarmCategory, isHarmCategory, type RiskTier } from './categories';
import type { WatchedWordsResult } from './watched-words';

/** The queue a flag goes to: crisis first, abuse next, member reports after. */
export type FlagKind = 'crisis' | 'harm' | 'report';

/**
 * What happens to the content while it waits for a moderator.
 * - `none`: nothing to do;
 * - `flag`: published, and a moderator looks;
 * - `hide`: hidden from others until a moderator decides (the author still sees it);
 * - `hold`: not published until a moderator approves (watched words);
 * - `block`: refused outright (watched words).
 */
export type ModerationAction = 'none' | 'flag' | 'hide' | 'hold' | 'block';

export interface PolicyDecision {
  readonly flag: boolean;
  readonly kind: FlagKind | null;
  /** Higher is more urgent. Every crisis ranks above every abuse flag, which rank above reports. */
  readonly priority: number;
  /** Minutes until a moderator should have acted; null when nothing is flagged. */
  readonly dueInMinutes: number | null;
  readonly action: ModerationAction;
  /** Show the author crisis resources now (for themself, or for the person they worry about). */
  readonly notifyAuthor: boolean;
}

/** The parts of a classification the policy reads. */
export interface PolicyInput {
  readonly crisis: boolean;
  readonly risk: RiskTier;
  readonly categories: readonly Category[];
}

export interface PolicyOptions {
  /** How many members reported the content. */
  readonly reports?: number;
  /** Watched words that matched the content. */
  readonly watchedWords?: Pick<WatchedWordsResult, 'action'>;
  /**
   * The learned second opinion (`@lantern/moderation/server`) reads a crisis the lexicon did not:
   * a person looks, and nothing else happens (see SECOND_OPINION_PRIORITY).
   */
  readonly secondOpinion?: boolean;
}

/** Abuse that is hidden until a human has looked: it can cost a life if left up. */
export const SEVERE_HARM_CATEGORIES: readonly HarmCategory[] = ['incitement', 'method_instructions', 'threat'];

/**
 * Words aimed at another person's life. Beside a crisis ("I will kill you and then myself") they are
 * still kept from the others until a human has looked; the writer keeps seeing them and gets help.
 */
export const HARM_TO_OTHERS: readonly HarmCategory[] = ['incitement', 'threat'];

export const DUE_MINUTES = { imminent: 2, high: 10, severeHarm: 15, standard: 24 * 60 } as const;

/**
 * A member who asked for a human (or whose hand-off to a crisis line failed): above every
 * classifier finding, due as imminent risk is.
 */
export const SUPPORT_REQUEST_PRIORITY = 110;

const CRISIS_PRIORITY: Readonly<Record<RiskTier, number>> = { imminent: 100, high: 90, moderate: 80, low: 70, none: 70 };
/**
 * Words the classifier failed to read at every attempt: nobody knows what they say, and they may
 * be someone in crisis, so they come as soon as a low-risk crisis does (DUE_MINUTES.high).
 */
export const UNREADABLE_PRIORITY = CRISIS_PRIORITY.low;
/**
 * Words the lexicon did not read as crisis but the learned second opinion does: a person reads
 * them after every crisis the lexicon read and after severe abuse (hidden, due in 15 minutes: a
 * run of guesses must not push it off the first page), before lesser abuse and reports (it may be
 * a crisis said in words no list has). The model is right about one time in several, so nothing
 * is done to the words or the member, no help is pushed at them, and the item is due as a report
 * is (no overdue alert calls every moderator to a guess).
 */
export const SECOND_OPINION_PRIORITY = 55;
const SEVERE_HARM_PRIORITY = 60;
const HARM_PRIORITY = 40;
const REPORT_PRIORITY = 20;
/** Each further report nudges a report up, never past abuse the classifier found. */
const MAX_REPORT_BONUS = 10;

/**
 * Turns a classification into what the platform does. Crisis is not abuse: a member in crisis is
 * never held or blocked, never hidden from themself, and their words stay up even when they trip a
 * harm category or a watched word; they get resources and a human, fast. The one exception is a
 * threat or incitement aimed at someone else said in the same words: the person threatened must
 * not read it while nobody has looked, so it is hidden from the others (the writer still sees it,
 * is still shown help, and the review item is still a crisis, due as one).
 */
export function decide(input: PolicyInput, options: PolicyOptions = {}): PolicyDecision {
  const decision = decideOnTheLexicon(input, options);
  if (!options.secondOpinion || input.crisis) return decision;
  return {
    ...decision,
    flag: true,
    kind: decision.kind ?? 'report',
    priority: Math.max(decision.priority, SECOND_OPINION_PRIORITY),
    dueInMinutes: Math.min(decision.dueInMinutes ?? DUE_MINUTES.standard, DUE_MINUTES.standard),
    action: strongest(decision.action, 'flag'),
  };
}

function decideOnTheLexicon(input: PolicyInput, options: PolicyOptions): PolicyDecision {
  const harm = input.categories.filter(isHarmCategory);
  const severe = harm.some((c) => SEVERE_HARM_CATEGORIES.includes(c));
  const watched = options.watchedWords?.action ?? 'none';
  const reports = options.reports ?? 0;

  if (input.crisis) {
    const due = crisisDue(input.risk, severe);
    const action = harm.some((c) => HARM_TO_OTHERS.includes(c)) ? 'hide' : 'flag';
    return { flag: true, kind: 'crisis', priority: CRISIS_PRIORITY[input.risk], dueInMinutes: due, action, notifyAuthor: true };
  }
  if (harm.length > 0) {
    return {
      flag: true,
      kind: 'harm',
      priority: severe ? SEVERE_HARM_PRIORITY : HARM_PRIORITY,
      dueInMinutes: severe ? DUE_MINUTES.severeHarm : DUE_MINUTES.standard,
      action: strongest(severe ? 'hide' : 'flag', watched),
      notifyAuthor: false,
    };
  }
  if (reports > 0 || watched !== 'none') {
    return {
      flag: true,
      kind: 'report',
      priority: REPORT_PRIORITY + Math.min(Math.max(reports - 1, 0), MAX_REPORT_BONUS),
      dueInMinutes: DUE_MINUTES.standard,
      action: strongest('flag', watched),
      notifyAuthor: false,
    };
  }
  return { flag: false, kind: null, priority: 0, dueInMinutes: null, action: 'none', notifyAuthor: false };
}

function crisisDue(risk: RiskTier, severeHarm: boolean): number {
  const byRisk = risk === 'imminent' ? DUE_MINUTES.imminent : risk === 'high' ? DUE_MINUTES.high : DUE_MINUTES.standard;
  return severeHarm ? Math.min(byRisk, DUE_MINUTES.severeHarm) : byRisk;
}

const ACTION_ORDER: readonly ModerationAction[] = ['none', 'flag', 'hide', 'hold', 'block'];

function strongest(a: ModerationAction, b: ModerationAction): ModerationAction {
  return ACTION_ORDER.indexOf(a) >= ACTION_ORDER.indexOf(b) ? a : b;
}
