import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clearAccessToken, getAccessToken, setAccessToken } from './access-token';
import { apiFetch, ApiError } from './api-client';
import { readRefreshToken, REFRESH_TOKEN_STORAGE_KEY, writeRefreshToken } from './refresh-token-storage';
import {
  establishSession,
  getSessionState,
  onSignOut,
  refreshSession,
  resetSessionForTests,
  restoreSession,
  signOut,
  subscribeToSession,
} from './session';
import { MemoryStorage } from '../testing/memory-storage';

const MEMBER = { id: 'm-1', pseudonym: 'Quiet Otter 42', role: 'member', region: 'US' };

interface SeenRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/**
 * Just enough of the auth API to exercise rotation for real over HTTP: every refresh spends the
 * token it was given and issues a new pair; presenting a spent token revokes the whole family.
 */
class FakeAuthApi {
  seen: SeenRequest[] = [];
  /** Holds refresh answers back, so concurrent callers really overlap. */
  refreshDelayMs = 30;
  private counter = 0;
  private readonly liveRefreshTokens = new Set<string>();
  private readonly spentRefreshTokens = new Set<string>();
  private readonly liveAccessTokens = new Set<string>();

  /** A signed-in session as registration would leave it; returns the pair. */
  issuePair(): { accessToken: string; refreshToken: string } {
    this.counter += 1;
    const pair = { accessToken: `access-${this.counter}`, refreshToken: `refresh-${this.counter}` };
    this.liveAccessTokens.add(pair.accessToken);
    this.liveRefreshTokens.add(pair.refreshToken);
    return pair;
  }

  expireAccessTokens(): void {
    this.liveAccessTokens.clear();
  }

  requestsTo(path: string): SeenRequest[] {
    return this.seen.filter((request) => request.url === path);
  }

  handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    this.seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    switch (`${req.method} ${req.url}`) {
      case 'POST /api/v1/auth/refresh': {
        const { refreshToken } = JSON.parse(body) as { refreshToken: string };
        setTimeout(() => this.refresh(refreshToken, res), this.refreshDelayMs);
        return;
      }
      case 'POST /api/v1/auth/logout': {
        const { refreshToken } = JSON.parse(body) as { refreshToken: string };
        this.liveRefreshTokens.delete(refreshToken);
        res.writeHead(204);
        res.end();
        return;
      }
      case 'GET /api/v1/me':
      case 'POST /api/v1/posts':
        if (bearer && this.liveAccessTokens.has(bearer)) return sendJson(res, 200, MEMBER);
        return sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' } });
      case 'GET /api/v1/slow-me':
        // Looks at the token only after a while, as a slow request on a busy server would.
        setTimeout(() => {
          if (bearer && this.liveAccessTokens.has(bearer)) return sendJson(res, 200, MEMBER);
          sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' } });
        }, 150);
        return;
      case 'GET /api/v1/always-401':
        return sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' } });
      default:
        return sendJson(res, 404, { error: { code: 'ROUTE_NOT_FOUND', message: 'Nothing here.' } });
    }
  }

  private refresh(refreshToken: string, res: ServerResponse): void {
    if (this.spentRefreshTokens.has(refreshToken)) {
      this.liveRefreshTokens.clear(); // one family in this fake: reuse revokes all of it
      return sendJson(res, 401, { error: { code: 'REFRESH_TOKEN_REUSED', message: 'Please sign in again.' } });
    }
    if (!this.liveRefreshTokens.has(refreshToken)) {
      return sendJson(res, 401, { error: { code: 'INVALID_REFRESH_TOKEN', message: 'Please sign in again.' } });
    }
    this.liveRefreshTokens.delete(refreshToken);
    this.spentRefreshTokens.add(refreshToken);
    sendJson(res, 200, { ...this.issuePair(), member: MEMBER });
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

describe('session token rotation', () => {
  let server: Server;
  let baseUrl: string;
  let api: FakeAuthApi;
  let storage: MemoryStorage;

  /** Signs in as registration would: access token in memory, refresh token in storage. */
  function signedIn(): { accessToken: string; refreshToken: string } {
    const pair = api.issuePair();
    setAccessToken(pair.accessToken);
    writeRefreshToken(pair.refreshToken);
    return pair;
  }

  beforeAll(async () => {
    storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => api.handle(req, res, body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    api = new FakeAuthApi();
    storage.clear();
    clearAccessToken();
    resetSessionForTests();
  });

  describe('refreshSession', () => {
    it('trades the stored refresh token for a new pair and signs the member in', async () => {
      const { refreshToken } = signedIn();
      clearAccessToken(); // a page load: only the stored refresh token survives

      await expect(refreshSession({ baseUrl })).resolves.toBe('access-2');

      expect(getAccessToken()).toBe('access-2');
      expect(readRefreshToken()).toBe('refresh-2');
      expect(storage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBe('refresh-2');
      expect(getSessionState()).toEqual({ status: 'signed-in', member: MEMBER });
      const [refresh] = api.requestsTo('/api/v1/auth/refresh');
      expect(JSON.parse(refresh.body)).toEqual({ refreshToken });
      expect(refresh.authorization).toBeUndefined();
    });

    it('is single-flight: concurrent callers share one refresh, so a token is never spent twice', async () => {
      signedIn();
      const results = await Promise.all([1, 2, 3, 4].map(() => refreshSession({ baseUrl })));
      expect(results).toEqual(['access-2', 'access-2', 'access-2', 'access-2']);
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(1);
      expect(readRefreshToken()).toBe('refresh-2');
    });

    it('rotates again on the next call, with the token the last one stored', async () => {
      signedIn();
      await refreshSession({ baseUrl });
      await refreshSession({ baseUrl });
      expect(api.requestsTo('/api/v1/auth/refresh').map((request) => JSON.parse(request.body))).toEqual([
        { refreshToken: 'refresh-1' },
        { refreshToken: 'refresh-2' },
      ]);
      expect(readRefreshToken()).toBe('refresh-3');
    });

    it('signs the member out when the server says the token was reused', async () => {
      signedIn();
      await refreshSession({ baseUrl });
      writeRefreshToken('refresh-1'); // someone replays the spent token

      await expect(refreshSession({ baseUrl })).resolves.toBeNull();

      expect(api.requestsTo('/api/v1/auth/refresh').at(-1)?.body).toBe('{"refreshToken":"refresh-1"}');
      expect(getAccessToken()).toBeNull();
      expect(readRefreshToken()).toBeNull();
      // Ended by Lantern, not by the member here: pages say so, and how to get back.
      expect(getSessionState()).toEqual({ status: 'signed-out', ended: true });
    });

    it('asks nothing and reports signed out when no refresh token is stored', async () => {
      await expect(refreshSession({ baseUrl })).resolves.toBeNull();
      expect(api.seen).toEqual([]);
      expect(getSessionState()).toEqual({ status: 'signed-out' });
    });

    it('keeps the refresh token when Lantern cannot be reached, so a later try can still work', async () => {
      signedIn();
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));

      await expect(refreshSession({ baseUrl: `http://127.0.0.1:${port}` })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
      expect(readRefreshToken()).toBe('refresh-1');
    });
  });

  describe('restoreSession (page load)', () => {
    it('turns a stored refresh token into a signed-in session, telling subscribers', async () => {
      writeRefreshToken(api.issuePair().refreshToken);
      expect(getSessionState()).toEqual({ status: 'restoring' });
      const seenStates: string[] = [];
      subscribeToSession(() => seenStates.push(getSessionState().status));

      await restoreSession({ baseUrl });

      expect(getSessionState()).toEqual({ status: 'signed-in', member: MEMBER });
      expect(seenStates).toEqual(['signed-in']);
    });

    it('survives being called twice at once (React StrictMode runs effects twice)', async () => {
      writeRefreshToken(api.issuePair().refreshToken);
      await Promise.all([restoreSession({ baseUrl }), restoreSession({ baseUrl })]);
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(1);
      expect(getSessionState().status).toBe('signed-in');
    });

    it('reports unreachable, not signed out, when the API does not answer', async () => {
      writeRefreshToken('refresh-somewhere');
      await restoreSession({ baseUrl: 'http://127.0.0.1:1' });
      expect(getSessionState()).toEqual({ status: 'unreachable' });
      expect(readRefreshToken()).toBe('refresh-somewhere');
    });

    it('starts signed out, asking nothing, when no token is stored', async () => {
      await restoreSession({ baseUrl });
      expect(getSessionState()).toEqual({ status: 'signed-out' });
      expect(api.seen).toEqual([]);
    });
  });

  describe('apiFetch after a 401', () => {
    it('rotates the refresh token and repeats the request once with the new access token', async () => {
      signedIn();
      api.expireAccessTokens();

      await expect(apiFetch('/api/v1/me', { baseUrl })).resolves.toEqual(MEMBER);

      expect(api.requestsTo('/api/v1/me').map((request) => request.authorization)).toEqual([
        'Bearer access-1',
        'Bearer access-2',
      ]);
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(1);
      expect(readRefreshToken()).toBe('refresh-2');
    });

    it('repeats the same method and body', async () => {
      signedIn();
      api.expireAccessTokens();
      await apiFetch('/api/v1/posts', { baseUrl, method: 'POST', json: { body: 'hello' } });
      expect(api.requestsTo('/api/v1/posts').map((request) => request.body)).toEqual([
        '{"body":"hello"}',
        '{"body":"hello"}',
      ]);
    });

    it('shares one refresh between concurrent requests that all got 401', async () => {
      signedIn();
      api.expireAccessTokens();

      const results = await Promise.all([1, 2, 3].map(() => apiFetch('/api/v1/me', { baseUrl })));

      expect(results).toEqual([MEMBER, MEMBER, MEMBER]);
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(1);
      const retried = api.requestsTo('/api/v1/me').filter((request) => request.authorization === 'Bearer access-2');
      expect(retried).toHaveLength(3);
    });

    it('uses a token another request already refreshed instead of refreshing again', async () => {
      signedIn();
      // This request leaves with access-1 and is answered only after the rotation below finished.
      const slow = apiFetch('/api/v1/slow-me', { baseUrl });
      api.expireAccessTokens();
      await refreshSession({ baseUrl });

      await expect(slow).resolves.toEqual(MEMBER);
      expect(api.requestsTo('/api/v1/slow-me').map((request) => request.authorization)).toEqual([
        'Bearer access-1',
        'Bearer access-2',
      ]);
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(1);
    });

    it('retries only once: a second 401 reaches the caller', async () => {
      signedIn();
      const error = await apiFetch('/api/v1/always-401', { baseUrl }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(api.requestsTo('/api/v1/always-401')).toHaveLength(2);
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(1);
    });

    it('passes the 401 on without refreshing when no session is stored', async () => {
      await expect(apiFetch('/api/v1/me', { baseUrl })).rejects.toMatchObject({ status: 401 });
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(0);
    });

    it('passes the 401 on and signs out when the refresh token was already revoked', async () => {
      signedIn();
      api.expireAccessTokens();
      writeRefreshToken('refresh-unknown');
      await expect(apiFetch('/api/v1/me', { baseUrl })).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(getSessionState()).toEqual({ status: 'signed-out', ended: true });
      expect(getAccessToken()).toBeNull();
    });

    it('does not refresh for requests that carry their own token or opt out', async () => {
      signedIn();
      api.expireAccessTokens();
      await expect(apiFetch('/api/v1/me', { baseUrl, accessToken: null })).rejects.toMatchObject({ status: 401 });
      await expect(apiFetch('/api/v1/me', { baseUrl, retryOnUnauthorized: false })).rejects.toMatchObject({ status: 401 });
      expect(api.requestsTo('/api/v1/auth/refresh')).toHaveLength(0);
    });
  });

  describe('signOut', () => {
    it('revokes the current refresh token on the server and forgets the session here', async () => {
      signedIn();
      await signOut({ baseUrl });
      const [logout] = api.requestsTo('/api/v1/auth/logout');
      expect(JSON.parse(logout.body)).toEqual({ refreshToken: 'refresh-1' });
      expect(getAccessToken()).toBeNull();
      expect(readRefreshToken()).toBeNull();
      expect(getSessionState()).toEqual({ status: 'signed-out' });
    });

    it('waits for a refresh under way and revokes the token it produced', async () => {
      signedIn();
      const refreshing = refreshSession({ baseUrl });
      await signOut({ baseUrl });
      await refreshing;
      expect(JSON.parse(api.requestsTo('/api/v1/auth/logout')[0].body)).toEqual({ refreshToken: 'refresh-2' });
      expect(readRefreshToken()).toBeNull();
    });

    it("runs the sign-out cleanups with the member's id, even when one of them fails", async () => {
      const pair = api.issuePair();
      establishSession({ ...pair, member: { id: 'member-7', pseudonym: 'Quiet Otter 7', role: 'member', region: null } });
      const cleaned: string[] = [];
      const offs = [
        onSignOut(() => {
          throw new Error('storage refused');
        }),
        onSignOut((memberId) => cleaned.push(memberId)),
      ];
      await signOut({ baseUrl });
      offs.forEach((off) => off());
      expect(cleaned).toEqual(['member-7']);
      expect(getSessionState()).toEqual({ status: 'signed-out' });
      // Nobody was signed in: nothing to clean.
      const again = onSignOut((memberId) => cleaned.push(memberId));
      await signOut({ baseUrl });
      again();
      expect(cleaned).toEqual(['member-7']);
    });

    it('still signs out here when the server cannot be reached', async () => {
      signedIn();
      await signOut({ baseUrl: 'http://127.0.0.1:1' });
      expect(readRefreshToken()).toBeNull();
      expect(getSessionState()).toEqual({ status: 'signed-out' });
    });
  });
});
