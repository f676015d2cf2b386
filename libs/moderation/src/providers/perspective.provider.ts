import Perspective from 'perspective-api-client';
import type { HarmCategory } from '../categories';
import type { ModerationProvider, ProviderScores } from './moderation-provider';
import { ProviderError } from './provider-error';
import { createRateLimiter, type RateLimiter } from './rate-limiter';

/**
 * Perspective API (Jigsaw) as an extra harm scorer. Network only: import this file directly in
 * the worker; it is not exported from the library's index, so the browser bundle never pulls it.
 * Perspective shuts down at the end of 2026; the local classifier is the default and stands alone.
 *
 * The npm client builds and validates the request (HTML stripping, the 20 KB limit, doNotStore)
 * and names the errors, but posts with a hard-coded URL and no timeout or cancellation. So the
 * adapter takes the request body from the client and sends it itself with fetch: that is what
 * lets it time out, cancel a request nobody waits for any more, and talk to a stand-in server.
 */
export const PERSPECTIVE_ENDPOINT = 'https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze';

export const PERSPECTIVE_ATTRIBUTES = [
  'TOXICITY',
  'SEVERE_TOXICITY',
  'IDENTITY_ATTACK',
  'INSULT',
  'THREAT',
  'SEXUALLY_EXPLICIT',
  'SPAM',
  'PROFANITY',
] as const;
export type PerspectiveAttribute = (typeof PERSPECTIVE_ATTRIBUTES)[number];

/** How Perspective's attributes read as our categories; TOXICITY and PROFANITY are kept as raw scores only. */
const CATEGORY_OF: Partial<Record<PerspectiveAttribute, HarmCategory>> = {
  SEVERE_TOXICITY: 'harassment',
  INSULT: 'harassment',
  IDENTITY_ATTACK: 'hate',
  THREAT: 'threat',
  SEXUALLY_EXPLICIT: 'sexual',
  SPAM: 'spam',
};

export interface PerspectiveProviderOptions {
  readonly apiKey: string;
  /** Another endpoint (a proxy, or a stand-in server in tests). */
  readonly endpoint?: string;
  /** Production attributes that every Perspective language supports, by default. */
  readonly attributes?: readonly PerspectiveAttribute[];
  readonly timeoutMs?: number;
  /** Perspective's default quota is 1 query per second; share one limiter per API key. */
  readonly limiter?: RateLimiter;
  readonly fetch?: typeof fetch;
}

const DEFAULT_ATTRIBUTES: readonly PerspectiveAttribute[] = ['TOXICITY', 'SEVERE_TOXICITY', 'IDENTITY_ATTACK', 'INSULT', 'THREAT'];

interface AnalyzeResponse {
  readonly attributeScores?: Record<string, { readonly summaryScore?: { readonly value?: unknown } }>;
}

export function createPerspectiveProvider(options: PerspectiveProviderOptions): ModerationProvider {
  const client = new Perspective({ apiKey: options.apiKey });
  const endpoint = options.endpoint ?? PERSPECTIVE_ENDPOINT;
  const attributes = options.attributes ?? DEFAULT_ATTRIBUTES;
  const timeoutMs = options.timeoutMs ?? 3000;
  const limiter = options.limiter ?? createRateLimiter({ minIntervalMs: 1000 });
  const send = options.fetch ?? fetch;
  const url = `${endpoint}?key=${encodeURIComponent(options.apiKey)}`;

  return {
    name: 'perspective',
    async score(text: string, signal?: AbortSignal): Promise<ProviderScores> {
      let body: string;
      try {
        body = JSON.stringify(client.getAnalyzeCommentPayload(text, { attributes, doNotStore: true, truncate: true }));
      } catch (error) {
        if (error instanceof Perspective.TextEmptyError) return { provider: 'perspective', scores: {}, attributes: {} };
        throw error;
      }
      return limiter.schedule(() => post(send, url, body, timeoutMs, signal), signal);
    },
  };
}

async function post(send: typeof fetch, url: string, body: string, timeoutMs: number, signal?: AbortSignal): Promise<ProviderScores> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (timeout.aborted) throw new ProviderError('PROVIDER_TIMEOUT', `Perspective did not answer within ${timeoutMs} ms.`);
    if (signal?.aborted) throw new ProviderError('PROVIDER_ABORTED', 'The Perspective request was cancelled.');
    throw new ProviderError('PROVIDER_FAILED', `Perspective could not be reached: ${error instanceof Error ? error.message : 'unknown error'}.`);
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = errorMessage(payload) ?? `HTTP ${response.status}`;
    throw new ProviderError('PROVIDER_HTTP_ERROR', `Perspective refused the request: ${message}.`, response.status);
  }
  return toScores(payload);
}

function errorMessage(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return undefined;
  const error = payload.error;
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}

function toScores(payload: unknown): ProviderScores {
  const attributeScores = (payload as AnalyzeResponse | undefined)?.attributeScores;
  if (typeof attributeScores !== 'object' || attributeScores === null) {
    throw new ProviderError('PROVIDER_BAD_RESPONSE', 'Perspective answered without attribute scores.');
  }
  const attributes: Record<string, number> = {};
  const scores: Partial<Record<HarmCategory, number>> = {};
  for (const [name, value] of Object.entries(attributeScores)) {
    const score = value?.summaryScore?.value;
    if (typeof score !== 'number' || !Number.isFinite(score)) continue;
    attributes[name] = score;
    const category = CATEGORY_OF[name as PerspectiveAttribute];
    if (category) scores[category] = Math.max(scores[category] ?? 0, score);
  }
  return { provider: 'perspective', scores, attributes };
}
