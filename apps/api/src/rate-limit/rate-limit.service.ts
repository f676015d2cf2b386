import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { TimeoutError, withTimeout, type NodeRedisClient } from '@lantern/queue';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { createHmac } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ApiException } from '../http/api-exception';
import { REDIS_CLIENT } from '../infra/infra.tokens';

export interface RatePolicy {
  /** Distinct name; becomes part of the Redis key. */
  name: string;
  points: number;
  durationSeconds: number;
  /** After running out, wait this long (back-off) instead of the rest of the window. */
  blockSeconds?: number;
  /** The sentence in the 429. */
  message: string;
  /**
   * The key is the caller itself (its address, or its member id), so once refused the same
   * request from the same caller may be refused at the door (RefusalGate). Not for keys read from
   * the body, such as the pseudonym a sign-in is for.
   */
  bySource?: boolean;
}

/** A 429 from the rate limiter, saying whether it may be repeated at the door. */
export class RateLimitedException extends ApiException {
  constructor(
    message: string,
    retryAfterSeconds: number,
    readonly bySource: boolean,
  ) {
    super(HttpStatus.TOO_MANY_REQUESTS, 'RATE_LIMITED', message, { retryAfterSeconds });
  }
}

/** How long a count is awaited from Redis before this node's memory answers instead. */
export const RATE_STORE_ANSWER_MS = 1_000;

/**
 * Rate limits shared by every api node, counted in Redis (rate-limiter-flexible). If Redis is
 * away, or connected but not answering within RATE_STORE_ANSWER_MS, an in-memory limiter per node
 * takes over rather than letting floods through, refusing everyone or keeping a member waiting.
 * IP addresses never reach Redis or the logs: keys use an HMAC of the IP with a server secret,
 * which expires with the window.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters = new Map<string, { shared: RateLimiterRedis; local: RateLimiterMemory }>();
  /** Redis answers still awaited past their bound. */
  private overdue = 0;
  private readonly prefix: string;
  private readonly ipKey: string;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: NodeRedisClient,
    @Inject(SERVER_ENV) env: ServerEnv,
  ) {
    this.prefix = `${env.QUEUE_PREFIX}:rate`;
    this.ipKey = env.JWT_SECRET ?? 'lantern-development-ip-key';
  }

  /**
   * A keyed hash of the IP, never the IP: enough to count a flood, useless to identify anyone. An
   * IPv6 address counts by its /64 (one household or phone is given a whole /64, and could
   * otherwise take a fresh address for every request); an IPv4 one written as IPv6 (::ffff:…)
   * as itself.
   */
  ipHash(ip: string | undefined): string {
    return createHmac('sha256', this.ipKey)
      .update(countedAddress(ip))
      .digest('base64url')
      .slice(0, 22);
  }

  async consume(policy: RatePolicy, key: string, points = 1): Promise<void> {
    try {
      const { shared, local } = this.limiter(policy);
      await this.answered(() => shared.consume(key, points), () => local.consume(key, points));
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        throw new RateLimitedException(`${policy.message} Try again in ${formatWait(retryAfterSeconds)}.`, retryAfterSeconds, policy.bySource === true);
      }
      throw error;
    }
  }

  /** Refuses when the key has already used up its points (a back-off in force), without counting. */
  async check(policy: RatePolicy, key: string): Promise<void> {
    const { shared, local } = this.limiter(policy);
    const state = await this.answered(() => shared.get(key), () => local.get(key)).catch(() => null);
    if (state && state.consumedPoints >= policy.points && state.msBeforeNext > 0) {
      const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      throw new RateLimitedException(`${policy.message} Try again in ${formatWait(retryAfterSeconds)}.`, retryAfterSeconds, policy.bySource === true);
    }
  }

  /**
   * Gives back points a request spent and turned out not to use (a copy of a post that was in
   * flight at the same moment, answered with the first one's). Best effort: a store that cannot be
   * reached keeps the points, which only errs on the strict side.
   */
  async refund(policy: RatePolicy, key: string, points = 1): Promise<void> {
    const { shared, local } = this.limiter(policy);
    await this.answered(() => shared.reward(key, points), () => local.reward(key, points)).catch(() => undefined);
  }

  /** Forgets a key, e.g. failed logins after a successful one. */
  async reset(policy: RatePolicy, key: string): Promise<void> {
    const { shared, local } = this.limiter(policy);
    await this.answered(() => shared.delete(key), () => local.delete(key)).catch(() => undefined);
  }

  private limiter(policy: RatePolicy): { shared: RateLimiterRedis; local: RateLimiterMemory } {
    let limiter = this.limiters.get(policy.name);
    if (!limiter) {
      const options = { keyPrefix: `${this.prefix}:${policy.name}`, points: policy.points, duration: policy.durationSeconds, blockDuration: policy.blockSeconds ?? 0 };
      const local = new RateLimiterMemory(options);
      const shared = new RateLimiterRedis({
        ...options,
        // Once a key is over its limit, refuse it from memory until its window ends: a flood's
        // refusals then cost this node no Redis round trip at all.
        inMemoryBlockOnConsumed: policy.points + 1,
        storeClient: this.redis,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        insuranceLimiter: local,
      });
      limiter = { shared, local };
      this.limiters.set(policy.name, limiter);
    }
    return limiter;
  }

  /**
   * Redis's answer, or, when it has not come within RATE_STORE_ANSWER_MS (Redis connected but
   * stalled), the in-memory limiter's. While an answer is overdue, memory answers at once, so a
   * stalled Redis costs each member one wait, not one per message; a late answer is dropped.
   */
  private async answered<T>(fromRedis: () => Promise<T>, fromMemory: () => Promise<T>): Promise<T> {
    if (this.overdue > 0) return fromMemory();
    const pending = fromRedis();
    try {
      return await withTimeout(pending, RATE_STORE_ANSWER_MS, 'the rate-limit store did not answer in time');
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
    }
    this.overdue += 1;
    const settled = () => (this.overdue -= 1);
    pending.then(settled, settled);
    return fromMemory();
  }
}

/** A wait as a person reads it: "40 s", "12 min", "5 h", "3 days". */
export function formatWait(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Math.ceil(seconds / 3600)} h`;
  return `${Math.ceil(seconds / 86_400)} days`;
}

/** What an address is counted as: an IPv6 address's /64 network, an IPv4 address itself, anything unreadable as itself. */
export function countedAddress(ip: string | undefined): string {
  if (!ip) return 'unknown';
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts;
  return `${parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}
