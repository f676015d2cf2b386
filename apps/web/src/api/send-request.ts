import { getAccessToken } from './access-token';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import { noteApiOutcome } from './reachability';

/** Long enough for a slow phone connection, short enough that nobody stares at a spinner forever. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface SendRequestInit<T = unknown> extends Omit<RequestInit, 'body'> {
  /** Serialised as the JSON request body, with `Content-Type: application/json`. */
  json?: unknown;
  /**
   * Non-2xx statuses whose JSON body is data rather than an error. `/api/health` answers 503
   * with a full report when a dependency is down, and the status page wants to show it.
   */
  acceptStatuses?: readonly number[];
  /** Prefix for `path`. Empty (same origin) in the browser; tests point it at a local server. */
  baseUrl?: string;
  /** Give up after this many milliseconds (0 waits forever). */
  timeoutMs?: number;
  /**
   * Bearer token for this request. Defaults to the in-memory access token; pass `null` to send
   * none (e.g. to the auth endpoints).
   */
  accessToken?: string | null;
  /**
   * Checks an accepted body and returns it typed, throwing when it is not the expected shape
   * (e.g. a zod schema's `parse` from @lantern/contracts). A throw becomes BAD_RESPONSE.
   */
  parse?: (body: unknown) => T;
  /**
   * This request decides whether Lantern can be reached (see `reachability.ts`); any other request
   * that gets no answer only asks for such a check.
   */
  reachabilityProbe?: boolean;
  /**
   * `text` returns an accepted body as the exact text the server sent (a file to save, such as
   * the member's data export) instead of parsing it; errors are still read as Lantern's JSON.
   */
  readAs?: 'json' | 'text';
}

interface LanternErrorBody {
  error: { code: string; message: string; details?: unknown };
}

function isLanternErrorBody(body: unknown): body is LanternErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

function buildHeaders<T>(init: SendRequestInit<T>, token: string | null): Headers {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (init.json !== undefined) headers.set('Content-Type', 'application/json');
  if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  return headers;
}

function badResponse(status: number, cause?: unknown): ApiError {
  return new ApiError({
    code: CLIENT_ERROR_CODES.BAD_RESPONSE,
    message: `Lantern sent an answer we couldn't read (HTTP ${status}). Please try again in a moment.`,
    status,
    cause,
  });
}

/** `Retry-After` is either whole seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function parseBody<T>(
  response: Response,
  text: string,
  acceptStatuses: readonly number[],
  parse: ((body: unknown) => T) | undefined,
  readAs: 'json' | 'text',
): T {
  const accepted = response.ok || acceptStatuses.includes(response.status);
  if (accepted && (response.status === 204 || response.status === 205)) return undefined as T;
  if (accepted && readAs === 'text') return text as T;

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw badResponse(response.status, cause);
  }

  if (accepted) {
    if (!parse) return body as T;
    try {
      return parse(body);
    } catch (cause) {
      throw badResponse(response.status, cause);
    }
  }
  if (isLanternErrorBody(body)) {
    const { code, message, details } = body.error;
    const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
    throw new ApiError({ code, message, status: response.status, details, retryAfterSeconds });
  }
  throw badResponse(response.status);
}

/**
 * One HTTP exchange with the Lantern API, without any session handling (`apiFetch` adds the
 * retry after a 401; the session module uses this directly so refreshing never recurses).
 */
export async function sendRequest<T>(path: string, init: SendRequestInit<T> = {}): Promise<T> {
  if (!path.startsWith('/')) throw new TypeError(`apiFetch path must start with "/", got "${path}"`);
  const {
    json,
    acceptStatuses = [],
    baseUrl = '',
    timeoutMs = DEFAULT_TIMEOUT_MS,
    accessToken = getAccessToken(),
    parse,
    reachabilityProbe: probe = false,
    readAs = 'json',
    signal: callerSignal,
    ...requestInit
  } = init;

  // One controller for both the caller's cancellation and our timeout, wired by hand rather
  // than with AbortSignal.any/timeout so older phone browsers behave the same.
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) forwardAbort();
  else callerSignal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        ...requestInit, // `headers` in here is replaced by the merged set below
        headers: buildHeaders(init, accessToken),
        body: json === undefined ? undefined : JSON.stringify(json),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      // A cancellation says nothing about whether Lantern can be reached.
      if (callerSignal?.aborted) throw cause;
      const failure = timedOut
        ? new ApiError({
            code: CLIENT_ERROR_CODES.TIMEOUT,
            message: 'Lantern is taking too long to answer. Please try again.',
            status: 0,
            cause,
          })
        : new ApiError({
            code: CLIENT_ERROR_CODES.NETWORK_ERROR,
            message: "We couldn't reach Lantern. Check your internet connection and try again.",
            status: 0,
            cause,
          });
      noteApiOutcome(failure, { probe });
      throw failure;
    }
    try {
      const result = parseBody(response, text, acceptStatuses, parse, readAs);
      noteApiOutcome(undefined, { probe });
      return result;
    } catch (error) {
      noteApiOutcome(error, { probe });
      throw error;
    }
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}
