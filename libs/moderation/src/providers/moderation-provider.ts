import type { Category } from '../categories';
import type { AbortSignalLike } from './platform';

/** What an outside scorer says about a text, mapped onto our categories. */
export interface ProviderScores {
  readonly provider: string;
  /** Categories the provider can speak to, 0..1. */
  readonly scores: Partial<Record<Category, number>>;
  /** The provider's own attribute scores, kept for moderators (e.g. Perspective TOXICITY). */
  readonly attributes: Readonly<Record<string, number>>;
}

/**
 * An extra scorer next to the local classifier (a hosted model, a vendor API). Providers are
 * optional and may be slow or gone: the local classifier always decides first and stands alone.
 * `score` must stop work and reject when `signal` (an AbortSignal) aborts.
 */
export interface ModerationProvider {
  readonly name: string;
  score(text: string, signal?: AbortSignalLike): Promise<ProviderScores>;
}
