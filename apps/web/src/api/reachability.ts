import { CLIENT_ERROR_CODES, isApiError } from './api-error';

/**
 * Whether Lantern can be reached, so one notice can speak for the whole page instead of every
 * section that failed for the same reason saying so on its own.
 *
 * - `reachable`: the last answer could be read (a Lantern error body counts: the api answered).
 * - `checking`: a request got no answer; one cheap probe (GET /api/health, made by the notice)
 *   decides, so a single unreachable endpoint does not claim all of Lantern is down.
 * - `unreachable`: the probe got no answer either. Any later answer makes it `reachable` again.
 */
export type Reachability = 'reachable' | 'checking' | 'unreachable';

/**
 * True when the failure means Lantern itself could not be reached: no answer (offline, refused,
 * timed out), or a gateway's error page standing in for it (5xx that is not Lantern's JSON).
 */
export function isUnreachableError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.isNetworkFailure) return true;
  return error.code === CLIENT_ERROR_CODES.BAD_RESPONSE && (error.status === 0 || error.status >= 500);
}

let state: Reachability = 'reachable';
const listeners = new Set<() => void>();

export function getReachability(): Reachability {
  return state;
}

export function isApiUnreachable(): boolean {
  return state === 'unreachable';
}

export function subscribeToReachability(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setReachability(next: Reachability): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

/**
 * Called by every request once it knows how it went: no error for an answer it could read.
 * `probe` marks the request that decides (see `checking` above).
 */
export function noteApiOutcome(error?: unknown, { probe = false }: { probe?: boolean } = {}): void {
  if (!isUnreachableError(error)) setReachability('reachable');
  else if (probe) setReachability('unreachable');
  else if (state === 'reachable') setReachability('checking');
}

/** For tests: back to a fresh page load. */
export function resetReachabilityForTests(): void {
  state = 'reachable';
  listeners.clear();
}
