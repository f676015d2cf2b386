import { browserStorage } from './browser-storage';

/**
 * The refresh token is kept in localStorage so a member stays signed in across reloads and
 * restarts of the browser. It is useless on its own for long: it rotates on every use, and a
 * stolen, already-used one revokes the whole session family on the server.
 *
 * Storage can be missing or throw (private windows, storage disabled, a full quota); then the
 * token lives in memory for this tab only and the member is simply asked to sign in next time.
 */
export const REFRESH_TOKEN_STORAGE_KEY = 'lantern.refreshToken';

/** Used only while storage is unavailable, so a token removed by another tab is not revived. */
let memoryFallback: string | null = null;
let storageFailed = false;

function storage(): Storage | undefined {
  return storageFailed ? undefined : browserStorage('local');
}

export function readRefreshToken(): string | null {
  const store = storage();
  if (!store) return memoryFallback;
  try {
    return store.getItem(REFRESH_TOKEN_STORAGE_KEY);
  } catch {
    return memoryFallback;
  }
}

export function writeRefreshToken(token: string): void {
  memoryFallback = token;
  const store = storage();
  if (!store) return;
  try {
    store.setItem(REFRESH_TOKEN_STORAGE_KEY, token);
  } catch {
    // Quota or privacy mode: the in-memory copy keeps this tab working until it closes.
    storageFailed = true;
  }
}

export function clearRefreshToken(): void {
  memoryFallback = null;
  try {
    storage()?.removeItem(REFRESH_TOKEN_STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
