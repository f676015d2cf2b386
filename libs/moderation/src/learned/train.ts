// Training of the second opinion (server-side and tools only; exported from ../server.ts). Pure
// and deterministic: fixed seed, fixed order (sets sorted by file name, rows in file order), no
// clock, no randomness beyond the seeded shuffle. tools/moderation/train-second-opinion.ts does
// the file I/O; learned/model.spec.ts runs the same code to check the committed model.
import { parseLabelledExample } from '../evaluation/labelled-example';
import { encodeBase64 } from './base64';
import { type Features, FEATURE_BITS, featurise, scoreFeatures } from './features';

// Math's functions held locally: looking them up on the global object each time is many times
// slower inside a vm context (jest), and training calls them millions of times.
const { sqrt, imul, floor, max, min, abs, round } = Math;

export interface TrainingExample {
  readonly text: string;
  readonly crisis: boolean;
  /** everyday, supportive, figurative, crisis...: thresholds are set on the `everyday` group. */
  readonly group: string;
}

export interface TrainingSet {
  /** The data file's name (labelled.en.jsonl). */
  readonly name: string;
  readonly examples: readonly TrainingExample[];
}

/**
 * The labelled data files (name and content, any order) as training sets: sorted by name, rows in
 * file order, blank lines skipped. Throws on a malformed line, as `npm run eval` does.
 */
export function trainingSetsFromFiles(files: readonly { readonly name: string; readonly content: string }[]): TrainingSet[] {
  return [...files]
    .filter((f) => f.name.endsWith('.jsonl'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => ({
      name: f.name,
      examples: f.content
        .split('\n')
        .map((line, i) => ({ line, where: `${f.name}:${i + 1}` }))
        .filter(({ line }) => line.trim().length > 0)
        .map(({ line, where }) => {
          const { text, crisis, group } = parseLabelledExample(line, where);
          return { text, crisis, group };
        }),
    }));
}

/** Hex SHA-256 of a string's UTF-8 bytes (node:crypto in the caller; the library stays pure). */
export type Sha256 = (text: string) => string;

/** The settings the experiment chose (/tmp/learned-exp, quick.js and loso.js). */
export const TRAINING_SETTINGS = {
  bits: FEATURE_BITS,
  epochs: 30,
  learningRate: 0.5,
  l2: 3e-4,
  seed: 1,
  /** Texts of other sets this close (character 5-gram Jaccard) to a held-out text leave training. */
  nearDuplicateJaccard: 0.7,
  /** Share of held-out everyday texts each threshold may flag. */
  everydayRates: { T2: 0.02, T1: 0.01 },
} as const;

export interface LinearModel {
  readonly weights: Float32Array;
  readonly bias: number;
}

/**
 * Logistic regression by AdaGrad with L2 on the touched weights, classes weighted to balance, one
 * seeded shuffle per epoch (the experiment's lib.js trainLR, step for step).
 */
export function trainLogistic(xs: readonly Features[], ys: readonly number[], dim: number): LinearModel {
  const { epochs, learningRate: lr, l2, seed } = TRAINING_SETTINGS;
  const w = new Float32Array(dim);
  const g2 = new Float32Array(dim).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const pos = ys.reduce((a, y) => a + y, 0);
  const neg = ys.length - pos;
  const wPos = ys.length / (2 * max(pos, 1));
  const wNeg = ys.length / (2 * max(neg, 1));
  const order = ys.map((_, i) => i);
  let state = seed;
  const random = () => (state = (imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { indices, value } = xs[i];
      const err = (scoreFeatures(w, b, xs[i]) - ys[i]) * (ys[i] ? wPos : wNeg);
      for (let k = 0; k < indices.length; k++) {
        const j = indices[k];
        const g = err * value + l2 * w[j];
        g2[j] += g * g;
        w[j] -= (lr * g) / sqrt(g2[j]);
      }
      gb2 += err * err;
      b -= (lr * err) / sqrt(gb2);
    }
  }
  return { weights: w, bias: b };
}

function shingles(text: string): Set<string> {
  const padded = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  const out = new Set<string>();
  for (let i = 0; i + 5 <= padded.length; i++) out.add(padded.slice(i, i + 5));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * For each set h, the rows of OTHER sets ("set:row") that nearly repeat one of h's texts
 * (character 5-gram Jaccard >= 0.7): left out of training while h is held out, so a probe set's
 * twins elsewhere do not flatter its held-out score.
 */
export function nearDuplicates(sets: readonly TrainingSet[]): Set<string>[] {
  const grams = sets.map((s) => s.examples.map((e) => shingles(e.text)));
  const out = sets.map(() => new Set<string>());
  const limit = TRAINING_SETTINGS.nearDuplicateJaccard;
  for (let h = 0; h < sets.length; h++) {
    for (let i = h + 1; i < sets.length; i++) {
      grams[h].forEach((a, k) => {
        grams[i].forEach((b, j) => {
          // Jaccard can be no more than the smaller set over the larger.
          if (min(a.size, b.size) < limit * max(a.size, b.size)) return;
          if (jaccard(a, b) >= limit) {
            out[h].add(`${i}:${j}`);
            out[i].add(`${h}:${k}`);
          }
        });
      });
    }
  }
  return out;
}

/** The score flagging at most `rate` of `scores`: the floor(n * rate)-th highest. */
export function thresholdFor(scores: readonly number[], rate: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  return sorted[floor(sorted.length * rate)] ?? 1;
}

export interface HeldOutCounts {
  readonly crisis: number;
  readonly crisisFlagged: number;
  readonly everyday: number;
  readonly everydayFlagged: number;
  readonly nonCrisis: number;
  readonly nonCrisisFlagged: number;
}

export interface TrainedSecondOpinion {
  readonly id: string;
  readonly dataDigest: string;
  readonly examples: number;
  readonly sets: number;
  readonly bits: number;
  readonly bias: number;
  readonly scale: number;
  readonly thresholds: { readonly T1: number; readonly T2: number };
  /** Leave-one-set-out scores at T2: each set scored by a model trained without it (and its twins). */
  readonly heldOutAtT2: HeldOutCounts;
  /** int8 weights, base64. */
  readonly weights: string;
}

/** What the model depends on, in a fixed order; its digest is recorded with the model. */
export function trainingDataDigest(sets: readonly TrainingSet[], sha256: Sha256): string {
  const canonical = JSON.stringify({
    settings: TRAINING_SETTINGS,
    sets: sets.map((s) => [s.name, s.examples.map((e) => [e.text, e.crisis, e.group])]),
  });
  return sha256(canonical);
}

function quantise(weights: Float32Array): { q: Int8Array; scale: number } {
  let largest = 0;
  for (const v of weights) largest = max(largest, abs(v));
  const scale = largest > 0 ? largest / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < q.length; i++) q[i] = round(weights[i] / scale);
  return { q, scale };
}

/**
 * The whole recipe: thresholds from leave-one-set-out scores (each set held out in turn, the
 * model trained on the rest minus near-duplicates of the held-out texts; T2 / T1 = the scores that
 * flag 2% / 1% of the pooled held-out everyday texts), then the shipped model trained on every
 * set and quantised to int8.
 */
export function trainSecondOpinion(sets: readonly TrainingSet[], sha256: Sha256): TrainedSecondOpinion {
  const { bits, everydayRates } = TRAINING_SETTINGS;
  const dim = 2 ** bits;
  const xs = sets.map((s) => s.examples.map((e) => featurise(e.text, bits)));
  const ys = sets.map((s) => s.examples.map((e) => (e.crisis ? 1 : 0)));
  const twins = nearDuplicates(sets);
  const heldOut: { score: number; example: TrainingExample }[] = [];
  for (let h = 0; h < sets.length; h++) {
    const trainX: Features[] = [];
    const trainY: number[] = [];
    sets.forEach((_, i) => {
      if (i === h) return;
      xs[i].forEach((x, j) => {
        if (twins[h].has(`${i}:${j}`)) return;
        trainX.push(x);
        trainY.push(ys[i][j]);
      });
    });
    const model = trainLogistic(trainX, trainY, dim);
    sets[h].examples.forEach((example, j) => heldOut.push({ score: scoreFeatures(model.weights, model.bias, xs[h][j]), example }));
  }
  const everydayScores = heldOut.filter((r) => !r.example.crisis && r.example.group === 'everyday').map((r) => r.score);
  const thresholds = { T1: thresholdFor(everydayScores, everydayRates.T1), T2: thresholdFor(everydayScores, everydayRates.T2) };
  const count = (rows: typeof heldOut) => [rows.length, rows.filter((r) => r.score >= thresholds.T2).length] as const;
  const [crisis, crisisFlagged] = count(heldOut.filter((r) => r.example.crisis));
  const [everyday, everydayFlagged] = count(heldOut.filter((r) => !r.example.crisis && r.example.group === 'everyday'));
  const [nonCrisis, nonCrisisFlagged] = count(heldOut.filter((r) => !r.example.crisis));

  const final = trainLogistic(xs.flat(), ys.flat(), dim);
  const { q, scale } = quantise(final.weights);
  const weights = encodeBase64(new Uint8Array(q.buffer, q.byteOffset, q.byteLength));
  return {
    id: `lr-ngram-${sha256(`${weights}|${final.bias}|${scale}`).slice(0, 12)}`,
    dataDigest: trainingDataDigest(sets, sha256),
    examples: xs.flat().length,
    sets: sets.length,
    bits,
    bias: final.bias,
    scale,
    thresholds,
    heldOutAtT2: { crisis, crisisFlagged, everyday, everydayFlagged, nonCrisis, nonCrisisFlagged },
    weights,
  };
}

/** The text of learned/model.generated.ts. */
export function renderModelModule(model: TrainedSecondOpinion): string {
  const { weights, ...rest } = model;
  return [
    '// Generated by tools/moderation/train-second-opinion.ts from libs/moderation/data/*.jsonl: do not edit.',
    '// Retrain with `npm run train:second-opinion` whenever the data, the featuriser or the training change.',
    '// Server-only (exported from ../server.ts, never from ../index.ts, which the web bundle reads).',
    `export const SECOND_OPINION_MODEL = ${JSON.stringify(rest, null, 2)} as const;`,
    '',
    '/** int8 weights, one per hash bucket, base64; multiply by `scale`. */',
    `export const SECOND_OPINION_WEIGHTS = '${weights}';`,
    '',
  ].join('\n');
}
