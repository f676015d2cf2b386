import { type Category, isCategory, isCrisisCategory, isRiskTier, type RiskTier } from '../categories';

/** One hand-labelled text of the repository's evaluation set (libs/moderation/data/*.jsonl). */
export interface LabelledExample {
  readonly text: string;
  /** Someone (the writer, or a person they know) may need help now. */
  readonly crisis: boolean;
  /** The categories a moderator expects; anything not listed is expected absent. */
  readonly categories: readonly Category[];
  readonly risk?: RiskTier;
  /** crisis, supportive, figurative, news, concern, recovery, harm, everyday... */
  readonly group: string;
  readonly lang: string;
  /**
   * Whether the fine crisis categories (suicidal_ideation, plan, means...) were labelled. A crisis
   * example labelled only `"crisis": true` is scored on crisis alone.
   */
  readonly crisisDetail: boolean;
}

export class LabelledExampleError extends Error {
  readonly code = 'LABELLED_EXAMPLE_INVALID';
}

/** Reads one JSON line of the labelled set; `where` names it in errors ("file.jsonl:12"). */
export function parseLabelledExample(line: string, where: string): LabelledExample {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new LabelledExampleError(`${where} is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null) throw new LabelledExampleError(`${where} is not an object.`);
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') throw new LabelledExampleError(`${where} has no "text".`);
  if (typeof record.crisis !== 'boolean') throw new LabelledExampleError(`${where} has no boolean "crisis".`);
  const categories = Array.isArray(record.categories) ? record.categories : [];
  for (const category of categories) {
    if (typeof category !== 'string' || !isCategory(category)) {
      throw new LabelledExampleError(`${where} has an unknown category ${JSON.stringify(category)}.`);
    }
  }
  const risk = typeof record.risk === 'string' && isRiskTier(record.risk) ? record.risk : undefined;
  return {
    text: record.text,
    crisis: record.crisis,
    categories: categories as Category[],
    risk,
    group: typeof record.group === 'string' ? record.group : 'unspecified',
    lang: typeof record.lang === 'string' ? record.lang : 'en',
    crisisDetail: !record.crisis || (categories as Category[]).some((c) => isCrisisCategory(c) && c !== 'concern_for_other'),
  };
}
