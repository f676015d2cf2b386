import { Injectable } from '@nestjs/common';
import type { ErrorBody } from '@lantern/contracts';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimitService } from './rate-limit.service';

/** Enough for a flood from many sources at once; expired entries are dropped first. */
const MAX_ENTRIES = 50_000;

/** A person does not write faster than this: one request per source and path in each such span still goes through. */
export const PASS_EVERY_MS = 2_000;

interface Refusal {
  readonly until: number;
  readonly body: ErrorBody;
  /** When a request from this source last went through to the api. */
  passedAt: number;
}

/**
 * Answers a flood before it costs anything. When the rate limiter refuses a request, the same
 * request (method and path) from the same source (its bearer token, or the keyed hash of its
 * address when it has none) is refused again by this gate, in front of the body parser,
 * authentication and the whole Nest pipeline, until the limiter's own retry-after ends.
 *
 * The limiter stays the authority: the gate only repeats a refusal the limiter already gave, for
 * exactly that request, and never for longer. Each api node learns on its own.
 *
 * A person is not a flood: one request per source and path every PASS_EVERY_MS still goes through
 * to the limiter and the handler, which refuses it again and hears what it carries. Someone in
 * pain writing reply after reply past the posting limit is refused for their pace, and their words
 * still reach the crisis check (WithheldWordsService), as the first refused ones did; a retry of a
 * post already stored is answered with it. The rest of a flood, every request in between, is
 * refused here.
 */
@Injectable()
export class RefusalGate {
  private readonly refused = new Map<string, Refusal>();

  constructor(private readonly limits: RateLimitService) {}

  /** Called with a request the limiter just refused, and the 429's body. */
  remember(request: Request, body: ErrorBody, retryAfterSeconds: number): void {
    if (this.refused.size >= MAX_ENTRIES) this.prune();
    if (this.refused.size >= MAX_ENTRIES) return;
    const now = Date.now();
    this.refused.set(this.keyOf(request), { until: now + retryAfterSeconds * 1000, body, passedAt: now });
  }

  middleware(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      if (this.refused.size === 0) return next();
      const key = this.keyOf(request);
      const refusal = this.refused.get(key);
      if (!refusal) return next();
      const now = Date.now();
      const wait = refusal.until - now;
      if (wait <= 0) {
        this.refused.delete(key);
        return next();
      }
      if (now - refusal.passedAt >= PASS_EVERY_MS) {
        refusal.passedAt = now;
        return next();
      }
      const retryAfterSeconds = Math.ceil(wait / 1000);
      response.setHeader('Retry-After', String(retryAfterSeconds));
      response.status(429).json({ error: { ...refusal.body.error, details: { ...(refusal.body.error.details as object), retryAfterSeconds } } });
    };
  }

  private keyOf(request: Request): string {
    const header = request.headers.authorization;
    const source = typeof header === 'string' && header.length > 0 ? `token:${header}` : `ip:${this.limits.ipHash(request.ip)}`;
    return `${request.method} ${request.path} ${source}`;
  }

  private prune(): void {
    const now = Date.now();
    for (const [key, refusal] of this.refused) if (refusal.until <= now) this.refused.delete(key);
  }
}
