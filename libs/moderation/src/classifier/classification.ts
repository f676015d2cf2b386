import type { Category, RiskTier } from '../categories';
import type { Signal } from '../lexicon/signals';

/** A stretch of the original text that contributed to a category. */
export interface Evidence {
  /** UTF-16 offsets into the text given to `classify` (end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly signal: Signal;
  readonly category: Category;
}

export interface Classification {
  /** A human should look: the writer (or someone they know) may be in crisis, or the text harms. */
  readonly flagged: boolean;
  /** Someone may need help now; the writer should be shown how to get it (or give it). */
  readonly crisis: boolean;
  readonly risk: RiskTier;
  readonly categories: readonly Category[];
  /** Every category, 0..1. Categories are reported from 0.5 (crisis details from 0.3). */
  readonly scores: Readonly<Record<Category, number>>;
  readonly evidence: readonly Evidence[];
}
