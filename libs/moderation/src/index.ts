// The public API of @lantern/moderation. Pure TypeScript: runs in Node and in the browser.
// The Perspective adapter needs the network and lives apart: import it from
// libs/moderation/src/providers/perspective.provider.
export * from './categories';
export { classify, CATEGORY_THRESHOLD, type ClassifyOptions } from './classifier/classify';
export type { Classification, Evidence } from './classifier/classification';
export { compileLexicon, type CompiledLexicon } from './classifier/compiled-lexicon';
export { classifyJsonLine } from './classify-json-line';
export { normalise, type NormalisedText } from './normalise/normalise';
export type { Token, TokenKind } from './normalise/token';
export {
  LEXICON,
  VOCABULARY,
  SIGNALS,
  phrases,
  type Signal,
  type SignalDefinition,
  type LexiconEntry,
  type EntryOptions,
  type Person,
} from './lexicon';
export { PatternError } from './matching/pattern';
export * from './policy';
export * from './watched-words';
export type { ModerationProvider, ProviderScores } from './providers/moderation-provider';
export type { AbortSignalLike } from './providers/platform';
export { ProviderError, type ProviderErrorCode } from './providers/provider-error';
export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from './providers/rate-limiter';
export {
  withProviders,
  PROVIDER_HARM_THRESHOLD,
  type EnrichedClassification,
  type ProviderOutcome,
  type WithProvidersOptions,
} from './providers/with-providers';
export * from './evaluation';
export { reporterInCrisis, type ReporterCrisis } from './report-note';
export { threadHeading } from './thread-words';
