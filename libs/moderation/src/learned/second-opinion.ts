import { decodeBase64 } from './base64';
import { featurise, scoreFeatures } from './features';
import { SECOND_OPINION_MODEL, SECOND_OPINION_WEIGHTS } from './model.generated';

/** The learned model's view of a text; it never decides anything on its own (see README.md). */
export interface SecondOpinion {
  /** Probability-like crisis score in [0, 1]; compare with SECOND_OPINION_THRESHOLDS. */
  readonly score: number;
  /** Version of the model that gave the score (a hash of its weights). */
  readonly model: string;
}

/**
 * T2 flags about 2% of everyday texts held out by set during training, T1 (stricter) about 1%.
 * Chosen by tools/moderation/train-second-opinion.ts; see learned/README.md.
 */
export const SECOND_OPINION_THRESHOLDS: { readonly T1: number; readonly T2: number } = SECOND_OPINION_MODEL.thresholds;

/** Identifies the committed model (`lr-ngram-` and 12 hex digits of a hash of its weights). */
export const SECOND_OPINION_MODEL_ID: string = SECOND_OPINION_MODEL.id;

let weights: Float32Array | null = null;

/** The int8 weights scaled back to floats, decoded once on first use (~1 MB). */
export function modelWeights(): Float32Array {
  if (weights === null) {
    const bytes = decodeBase64(SECOND_OPINION_WEIGHTS);
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (q.length !== 2 ** SECOND_OPINION_MODEL.bits) throw new Error('The second-opinion model has the wrong number of weights.');
    const scaled = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) scaled[i] = q[i] * SECOND_OPINION_MODEL.scale;
    weights = scaled;
  }
  return weights;
}

/**
 * A learned second opinion on whether a text is a crisis: logistic regression over hashed word
 * 1-2-grams and character 3-5-grams. Deterministic, local, tens of microseconds for a short text.
 */
export function secondOpinion(text: string): SecondOpinion {
  const score = scoreFeatures(modelWeights(), SECOND_OPINION_MODEL.bias, featurise(text, SECOND_OPINION_MODEL.bits));
  return { score, model: SECOND_OPINION_MODEL.id };
}
