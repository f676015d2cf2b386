import { getAccessToken } from './access-token';
import { isApiError } from './api-error';
import { readRefreshToken } from './refresh-token-storage';
import { sendRequest, type SendRequestInit } from './send-request';
import { refreshSession } from './session';

export { ApiError, CLIENT_ERROR_CODES, isApiError } from './api-error';
export type { ClientErrorCode } from './api-error';
export { DEFAULT_TIMEOUT_MS } from './send-request';

export interface ApiFetchInit<T = unknown> extends SendRequestInit<T> {
  /**
   * After a 401, refresh the session once and repeat the request with the new access token.
   * On by default when the request uses the session's token; the auth endpoints turn it off.
   */
  retryOnUnauthorized?: boolean;
}

/**
 * Calls the Lantern API and returns the parsed JSON body. Every failure is an `ApiError`:
 * the server's own `{ error: { code, message, details } }`, or `NETWORK_ERROR`, `TIMEOUT` or
 * `BAD_RESPONSE` when there is no such body to read. A cancellation through `init.signal` is
 * re-thrown untouched so TanStack Query and other callers recognise it as theirs.
 *
 * Access tokens are short-lived, so a 401 usually means "expired": the client rotates the
 * refresh token (one refresh shared by every request that failed meanwhile) and tries once more.
 */
export async function apiFetch<T>(path: string, init: ApiFetchInit<T> = {}): Promise<T> {
  const { retryOnUnauthorized, ...requestInit } = init;
  const usesSessionToken = requestInit.accessToken === undefined;
  const sentToken = usesSessionToken ? getAccessToken() : requestInit.accessToken;
  try {
    return await sendRequest(path, { ...requestInit, accessToken: sentToken });
  } catch (error) {
    const mayRetry = retryOnUnauthorized ?? usesSessionToken;
    if (!mayRetry || !isApiError(error) || error.status !== 401 || !readRefreshToken()) throw error;
    // Another request may already have rotated the tokens while this one was on its way.
    const current = getAccessToken();
    const freshToken = current && current !== sentToken ? current : await refreshSession({ baseUrl: requestInit.baseUrl });
    if (!freshToken) throw error;
    return sendRequest(path, { ...requestInit, accessToken: freshToken });
  }
}
