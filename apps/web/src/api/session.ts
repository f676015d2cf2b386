import { clearAccessToken, getAccessToken, setAccessToken } from './access-token';
import { isApiError } from './api-error';
import {
  clearRefreshToken,
  readRefreshToken,
  REFRESH_TOKEN_STORAGE_KEY,
  writeRefreshToken,
} from './refresh-token-storage';
import { parseSessionGrant, type SessionGrant, type SessionMember } from './session-grant';
import { sendRequest } from './send-request';

export const REFRESH_PATH = '/api/v1/auth/refresh';
export const LOGOUT_PATH = '/api/v1/auth/logout';

/**
 * - `restoring`: a refresh token is stored and we are trading it for a session.
 * - `unreachable`: a refresh token is stored but Lantern could not be asked; it is kept, so a
 *   later try (or reload) can still sign the member back in.
 */
export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-in'; member: SessionMember }
  /** `ended`: Lantern ended the session, not the member here (signed out everywhere, a passphrase changed on another device). */
  | { status: 'signed-out'; ended?: true }
  | { status: 'unreachable' };

let state: SessionState | null = null;
const listeners = new Set<() => void>();
const signOutCleanups = new Set<(memberId: string) => void>();

/**
 * Registers what must go when a member signs out of this browser (drafts and other words kept
 * locally). Returns the unregister function.
 */
/** Moderators and admins: whoever keeps the community safe (the moderation console, Review, Remove). */
export function isStaff(session: SessionState): boolean {
  return session.status === 'signed-in' && (session.member.role === 'moderator' || session.member.role === 'admin');
}

export function onSignOut(cleanup: (memberId: string) => void): () => void {
  signOutCleanups.add(cleanup);
  return () => signOutCleanups.delete(cleanup);
}

function initialState(): SessionState {
  return readRefreshToken() ? { status: 'restoring' } : { status: 'signed-out' };
}

export function getSessionState(): SessionState {
  state ??= initialState();
  return state;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Keeps a fresh token pair: the access token in memory, the refresh token in storage. */
export function establishSession(grant: SessionGrant): void {
  setAccessToken(grant.accessToken);
  writeRefreshToken(grant.refreshToken);
  setState({ status: 'signed-in', member: grant.member });
}

/**
 * Forgets the session in this tab without telling the server (it has already ended it). `ended`
 * when the server refused the session rather than the member leaving: pages then say so, and how
 * to get back to the words kept on this device, instead of only offering to join.
 */
export function forgetSession(ended = false): void {
  clearAccessToken();
  clearRefreshToken();
  setState(ended ? { status: 'signed-out', ended: true } : { status: 'signed-out' });
}

/** Updates the member shown (e.g. after PATCH /me) without touching the tokens. */
export function updateSessionMember(member: SessionMember): void {
  if (getSessionState().status === 'signed-in') setState({ status: 'signed-in', member });
}

/**
 * Refresh tokens rotate on every use, and using one twice revokes the whole family. Two tabs
 * refreshing at once would do exactly that, so refreshing holds a lock shared by every tab of
 * this origin (Web Locks, where the browser has them) and reads the newest stored token inside
 * it: a tab that waited uses the token the other tab just received, not the spent one.
 */
async function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  return locks.request('lantern-session-refresh', work);
}

/** The server told us the refresh token is no good (spent, revoked, expired, malformed). */
function isDeadRefreshToken(error: unknown): boolean {
  return isApiError(error) && (error.status === 400 || error.status === 401);
}

async function exchangeRefreshToken(baseUrl: string): Promise<string | null> {
  return withCrossTabLock(async () => {
    const refreshToken = readRefreshToken();
    if (!refreshToken) {
      forgetSession();
      return null;
    }
    try {
      const grant = await sendRequest(REFRESH_PATH, {
        baseUrl,
        method: 'POST',
        json: { refreshToken },
        accessToken: null,
        parse: parseSessionGrant,
      });
      establishSession(grant);
      return grant.accessToken;
    } catch (error) {
      if (isDeadRefreshToken(error)) {
        forgetSession(true);
        return null;
      }
      // Offline, a timeout or a server in trouble is not the member's doing: keep the token.
      if (getSessionState().status === 'restoring') setState({ status: 'unreachable' });
      throw error;
    }
  });
}

let inFlight: Promise<string | null> | null = null;

/**
 * Trades the stored refresh token for a new pair and returns the new access token, or null when
 * there is no usable session (the member is then signed out). Single-flight: every caller that
 * asks while a refresh is under way shares it, so one spent token is never sent twice.
 * Rejects with an ApiError when Lantern could not be reached; the stored token is kept then.
 */
export function refreshSession(options: { baseUrl?: string } = {}): Promise<string | null> {
  inFlight ??= exchangeRefreshToken(options.baseUrl ?? '').finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** On page load: a stored refresh token becomes a session. Safe to call more than once. */
export async function restoreSession(options: { baseUrl?: string } = {}): Promise<void> {
  const current = getSessionState().status;
  if (current !== 'restoring' && current !== 'unreachable') return;
  if (current === 'unreachable') setState({ status: 'restoring' });
  try {
    await refreshSession(options);
  } catch {
    // The state now says `unreachable`; the page offers to try again.
  }
}

/**
 * Ends the session on the server (revoking the refresh token's family) and here. The member is
 * signed out locally even when the server cannot be reached: leaving must always work.
 */
export async function signOut(options: { baseUrl?: string } = {}): Promise<void> {
  const current = getSessionState();
  const memberId = current.status === 'signed-in' ? current.member.id : null;
  const refreshToken = readRefreshToken();
  const pending = inFlight;
  if (pending) await pending.catch(() => undefined);
  const latest = readRefreshToken() ?? refreshToken;
  try {
    if (latest) {
      await sendRequest(LOGOUT_PATH, {
        baseUrl: options.baseUrl ?? '',
        method: 'POST',
        json: { refreshToken: latest },
        accessToken: getAccessToken(),
        timeoutMs: 5_000,
      });
    }
  } catch {
    // Already revoked, or unreachable: forgetting it here is what matters to the member.
  } finally {
    forgetSession();
    if (memberId) {
      for (const cleanup of signOutCleanups) {
        try {
          cleanup(memberId);
        } catch {
          // One cleanup failing must not stop the others, nor the sign-out.
        }
      }
    }
  }
}

/**
 * Follows other tabs: when one signs out (the stored token disappears) this one forgets its
 * access token too; when one signs in, this one picks the session up.
 */
export function followSessionAcrossTabs(): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== REFRESH_TOKEN_STORAGE_KEY && event.key !== null) return;
    if (!event.newValue && getSessionState().status !== 'signed-out') {
      clearAccessToken();
      setState({ status: 'signed-out' });
    } else if (event.newValue && getSessionState().status === 'signed-out') {
      setState({ status: 'restoring' });
      void restoreSession();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** For tests: back to a fresh page load. */
export function resetSessionForTests(): void {
  inFlight = null;
  state = null;
  listeners.clear();
}
