import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import { createDataSource } from '@lantern/db';
import { testServerUrl } from '@lantern/db/testing';
import { apiLogOptions } from './logging.module';

/** Where the log goes instead of stdout: the text, as an operator's log store would receive it. */
class LogSink extends Writable {
  text = '';

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }

  lines(): Array<Record<string, unknown>> {
    return this.text
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("what the api writes to its log (the api's pino options, real HTTP, real PostgreSQL errors)", () => {
  it('keeps a request id, method, path and status: no address, user agent, token, cookie or search words', async () => {
    const sink = new LogSink();
    const logRequest = pinoHttp(apiLogOptions({ LOG_LEVEL: 'info' }), sink);
    const server = createServer((request, response) => {
      logRequest(request, response);
      response.statusCode = 200;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/api/v1/search?q=end%20it%20tonight`, {
        headers: {
          'X-Forwarded-For': '203.0.113.77',
          'X-Real-IP': '203.0.113.77',
          'User-Agent': 'Mozilla/5.0 (LogProbe) TestAgent/1.0',
          Authorization: 'Bearer access-token-zqxv',
          Cookie: 'lantern=cookie-kwpm',
        },
      });
      expect(answer.status).toBe(200);
      await until(() => sink.text.includes('request completed'), 'the request line');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const [line] = sink.lines();
    expect(line.req).toEqual({ id: expect.any(String), method: 'GET', path: '/api/v1/search' });
    expect(line.res).toEqual({ statusCode: 200 });
    for (const kept of ['203.0.113.77', '127.0.0.1', 'LogProbe', 'access-token-zqxv', 'cookie-kwpm', 'tonight']) {
      expect([kept, sink.text.includes(kept)]).toEqual([kept, false]);
    }
  });

  it("logs a failed statement's error by kind, message, code and constraint, never the words, row or key it was given", async () => {
    const words = 'I cannot keep going, tonight is the night';
    const tokenHash = 'refresh-hash-9f3c2a';
    const dataSource = createDataSource({ url: testServerUrl(), poolSize: 1, applicationName: 'lantern-test-logging' });
    await dataSource.initialize();
    const failures: unknown[] = [];
    try {
      // One connection: the temporary table lives as long as it does.
      await dataSource.query(`CREATE TEMP TABLE log_probe (body text CHECK (length(body) < 10), token text UNIQUE)`);
      // A check that fails quotes the whole row in `detail`; a duplicate key quotes the key.
      await dataSource.query(`INSERT INTO log_probe (body, token) VALUES ($1, $2)`, [words, tokenHash]).catch((error: unknown) => failures.push(error));
      await dataSource.query(`INSERT INTO log_probe (body, token) VALUES ('short', $1)`, [tokenHash]);
      await dataSource.query(`INSERT INTO log_probe (body, token) VALUES ('short', $1)`, [tokenHash]).catch((error: unknown) => failures.push(error));
    } finally {
      await dataSource.destroy();
    }
    expect(failures).toHaveLength(2);
    // A real failure's fields, so the test is about what the log keeps, not what a query holds.
    expect(failures[0]).toMatchObject({ parameters: [words, tokenHash], detail: expect.stringContaining(words) });

    const sink = new LogSink();
    // The logger nestjs-pino hands Nest (ApiExceptionFilter, the gateway): the same options.
    const { logger } = pinoHttp(apiLogOptions({ LOG_LEVEL: 'info' }), sink);
    for (const err of failures) logger.error({ context: 'ApiExceptionFilter', err, code: 'INTERNAL_ERROR' }, 'request failed');

    expect(sink.text).not.toContain('cannot keep going');
    expect(sink.text).not.toContain(tokenHash);
    const [check, duplicate] = sink.lines().map((line) => line.err as Record<string, unknown>);
    expect(check).toMatchObject({ type: 'QueryFailedError', code: '23514', constraint: 'log_probe_body_check', table: 'log_probe', message: expect.stringMatching(/violates check constraint/) });
    expect(check.stack).toEqual(expect.stringContaining('QueryFailedError'));
    expect(check.query).toBe('INSERT INTO log_probe (body, token) VALUES ($1, $2)');
    expect(Object.keys(check).sort()).toEqual(['code', 'constraint', 'message', 'query', 'stack', 'table', 'type']);
    expect(duplicate).toMatchObject({ code: '23505', constraint: 'log_probe_token_key' });
  });
});
