import { type Category, isHarmCategory } from '../categories';
import type { Classification } from '../classifier/classification';
import type { ModerationProvider } from './moderation-provider';
import { type AbortSignalLike, newAbortController, startTimer, stopTimer } from './platform';
import { ProviderError, type ProviderErrorCode } from './provider-error';

export interface ProviderOutcome {
  readonly provider: string;
  readonly status: 'ok' | 'failed' | 'timed_out';
  readonly scores?: Partial<Record<Category, number>>;
  readonly attributes?: Readonly<Record<string, number>>;
  readonly error?: { readonly code: ProviderErrorCode; readonly message: string };
}

export interface EnrichedClassification extends Classification {
  readonly providers: readonly ProviderOutcome[];
}

export interface WithProvidersOptions {
  /** The most the enrichment may take; providers still running then are cancelled. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignalLike;
}

/** A provider's harm score is trusted from here (its scale is not ours; stay conservative). */
export const PROVIDER_HARM_THRESHOLD = 0.85;

/**
 * Adds outside scorers' opinions to a local classification. Act on the local result first (it
 * is complete and never waits on the network); this resolves within `timeoutMs` whatever the
 * providers do, and never rejects: failures are reported per provider.
 *
 * Providers can raise harm scores and add harm categories, never remove anything, and never add
 * a harm category to a crisis: an outside toxicity model reads "I fucking hate myself" as abuse.
 */
export async function withProviders(
  text: string,
  local: Classification,
  providers: readonly ModerationProvider[],
  options: WithProvidersOptions = {},
): Promise<EnrichedClassification> {
  if (providers.length === 0) return { ...local, providers: [] };
  const timeoutMs = options.timeoutMs ?? 2000;
  const controller = newAbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  let timer: unknown;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = startTimer(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  try {
    const outcomes = await Promise.all(providers.map((p) => outcomeOf(p, text, controller.signal, deadline)));
    return merge(local, outcomes);
  } finally {
    stopTimer(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

async function outcomeOf(
  provider: ModerationProvider,
  text: string,
  signal: AbortSignalLike,
  deadline: Promise<'timeout'>,
): Promise<ProviderOutcome> {
  try {
    const result = await Promise.race([provider.score(text, signal), deadline]);
    if (result === 'timeout') {
      return { provider: provider.name, status: 'timed_out', error: { code: 'PROVIDER_TIMEOUT', message: 'No answer in time.' } };
    }
    return { provider: provider.name, status: 'ok', scores: result.scores, attributes: result.attributes };
  } catch (error) {
    const code = error instanceof ProviderError ? error.code : 'PROVIDER_FAILED';
    const message = error instanceof Error ? error.message : 'The provider failed.';
    const status = code === 'PROVIDER_TIMEOUT' || code === 'PROVIDER_ABORTED' ? 'timed_out' : 'failed';
    return { provider: provider.name, status, error: { code, message } };
  }
}

function merge(local: Classification, outcomes: readonly ProviderOutcome[]): EnrichedClassification {
  const scores: Record<Category, number> = { ...local.scores };
  const categories = new Set<Category>(local.categories);
  for (const outcome of outcomes) {
    for (const [category, score] of Object.entries(outcome.scores ?? {}) as [Category, number][]) {
      if (!isHarmCategory(category) || !Number.isFinite(score)) continue;
      scores[category] = Math.max(scores[category], score);
      if (!local.crisis && score >= PROVIDER_HARM_THRESHOLD) categories.add(category);
    }
  }
  const ordered = (Object.keys(scores) as Category[]).filter((c) => categories.has(c));
  return {
    ...local,
    flagged: local.flagged || ordered.length > local.categories.length,
    categories: ordered,
    scores,
    providers: outcomes,
  };
}
