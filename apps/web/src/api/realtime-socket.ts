import { io, type Socket } from 'socket.io-client';
import { getAccessToken } from './access-token';
import { refreshSession } from './session';

let shared: Socket | null = null;
let holders = 0;

/** Handshake refusals that a fresh access token answers (one that ran out while the tab was idle, say). */
const TOKEN_REFUSALS = new Set(['TOKEN_EXPIRED', 'TOKEN_INVALID', 'UNAUTHENTICATED', 'SESSION_ENDED']);
/** A refusal this soon after a renewal is not about an old token: wait this long before asking again. */
const RENEW_AGAIN_AFTER_MS = 30_000;
/** When Lantern could not be asked for a new token (offline, the api down): the first wait... */
const RENEW_RETRY_MS = 5_000;
/** ...doubling with every failure up to this. */
const RENEW_RETRY_MAX_MS = 60_000;
/** A handshake refused as too many at once (RATE_LIMITED) or for a moment (SERVICE_UNAVAILABLE) is tried again after the wait it gives, within these bounds. */
const BUSY_RETRY_MIN_MS = 1_000;
const BUSY_RETRY_MAX_MS = 60_000;
/** After the server closed the connection (sessions ended), the wait before connecting again. */
const SERVER_CLOSE_RECONNECT_MS = 1_000;

/**
 * How long to wait before asking for a new token again after `failures` failed renewals in a row:
 * 5 s doubling up to a minute, each wait drawn between half and all of that, so the tabs that lost
 * the api together (a deploy, an outage) do not all come back in the same second.
 */
export function renewRetryDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RENEW_RETRY_MAX_MS, RENEW_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface RealtimeSocketOptions {
  /** Where the server is; the page's own origin when absent. */
  url?: string;
  /** The access token to show at every (re)connect. */
  token: () => string | null;
  /** A fresh access token, or null when there is no session any more (signed out). */
  renew: () => Promise<string | null>;
  /** False once the connection was let go: nothing more is renewed or reopened. */
  wanted: () => boolean;
  /** The wait after failed renewals (tests shorten it); `renewRetryDelay` when absent. */
  retryDelay?: (failures: number) => number;
}

/**
 * A Socket.IO connection that reads the access token at every (re)connect and, when the server
 * refuses the handshake for the token, trades the refresh token for a new one and connects again.
 * Access tokens live 15 minutes and a tab that only chats makes no REST call that would renew
 * it: without this, the first drop after that (a laptop asleep, a train tunnel) left the tab
 * "Reconnecting…" for good, chat and crisis resources alike, because Socket.IO does not retry a
 * handshake the server refused.
 */
export function openRealtimeSocket({ url, token, renew, wanted, retryDelay = renewRetryDelay }: RealtimeSocketOptions): Socket {
  const options = { path: '/socket.io', auth: (callback: (data: object) => void) => callback({ token: token() }), transports: ['websocket'] };
  const socket = url ? io(url, options) : io(options);
  let renewedAt = Number.NEGATIVE_INFINITY;
  let failures = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  /** One thing waits at a time: a renewal, or a reconnect after a refusal as too busy. */
  const later = (ms: number, then: () => void = renewAndConnect) => {
    clearTimeout(pending);
    pending = setTimeout(then, ms);
  };
  const renewAndConnect = () => {
    if (!wanted()) return;
    renewedAt = Date.now();
    renew().then(
      (fresh) => {
        failures = 0;
        if (fresh && wanted() && !socket.connected) socket.connect();
      },
      () => later(retryDelay(++failures)),
    );
  };
  socket.on('connect_error', (error: Error & { data?: { code?: unknown; retryAfterSeconds?: unknown } }) => {
    // A network error leaves the socket active: Socket.IO tries again by itself.
    if (socket.active) return;
    const code = error.data?.code;
    if (code === 'RATE_LIMITED' || code === 'SERVICE_UNAVAILABLE') {
      // This member connected (or did other things) too often in a few seconds, or Lantern could
      // not reach its database for a moment: wait as told, then try again.
      const seconds = Number(error.data?.retryAfterSeconds);
      const wait = Math.min(BUSY_RETRY_MAX_MS, Math.max(BUSY_RETRY_MIN_MS, Number.isFinite(seconds) ? seconds * 1000 : BUSY_RETRY_MIN_MS));
      later(wait, () => {
        if (wanted() && !socket.connected) socket.connect();
      });
      return;
    }
    if (typeof code !== 'string' || !TOKEN_REFUSALS.has(code)) return;
    const sinceRenewal = Date.now() - renewedAt;
    if (sinceRenewal < RENEW_AGAIN_AFTER_MS) later(RENEW_AGAIN_AFTER_MS - sinceRenewal);
    else renewAndConnect();
  });
  socket.on('connect', () => clearTimeout(pending));
  // The server closed the connection: the member's sessions were ended (signed out everywhere, a
  // new passphrase). Socket.IO does not reconnect by itself after that. A moment later, so that the
  // device that set the new passphrase has its new token in hand (the close can overtake the
  // answer), it connects again with the token it has: still signed in, that works; a device whose
  // session ended is refused, asks for a new token as after any refusal, and is signed out.
  socket.on('disconnect', (reason) => {
    if (reason !== 'io server disconnect' || !wanted()) return;
    later(SERVER_CLOSE_RECONNECT_MS, () => {
      if (wanted() && !socket.connected) socket.connect();
    });
  });
  // Let go (the last holder released it, or signed out): a renewal still scheduled is dropped
  // rather than left to fire into nothing (and keep a test process alive).
  socket.io.on('close', () => {
    if (!wanted()) clearTimeout(pending);
  });
  return socket;
}

/**
 * One Socket.IO connection per tab, shared by every feature that listens (crisis resources, the
 * moderators' live queue, chat). Each `acquireSocket` is paired with a `releaseSocket`; the last
 * release closes the connection (on sign-out every holder lets go).
 */
export function acquireSocket(): Socket {
  if (!shared) {
    const socket: Socket = openRealtimeSocket({ token: getAccessToken, renew: () => refreshSession(), wanted: () => shared === socket });
    shared = socket;
  }
  holders++;
  return shared;
}

export function releaseSocket(): void {
  holders = Math.max(0, holders - 1);
  if (holders === 0 && shared) {
    const socket = shared;
    // No longer wanted before it closes, so nothing scheduled for it survives the close.
    shared = null;
    socket.disconnect();
  }
}
