import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPerspectiveProvider } from './perspective.provider';
import { ProviderError } from './provider-error';
import { createRateLimiter, type RateLimiter } from './rate-limiter';

interface Received {
  readonly url: string;
  readonly body: {
    comment: { text: string };
    requestedAttributes: Record<string, unknown>;
    doNotStore: boolean;
  };
  readonly at: number;
}

/** A stand-in for the Perspective endpoint on 127.0.0.1. */
class FakePerspective {
  readonly received: Received[] = [];
  closedEarly = 0;
  reply: (request: Received, response: ServerResponse) => void = (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        attributeScores: {
          TOXICITY: { summaryScore: { value: 0.91, type: 'PROBABILITY' } },
          INSULT: { summaryScore: { value: 0.88, type: 'PROBABILITY' } },
          THREAT: { summaryScore: { value: 0.05, type: 'PROBABILITY' } },
          IDENTITY_ATTACK: { summaryScore: { value: 0.2, type: 'PROBABILITY' } },
        },
        languages: ['en'],
      }),
    );
  };
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        const received: Received = { url: request.url ?? '', body: JSON.parse(raw) as Received['body'], at: Date.now() };
        this.received.push(received);
        response.on('close', () => {
          if (!response.writableFinished) this.closedEarly++;
        });
        this.reply(received, response);
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1alpha1/comments:analyze`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe('createPerspectiveProvider (against a local stand-in server)', () => {
  let fake: FakePerspective;
  let endpoint: string;

  beforeEach(async () => {
    fake = new FakePerspective();
    endpoint = await fake.start();
  });

  afterEach(async () => {
    await fake.stop();
  });

  const fastLimiter = () => createRateLimiter({ minIntervalMs: 0 });

  it('posts the request the npm client builds, with the key, and maps attributes onto categories', async () => {
    const provider = createPerspectiveProvider({ apiKey: 'k e y', endpoint, limiter: fastLimiter() });
    const result = await provider.score('<b>you absolute clown</b>');
    expect(fake.received).toHaveLength(1);
    const [request] = fake.received;
    expect(request.url).toBe('/v1alpha1/comments:analyze?key=k%20e%20y');
    expect(request.body.comment.text).toBe('you absolute clown'); // the client strips HTML
    expect(request.body.doNotStore).toBe(true);
    expect(Object.keys(request.body.requestedAttributes).sort()).toEqual(
      ['IDENTITY_ATTACK', 'INSULT', 'SEVERE_TOXICITY', 'THREAT', 'TOXICITY'].sort(),
    );
    expect(result).toEqual({
      provider: 'perspective',
      scores: { harassment: 0.88, threat: 0.05, hate: 0.2 },
      attributes: { TOXICITY: 0.91, INSULT: 0.88, THREAT: 0.05, IDENTITY_ATTACK: 0.2 },
    });
  });

  it('does not call the API for text that is empty once HTML is stripped', async () => {
    const provider = createPerspectiveProvider({ apiKey: 'k', endpoint, limiter: fastLimiter() });
    await expect(provider.score('<br/>')).resolves.toEqual({ provider: 'perspective', scores: {}, attributes: {} });
    expect(fake.received).toHaveLength(0);
  });

  it('reports an HTTP error with the message Perspective gave', async () => {
    fake.reply = (_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 400, message: 'Attribute SPAM does not support request languages: de' } }));
    };
    const provider = createPerspectiveProvider({ apiKey: 'k', endpoint, limiter: fastLimiter() });
    const error = await provider.score('hallo').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'PROVIDER_HTTP_ERROR', status: 400 });
    expect((error as Error).message).toMatch(/does not support request languages/);
  });

  it('rejects an answer without scores', async () => {
    fake.reply = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    };
    const provider = createPerspectiveProvider({ apiKey: 'k', endpoint, limiter: fastLimiter() });
    await expect(provider.score('hello')).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
  });

  it('times out a slow answer and closes the request', async () => {
    fake.reply = () => undefined; // never answers
    const provider = createPerspectiveProvider({ apiKey: 'k', endpoint, timeoutMs: 150, limiter: fastLimiter() });
    const started = Date.now();
    await expect(provider.score('hello')).rejects.toMatchObject({ code: 'PROVIDER_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.closedEarly).toBe(1);
  });

  it('cancels when the caller aborts', async () => {
    fake.reply = () => undefined;
    const provider = createPerspectiveProvider({ apiKey: 'k', endpoint, timeoutMs: 5000, limiter: fastLimiter() });
    const controller = new AbortController();
    const pending = provider.score('hello', controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: 'PROVIDER_ABORTED' });
  });

  it('keeps to the quota: requests start at least the interval apart', async () => {
    // The start of each request is what the quota is about; when it reaches the server depends on
    // how busy the machine is, so the starts are read where the adapter makes them.
    const real = createRateLimiter({ minIntervalMs: 120 });
    const starts: number[] = [];
    const limiter: RateLimiter = {
      get waiting() {
        return real.waiting;
      },
      schedule: (task, signal) =>
        real.schedule(() => {
          starts.push(performance.now());
          return task();
        }, signal),
    };
    const provider = createPerspectiveProvider({ apiKey: 'k', endpoint, limiter });
    await Promise.all([provider.score('one'), provider.score('two'), provider.score('three')]);
    expect(fake.received.map((r) => r.body.comment.text)).toEqual(['one', 'two', 'three']);
    expect(starts).toHaveLength(3);
    const gaps = starts.slice(1).map((at, i) => at - starts[i]);
    // The limiter counts in whole milliseconds of Date.now(); a few are left for that rounding.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(115);
  });
});
