import { isCrisisCategory, type CrisisCategory, type RiskTier } from './categories';
import { classify } from './classifier/classify';
import { looksDutch, looksFrench, looksSpanish, personOf } from './classifier/word-classes';
import { normalise } from './normalise/normalise';

/** What a report's note says about its writer, when it says they may be in crisis. */
export interface ReporterCrisis {
  readonly risk: RiskTier;
  readonly categories: readonly CrisisCategory[];
}

/**
 * Whether a report's note says that the REPORTER may be in crisis ("I’m reporting this because I
 * feel the same and want to die"), or null. A note is usually about the reported words ("it
 * sounded like a goodbye"), so the classifier's crisis evidence counts only with a first-person
 * word in the same sentence as it; worry about someone else (`concern_for_other`) is what the
 * report itself is for, and never counts here.
 */
export function reporterInCrisis(note: string): ReporterCrisis | null {
  const result = classify(note);
  if (!result.crisis) return null;
  const tokens = normalise(note).tokens;
  const languages = { french: looksFrench(tokens), spanish: looksSpanish(tokens), dutch: looksDutch(tokens) };
  const firstPersonClauses = new Set(tokens.filter((token) => personOf(token.text, languages) === 'self').map((token) => token.clause));
  const categories = new Set<CrisisCategory>();
  for (const span of result.evidence) {
    if (span.category === 'concern_for_other' || !isCrisisCategory(span.category)) continue;
    const clauses = tokens.filter((token) => token.end > span.start && token.start < span.end).map((token) => token.clause);
    if (clauses.some((clause) => firstPersonClauses.has(clause))) categories.add(span.category);
  }
  if (categories.size === 0) return null;
  return { risk: result.risk, categories: [...categories] };
}
