import { CATEGORIES, type Category, isCrisisCategory, type RiskTier, riskRank } from '../categories';
import type { LabelledExample } from './labelled-example';

/** What a classifier (ours or a baseline) predicted for one text. */
export interface Prediction {
  readonly crisis: boolean;
  readonly risk?: RiskTier;
  readonly categories: readonly Category[];
}

export interface LabelScore {
  readonly label: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Texts that carry the label. */
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Labels scored on the repository's set: "crisis", then every category. */
export const EVAL_LABELS: readonly string[] = ['crisis', ...CATEGORIES];

/**
 * Precision, recall and F1 from counts. A ratio with nothing to divide (no predictions, or no
 * positives) is 0, except that a label never expected and never predicted scores 1 throughout.
 */
export function precisionRecallF1(truePositives: number, falsePositives: number, falseNegatives: number) {
  if (truePositives + falsePositives + falseNegatives === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function hasLabel(label: string, value: { crisis: boolean; categories: readonly string[] }): boolean {
  return label === 'crisis' ? value.crisis : value.categories.includes(label);
}

/**
 * Scores predictions against examples, one row per label. Fine crisis categories are scored only
 * on examples where they were labelled (see LabelledExample.crisisDetail).
 */
export function scoreLabels(
  examples: readonly LabelledExample[],
  predictions: readonly Prediction[],
  labels: readonly string[] = EVAL_LABELS,
): LabelScore[] {
  if (examples.length !== predictions.length) throw new RangeError('Every example needs exactly one prediction.');
  return labels.map((label) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const detail = isCrisisCategory(label) && label !== 'concern_for_other';
    examples.forEach((example, i) => {
      if (detail && !example.crisisDetail) return;
      const expected = hasLabel(label, example);
      const predicted = hasLabel(label, predictions[i]);
      if (expected && predicted) truePositives++;
      else if (predicted) falsePositives++;
      else if (expected) falseNegatives++;
    });
    return {
      label,
      truePositives,
      falsePositives,
      falseNegatives,
      support: truePositives + falseNegatives,
      ...precisionRecallF1(truePositives, falsePositives, falseNegatives),
    };
  });
}

export interface GroupRate {
  readonly group: string;
  readonly texts: number;
  /** Texts whose crisis prediction disagrees with the label. */
  readonly crisisErrors: number;
  readonly crisisErrorRate: number;
}

/** Crisis errors per group: for non-crisis groups this is the false-positive rate. */
export function crisisErrorsByGroup(examples: readonly LabelledExample[], predictions: readonly Prediction[]): GroupRate[] {
  const groups = new Map<string, { texts: number; errors: number }>();
  examples.forEach((example, i) => {
    const entry = groups.get(example.group) ?? { texts: 0, errors: 0 };
    entry.texts++;
    if (predictions[i].crisis !== example.crisis) entry.errors++;
    groups.set(example.group, entry);
  });
  return [...groups].map(([group, { texts, errors }]) => ({
    group,
    texts,
    crisisErrors: errors,
    crisisErrorRate: texts === 0 ? 0 : errors / texts,
  }));
}

/** False-positive rate of the crisis label over every example labelled not in crisis. */
export function crisisFalsePositiveRate(examples: readonly LabelledExample[], predictions: readonly Prediction[]): number {
  let negatives = 0;
  let falsePositives = 0;
  examples.forEach((example, i) => {
    if (example.crisis) return;
    negatives++;
    if (predictions[i].crisis) falsePositives++;
  });
  return negatives === 0 ? 0 : falsePositives / negatives;
}

/** How often the predicted tier is exactly the labelled one, and within one step of it. */
export function riskAgreement(examples: readonly LabelledExample[], predictions: readonly Prediction[]) {
  let rated = 0;
  let exact = 0;
  let withinOne = 0;
  examples.forEach((example, i) => {
    const predicted = predictions[i].risk;
    if (!example.crisis || example.risk === undefined || predicted === undefined) return;
    rated++;
    const distance = Math.abs(riskRank(example.risk) - riskRank(predicted));
    if (distance === 0) exact++;
    if (distance <= 1) withinOne++;
  });
  return { rated, exact: rated === 0 ? 0 : exact / rated, withinOne: rated === 0 ? 0 : withinOne / rated };
}
