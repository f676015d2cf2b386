/**
 * Scoring on the Reddit C-SSRS suicide-risk dataset (M. Gaur et al., "Knowledge-aware Assessment
 * of Severity of Suicide Risk for Early Intervention", The Web Conference 2019; Zenodo DOI
 * 10.5281/zenodo.2667859, CC BY 4.0). Labels are per user; a user counts as flagged when any of
 * their posts is classified as crisis.
 */
export const CSSRS_LABELS = ['Supportive', 'Indicator', 'Ideation', 'Behavior', 'Attempt'] as const;
export type CssrsLabel = (typeof CSSRS_LABELS)[number];
export const CSSRS_AT_RISK: readonly CssrsLabel[] = ['Ideation', 'Behavior', 'Attempt'];

export const CSSRS_CREDIT =
  'Reddit C-SSRS data: M. Gaur et al., "Knowledge-aware Assessment of Severity of Suicide Risk for Early Intervention", ' +
  'The Web Conference 2019, DOI 10.5281/zenodo.2667859, licensed CC BY 4.0.';

export interface CssrsUser {
  readonly id: string;
  readonly label: CssrsLabel;
  readonly posts: readonly string[];
}

export class CssrsLineError extends Error {
  readonly code = 'CSSRS_LINE_INVALID';
}

export function parseCssrsUser(line: string, where: string): CssrsUser {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CssrsLineError(`${where} is not valid JSON.`);
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const label = record.label;
  if (typeof label !== 'string' || !(CSSRS_LABELS as readonly string[]).includes(label)) {
    throw new CssrsLineError(`${where} has an unknown label ${JSON.stringify(label)}.`);
  }
  if (!Array.isArray(record.posts) || !record.posts.every((p) => typeof p === 'string')) {
    throw new CssrsLineError(`${where} has no list of posts.`);
  }
  return { id: String(record.id ?? where), label: label as CssrsLabel, posts: record.posts as string[] };
}

export interface CssrsScore {
  /** Flagged / (Ideation + Behavior + Attempt users). */
  readonly atRiskRecall: number;
  /** Flagged / Supportive users. */
  readonly supportiveFalsePositiveRate: number;
  /** Flagged / Indicator users: neither a hit nor a miss, reported apart. */
  readonly indicatorFlaggedRate: number;
  readonly byLabel: Readonly<Record<CssrsLabel, { readonly users: number; readonly flagged: number }>>;
}

export function scoreCssrs(users: readonly CssrsUser[], isCrisis: (post: string) => boolean): CssrsScore {
  const byLabel = Object.fromEntries(CSSRS_LABELS.map((l) => [l, { users: 0, flagged: 0 }])) as Record<
    CssrsLabel,
    { users: number; flagged: number }
  >;
  for (const user of users) {
    const row = byLabel[user.label];
    row.users++;
    if (user.posts.some(isCrisis)) row.flagged++;
  }
  const rate = (labels: readonly CssrsLabel[]) => {
    const users = labels.reduce((n, l) => n + byLabel[l].users, 0);
    const flagged = labels.reduce((n, l) => n + byLabel[l].flagged, 0);
    return users === 0 ? 0 : flagged / users;
  };
  return {
    atRiskRecall: rate(CSSRS_AT_RISK),
    supportiveFalsePositiveRate: rate(['Supportive']),
    indicatorFlaggedRate: rate(['Indicator']),
    byLabel,
  };
}
