import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startApi, type ApiHarness } from '../../test/support/api-harness';

describe('HTTP rails: the error shape for bad input', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('rails');
  });
  afterAll(async () => {
    await api?.close();
  });

  const post = (path: string, body: string) =>
    fetch(`${api.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'There is no GET /api/v1/nothing-here in the Lantern API.' },
    });
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await post('/api/v1/anything', '{"title": ');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('MALFORMED_JSON');
  });

  it('refuses a body that is not JSON with 415, and takes a bare POST with no body', async () => {
    for (const [type, body] of [['text/plain', 'hello'], ['application/x-www-form-urlencoded', 'a=1'], ['application/xml', '<a/>']]) {
      const response = await fetch(`${api.baseUrl}/api/v1/auth/register`, { method: 'POST', headers: { 'Content-Type': type }, body });
      expect([type, response.status, (await response.json()).error.code]).toEqual([type, 415, 'UNSUPPORTED_MEDIA_TYPE']);
    }
    const bare = await fetch(`${api.baseUrl}/api/v1/auth/register`, { method: 'POST' });
    expect(bare.status).toBe(201);
  });

  it('answers a body over 256 KB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await post('/api/v1/anything', JSON.stringify({ body: 'x'.repeat(260 * 1024) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers a 1 MB body with 413 and stays up', async () => {
    const response = await post('/api/v1/anything', JSON.stringify({ body: 'x'.repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
    expect((await fetch(`${api.baseUrl}/api/health`)).status).toBe(200);
  });

  it('sends security headers and no x-powered-by', async () => {
    const response = await fetch(`${api.baseUrl}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('gives the app the Content-Security-Policy docker/nginx.conf gives it, but for the two differences the config explains', async () => {
    const policy = (header: string) =>
      new Map(
        header
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([name = '', ...sources]) => [name, sources.join(' ')]),
      );
    const fromApi = policy((await fetch(`${api.baseUrl}/api/health`)).headers.get('content-security-policy') ?? '');
    const nginx = readFileSync(join(__dirname, '../../../../docker/nginx.conf'), 'utf8');
    const fromNginx = policy(/add_header Content-Security-Policy "([^"]+)"/.exec(nginx)?.[1] ?? '');
    // nginx: no page may frame the app at all; no upgrade-insecure-requests (TLS ends in front of it).
    const expected = new Map(fromApi);
    expected.set('frame-ancestors', "'none'");
    expected.delete('upgrade-insecure-requests');
    expect(Object.fromEntries([...fromNginx].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it('lets no API answer be cached: no-store on content and errors alike, and no ETag', async () => {
    for (const path of ['/api/v1/hotlines?region=GB', '/api/v1/nothing-here']) {
      const response = await fetch(`${api.baseUrl}${path}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
    }
  });

  it('keeps a well-formed request id from the caller and replaces a hostile one', async () => {
    const kept = await fetch(`${api.baseUrl}/api/health`, { headers: { 'x-request-id': 'trace-12345678' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-12345678');
    const replaced = await fetch(`${api.baseUrl}/api/health`, { headers: { 'x-request-id': 'bad id <script>alert(1)</script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  /** Writes raw bytes to the api and reads everything it answers until it closes the connection. */
  const raw = (request: string) =>
    new Promise<string>((resolve, reject) => {
      const { port } = new URL(api.baseUrl);
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
  const parsed = (answer: string) => {
    const [head, body] = answer.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), type: /content-type: ([^\r]+)/i.exec(head)?.[1], body: JSON.parse(body) as { error: { code: string; message: string } } };
  };

  it('answers a request Node cannot parse in the error shape, with the status Node would give', async () => {
    const huge = parsed(await raw(`GET /api/health HTTP/1.1\r\nHost: lantern\r\nX-Padding: ${'x'.repeat(20 * 1024)}\r\n\r\n`));
    expect(huge).toEqual({ status: 431, type: 'application/json; charset=utf-8', body: { error: { code: 'HEADERS_TOO_LARGE', message: expect.stringContaining('16 KB') } } });
    const garbage = parsed(await raw('HELLO THERE\r\n\r\n'));
    expect([garbage.status, garbage.body.error.code]).toEqual([400, 'MALFORMED_REQUEST']);
    expect((await fetch(`${api.baseUrl}/api/health`)).status).toBe(200);
  });

  it('answers a path parameter that is not valid percent-encoding with 400 MALFORMED_PATH', async () => {
    for (const path of ['/api/v1/threads/%FF', '/api/v1/rooms/%E0%A4%A/messages', '/api/v1/categories/%/threads']) {
      const response = await fetch(`${api.baseUrl}${path}`);
      const body = await response.json();
      expect([path, response.status, body.error.code]).toEqual([path, 400, 'MALFORMED_PATH']);
    }
  });
});
