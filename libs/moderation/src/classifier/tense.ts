import type { Token } from '../normalise/token';
import { EARLIER, type TextContext } from './text-context';
import { CONTRASTS, normalisedSet, PAST_VERB_WORDS } from './word-classes';

/** `earlier`: recent but over (yesterday, last month); `recent`: today, or again. */
export type TimeFrame = 'past' | 'present' | 'recent' | 'earlier';

/**
 * When a phrase happened, from the words nearest to it first: "cut again", "wanted to die last
 * night" are recent; "wanted", "tried", "was suicidal" are past; otherwise the rest of its stretch
 * decides: recovery talk ("in recovery from self-harm") or a past time with nothing about now
 * ("I used to self-harm, 3 years clean") put it in the past.
 */
export function timeFrameOf(first: number, last: number, context: TextContext, options: { pastVerbs?: boolean } = {}): TimeFrame {
  const tokens = context.tokens;
  const scope = context.scope[first];
  const from = Math.max(0, first - 2);
  const to = Math.min(tokens.length - 1, last + 3);
  for (let i = from; i <= to; i++) {
    if (context.recentToken[i] && context.scope[i] === scope) return context.recentToken[i] === EARLIER ? 'earlier' : 'recent';
  }
  // "I told them I was fine but I've got it planned": the past stops at "but".
  let from3 = Math.max(0, first - 3);
  for (let i = first - 1; i >= from3; i--) {
    if (CONTRASTS.has(tokens[i].text)) {
      from3 = i + 1;
      break;
    }
  }
  for (let i = from3; i <= last && options.pastVerbs !== false; i++) {
    if (PAST_VERB_WORDS.has(tokens[i].text) && context.scope[i] === scope && !isCounterfactual(tokens, i, context) && !notPast(tokens, i, context)) return 'past';
  }
  if (context.recoveryScopes.has(scope)) return 'past';
  const now = context.recentScopes.has(scope) || context.nowScopes.has(scope) || saidInThePresent(first, last, tokens);
  if (context.pastScopes.has(scope) && !now) return 'past';
  return context.recentScopes.has(scope) ? 'recent' : 'present';
}

/** After "I", a wish or a state said now: "and I want to", "I just want", "I'm so done". */
const PRESENT_AFTER_I = normalisedSet(['want', 'wanna', 'need', 'really', 'just', 'am', 'still', 'feel', 'keep']);
const I_WORDS = normalisedSet(['i', 'im']);

/**
 * "My dad died last year and I want to kill myself": a time gone by elsewhere in the stretch does not
 * put a wish said in the present tense into the past. "I used to want to die" has no "I" before its
 * wish, and stays in the past.
 */
function saidInThePresent(first: number, last: number, tokens: readonly Token[]): boolean {
  for (let i = Math.max(0, first - 2); i <= first && i + 1 <= last + 1 && i + 1 < tokens.length; i++) {
    if (I_WORDS.has(tokens[i].text) && (tokens[i].text === 'im' || PRESENT_AFTER_I.has(tokens[i + 1].text))) return true;
  }
  return false;
}

/** The writer (or everyone) after "once" makes it "as soon as": "once I'm gone", "once everyone is asleep". */
const SUBJECTS = normalisedSet(['i', "i'm", "i'll", 'im', 'ill', 'everyone', 'everybody']);

/** Before "was", a relative clause naming a thing: "whatever was in the cabinet". */
const WHAT_WAS = normalisedSet(['whatever', 'everything', 'anything']);

/** What follows "got" when it means having: "got enough", "got plenty". */
const HAVING = normalisedSet(['enough', 'plenty']);

/**
 * Past words that are not the past here: German "was" (something, what), and "once" opening
 * "once I'm not in it" (the future) rather than "I once tried" (one time, before).
 */
function notPast(tokens: readonly Token[], at: number, context: TextContext): boolean {
  const word = tokens[at].text;
  // "took a handful of whatever was in the cabinet": the pills named, not a time gone by.
  if (word === 'was') return context.german || (at > 0 && WHAT_WAS.has(tokens[at - 1].text));
  if (word === 'once') return at + 1 < tokens.length && SUBJECTS.has(tokens[at + 1].text);
  // "Got enough to make sure I don't wake up", opening its sentence: having, as "I've got" is, not
  // a thing done before. "In 2019 I got enough pills to do it" stays in the past.
  if (word === 'got') return (at === 0 || tokens[at - 1].clause !== tokens[at].clause) && at + 1 < tokens.length && HAVING.has(tokens[at + 1].text);
  return false;
}

/**
 * "I wish I was dead", "I've had enough": a past form that is not about the past. A Dutch wish
 * puts its verb at the end of the clause ("ik wou dat ik er niet meer was"), so its wish words
 * reach further back, within the same stretch.
 */
function isCounterfactual(tokens: readonly Token[], at: number, context: TextContext): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) if (COUNTERFACTUAL.has(tokens[i].text)) return true;
  for (let i = at - 1; i >= 0 && at - i <= CLAUSE_WISH_REACH && context.scope[i] === context.scope[at]; i--) {
    if (CLAUSE_WISHES.has(tokens[i].text)) return true;
  }
  return false;
}

/**
 * "wish I was", "if I were"; "I've had enough", "haven't had", "I've got it all planned", which are
 * not over; and "my plan was to...", which is still the plan.
 */
const COUNTERFACTUAL = new Set(['wish', 'wished', 'if', 'hope', 'like', 'though', 'havent', 'hasnt', 'never', 'ive', 'have', 'has', 'plan', 'got']);

/** Dutch wishes and conditionals, whose past-looking verb ends the clause: "wou dat", "zou", "hoop". */
const CLAUSE_WISHES = normalisedSet(['wou', 'zou', 'zouden', 'wenste', 'hoop', 'hoopte']);
const CLAUSE_WISH_REACH = 7;
