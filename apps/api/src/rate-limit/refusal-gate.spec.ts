import { errorBody } from '@lantern/contracts';
import type { Request, Response } from 'express';
import type { RateLimitService } from './rate-limit.service';
import { PASS_EVERY_MS, RefusalGate } from './refusal-gate';

const limits = { ipHash: (ip: string | undefined) => `hash-of-${ip}` } as unknown as RateLimitService;

function request(path: string, options: { ip?: string; token?: string; method?: string } = {}): Request {
  return { method: options.method ?? 'POST', path, ip: options.ip ?? '192.0.2.1', headers: options.token ? { authorization: `Bearer ${options.token}` } : {} } as unknown as Request;
}

/** Runs the gate's middleware on a request; says whether it passed it on, and what it answered. */
function through(gate: RefusalGate, req: Request): { passed: boolean; status?: number; retryAfter?: string; body?: unknown } {
  const answer: { passed: boolean; status?: number; retryAfter?: string; body?: unknown } = { passed: false };
  const res = {
    setHeader: (name: string, value: string) => {
      if (name === 'Retry-After') answer.retryAfter = value;
    },
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
    },
  } as unknown as Response;
  gate.middleware()(req, res, () => {
    answer.passed = true;
  });
  return answer;
}

describe('RefusalGate', () => {
  afterEach(() => jest.restoreAllMocks());

  it('repeats a refusal for the same request from the same source until the retry-after ends, and no longer', () => {
    const gate = new RefusalGate(limits);
    const refused = errorBody('RATE_LIMITED', 'Slow down. Try again in 2 s.', { retryAfterSeconds: 2 });
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now);
    expect(through(gate, request('/api/v1/auth/register')).passed).toBe(true);
    gate.remember(request('/api/v1/auth/register'), refused, 2);

    const again = through(gate, request('/api/v1/auth/register'));
    expect(again).toMatchObject({ passed: false, status: 429, retryAfter: '2', body: { error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: 2 } } } });
    // Another address, another path, another method or a signed-in member: not this refusal.
    expect(through(gate, request('/api/v1/auth/register', { ip: '192.0.2.2' })).passed).toBe(true);
    expect(through(gate, request('/api/v1/auth/login')).passed).toBe(true);
    expect(through(gate, request('/api/v1/auth/register', { method: 'GET' })).passed).toBe(true);
    expect(through(gate, request('/api/v1/auth/register', { token: 'abc' })).passed).toBe(true);

    jest.spyOn(Date, 'now').mockReturnValue(now + 1_500);
    expect(through(gate, request('/api/v1/auth/register'))).toMatchObject({ passed: false, retryAfter: '1' });
    jest.spyOn(Date, 'now').mockReturnValue(now + 2_001);
    expect(through(gate, request('/api/v1/auth/register')).passed).toBe(true);
  });

  it('keys a signed-in source by its token, whatever address it comes from', () => {
    const gate = new RefusalGate(limits);
    gate.remember(request('/api/v1/threads/t1/posts', { token: 'flooder' }), errorBody('RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 30 }), 30);
    expect(through(gate, request('/api/v1/threads/t1/posts', { token: 'flooder', ip: '203.0.113.9' })).status).toBe(429);
    expect(through(gate, request('/api/v1/threads/t1/posts', { token: 'neighbour' })).passed).toBe(true);
  });

  it('lets one request per source and path through every couple of seconds, at a person’s pace, and refuses the flood in between', () => {
    const gate = new RefusalGate(limits);
    const now = Date.now();
    const at = (ms: number) => jest.spyOn(Date, 'now').mockReturnValue(now + ms);
    const reply = () => request('/api/v1/threads/t1/posts', { token: 'someone' });
    at(0);
    gate.remember(reply(), errorBody('RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 30 }), 30);
    // A flood: a thousand in the next two seconds, none through.
    let passed = 0;
    for (let i = 0; i < 1_000; i++) {
      at((i * (PASS_EVERY_MS - 1)) / 1_000);
      if (through(gate, reply()).passed) passed++;
    }
    expect(passed).toBe(0);
    // A person sending again a few seconds later reaches the api (which refuses them again, and
    // hears what they wrote); a second try at once does not.
    at(PASS_EVERY_MS + 500);
    expect(through(gate, reply()).passed).toBe(true);
    gate.remember(reply(), errorBody('RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 27 }), 27);
    at(PASS_EVERY_MS + 900);
    expect(through(gate, reply())).toMatchObject({ passed: false, status: 429 });
    at(2 * PASS_EVERY_MS + 600);
    expect(through(gate, reply()).passed).toBe(true);
  });
});
