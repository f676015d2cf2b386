/**
 * The access token lives only in memory (never localStorage) so a script injected into the page
 * cannot lift it from storage, and closing the tab forgets it. `session.ts` sets it (sign-in and
 * refresh); the API client reads it.
 */
let accessToken: string | null = null;

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function clearAccessToken(): void {
  accessToken = null;
}
