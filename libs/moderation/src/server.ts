/**
 * The moderation library's server-only part: outside scorers that call the network, and the
 * learned second opinion (a ~341 KB model, see learned/README.md). Only the worker and the tools
 * import it (`@lantern/moderation/server`); the index, which the web app's bundle reads, never
 * pulls it in (learned/web-entry.spec.ts checks).
 */
export { createPerspectiveProvider, PERSPECTIVE_ENDPOINT, type PerspectiveProviderOptions } from './providers/perspective.provider';
export {
  secondOpinion,
  SECOND_OPINION_MODEL_ID,
  SECOND_OPINION_THRESHOLDS,
  type SecondOpinion,
} from './learned/second-opinion';
export { secondOpinionWords, SECOND_OPINION_WORDS, type SecondOpinionWords } from './learned/second-opinion-words';
export { featurise, FEATURE_BITS, type Features } from './learned/features';
export {
  renderModelModule,
  trainingDataDigest,
  trainingSetsFromFiles,
  trainSecondOpinion,
  TRAINING_SETTINGS,
  type Sha256,
  type TrainedSecondOpinion,
  type TrainingExample,
  type TrainingSet,
} from './learned/train';
