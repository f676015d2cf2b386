import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clearAccessToken, setAccessToken } from './access-token';
import { apiFetch, ApiError, CLIENT_ERROR_CODES } from './api-client';
import { getReachability, resetReachabilityForTests } from './reachability';
import { parseRetryAfter } from './send-request';

interface SeenRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

const routes: Record<string, Route> = {
  '/api/health': (_req, res) => sendJson(res, 200, { status: 'ok', db: 'up', redis: 'up' }),
  '/api/health-degraded': (_req, res) => sendJson(res, 503, { status: 'degraded', db: 'up', redis: 'down' }),
  '/api/v1/threads': (_req, res) =>
    sendJson(res, 422, {
      error: { code: 'VALIDATION_FAILED', message: 'The title is too short.', details: { field: 'title' } },
    }),
  '/api/v1/echo': (_req, res) => sendJson(res, 201, { ok: true }),
  '/api/v1/limited': (_req, res) => {
    res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '30' });
    res.end(JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Slow down.' } }));
  },
  '/api/v1/no-content': (_req, res) => {
    res.writeHead(204);
    res.end();
  },
  '/api/v1/html': (_req, res) => {
    res.writeHead(502, { 'Content-Type': 'text/html' });
    res.end('<html><body>Bad gateway</body></html>');
  },
  '/api/v1/html-ok': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>Lantern</title>');
  },
  '/api/v1/foreign-error': (_req, res) => sendJson(res, 500, { statusCode: 500, message: 'Internal server error' }),
  '/api/v1/slow': (_req, res) => {
    const timer = setTimeout(() => sendJson(res, 200, { late: true }), 1_000);
    res.on('close', () => clearTimeout(timer));
  },
};

describe('apiFetch', () => {
  let server: Server;
  let baseUrl: string;
  let seen: SeenRequest[];
  // Aborted requests from earlier tests may still land, so look only at the ones a test made.
  const healthRequests = () => seen.filter((request) => request.url === '/api/health');

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        const route = routes[req.url ?? ''];
        if (route) route(req, res);
        else sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Nothing here.' } });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    seen = [];
    clearAccessToken();
  });

  it('returns the parsed JSON body of a 2xx answer', async () => {
    await expect(apiFetch('/api/health', { baseUrl })).resolves.toEqual({ status: 'ok', db: 'up', redis: 'up' });
    expect(healthRequests()[0].headers.accept).toBe('application/json');
  });

  it('sends `json` as a JSON body with the right content type', async () => {
    await expect(apiFetch('/api/v1/echo', { baseUrl, method: 'POST', json: { title: 'Hello' } })).resolves.toEqual({ ok: true });
    const [echo] = seen.filter((request) => request.url === '/api/v1/echo');
    expect(echo).toMatchObject({ method: 'POST', body: '{"title":"Hello"}' });
    expect(echo.headers['content-type']).toBe('application/json');
  });

  it('turns the Lantern error shape into an ApiError with code, message, status and details', async () => {
    const error = await apiFetch('/api/v1/threads', { baseUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'The title is too short.',
      status: 422,
      details: { field: 'title' },
    });
  });

  it('reads Retry-After into retryAfterSeconds', async () => {
    await expect(apiFetch('/api/v1/limited', { baseUrl })).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: 30 });
  });

  it('treats a 503 health report as data when the caller accepts that status', async () => {
    await expect(apiFetch('/api/health-degraded', { baseUrl, acceptStatuses: [503] })).resolves.toEqual({
      status: 'degraded',
      db: 'up',
      redis: 'down',
    });
  });

  it('treats the same 503 as an error when the caller did not accept it', async () => {
    await expect(apiFetch('/api/health-degraded', { baseUrl })).rejects.toMatchObject({
      code: CLIENT_ERROR_CODES.BAD_RESPONSE,
      status: 503,
    });
  });

  it('reports a non-JSON error page as BAD_RESPONSE with its status', async () => {
    const error = await apiFetch('/api/v1/html', { baseUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 502 });
    expect((error as ApiError).message).toMatch(/HTTP 502/);
  });

  it('reports a non-JSON success body as BAD_RESPONSE', async () => {
    await expect(apiFetch('/api/v1/html-ok', { baseUrl })).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  });

  it('reports JSON errors without the Lantern shape as BAD_RESPONSE', async () => {
    await expect(apiFetch('/api/v1/foreign-error', { baseUrl })).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 500 });
  });

  it('returns what `parse` returns for an accepted body', async () => {
    const parse = (body: unknown) => ({ parsed: body });
    await expect(apiFetch('/api/v1/echo', { baseUrl, parse })).resolves.toEqual({ parsed: { ok: true } });
  });

  it('reports a body that `parse` rejects as BAD_RESPONSE with the real status', async () => {
    const parse = (): never => {
      throw new Error('not a health report');
    };
    const error = await apiFetch('/api/health-degraded', { baseUrl, acceptStatuses: [503], parse }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 503 });
    expect((error as ApiError).cause).toEqual(new Error('not a health report'));
  });

  it('returns the body as sent, unparsed, when asked to read it as text', async () => {
    await expect(apiFetch<string>('/api/v1/echo', { baseUrl, readAs: 'text' })).resolves.toBe('{"ok":true}');
    await expect(apiFetch<string>('/api/v1/html-ok', { baseUrl, readAs: 'text' })).resolves.toBe('<!doctype html><title>Lantern</title>');
  });

  it('still reads an error as Lantern\'s JSON when asked for text', async () => {
    await expect(apiFetch<string>('/api/v1/limited', { baseUrl, readAs: 'text' })).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: 30 });
  });

  it('returns undefined for 204 No Content', async () => {
    await expect(apiFetch('/api/v1/no-content', { baseUrl, method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('reports a closed port as NETWORK_ERROR with status 0', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await apiFetch('/api/health', { baseUrl: `http://127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
    expect((error as ApiError).isNetworkFailure).toBe(true);
  });

  it('gives up with TIMEOUT when the server is slower than timeoutMs', async () => {
    await expect(apiFetch('/api/v1/slow', { baseUrl, timeoutMs: 100 })).rejects.toMatchObject({ code: 'TIMEOUT', status: 0 });
  });

  it("re-throws the caller's own cancellation untouched", async () => {
    const controller = new AbortController();
    const pending = apiFetch('/api/v1/slow', { baseUrl, signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('sends the in-memory access token as a bearer token', async () => {
    setAccessToken('token-123');
    await apiFetch('/api/health', { baseUrl });
    expect(healthRequests()[0].headers.authorization).toBe('Bearer token-123');
  });

  it('sends no Authorization header without a token, or when told not to', async () => {
    await apiFetch('/api/health', { baseUrl });
    setAccessToken('token-123');
    await apiFetch('/api/health', { baseUrl, accessToken: null });
    expect(healthRequests().map((request) => request.headers.authorization)).toEqual([undefined, undefined]);
  });

  it('rejects a relative path as a programming error', async () => {
    await expect(apiFetch('api/health', { baseUrl })).rejects.toBeInstanceOf(TypeError);
  });

  describe('tells the page whether Lantern can be reached', () => {
    beforeEach(() => resetReachabilityForTests());

    async function closedPortUrl(): Promise<string> {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      return `http://127.0.0.1:${port}`;
    }

    it('asks for a check after a refused request; the probe decides; the next answer clears it', async () => {
      const down = await closedPortUrl();
      await apiFetch('/api/v1/echo', { baseUrl: down }).catch(() => undefined);
      expect(getReachability()).toBe('checking');
      await apiFetch('/api/health', { baseUrl: down, reachabilityProbe: true }).catch(() => undefined);
      expect(getReachability()).toBe('unreachable');
      await apiFetch('/api/health', { baseUrl });
      expect(getReachability()).toBe('reachable');
    });

    it("counts Lantern's own error body as an answer, and a gateway's error page as none", async () => {
      await apiFetch('/api/v1/html', { baseUrl, reachabilityProbe: true }).catch(() => undefined);
      expect(getReachability()).toBe('unreachable');
      await apiFetch('/api/v1/threads', { baseUrl }).catch(() => undefined);
      expect(getReachability()).toBe('reachable');
    });

    it('counts a timeout as no answer, but not a cancellation', async () => {
      const controller = new AbortController();
      const cancelled = apiFetch('/api/v1/slow', { baseUrl, signal: controller.signal, reachabilityProbe: true }).catch(() => undefined);
      controller.abort();
      await cancelled;
      expect(getReachability()).toBe('reachable');
      await apiFetch('/api/v1/slow', { baseUrl, timeoutMs: 100, reachabilityProbe: true }).catch(() => undefined);
      expect(getReachability()).toBe('unreachable');
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
