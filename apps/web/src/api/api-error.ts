/**
 * Codes the client itself raises when there is no Lantern error body to read. Server codes
 * (from `{ "error": { "code": ... } }`) pass through unchanged, so `code` stays a string.
 */
export const CLIENT_ERROR_CODES = {
  /** The request never got an HTTP answer: offline, DNS, refused connection, CORS. */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** An HTTP answer arrived but was not the JSON we expected (e.g. a proxy's HTML error page). */
  BAD_RESPONSE: 'BAD_RESPONSE',
  /** No answer within the time we were willing to wait. */
  TIMEOUT: 'TIMEOUT',
} as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

export interface ApiErrorOptions {
  code: string;
  message: string;
  /** HTTP status, or 0 when no HTTP answer arrived. */
  status: number;
  details?: unknown;
  /** From the `Retry-After` header of a 429 or 503, when the server sent one. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** Every failure from `apiFetch` is one of these, so UI code handles a single shape. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: unknown;
  readonly retryAfterSeconds?: number;

  constructor({ code, message, status, details, retryAfterSeconds, cause }: ApiErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** True when the server was never reached, so retrying later may help. */
  get isNetworkFailure(): boolean {
    return this.code === CLIENT_ERROR_CODES.NETWORK_ERROR || this.code === CLIENT_ERROR_CODES.TIMEOUT;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
