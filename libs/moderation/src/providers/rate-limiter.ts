import { type AbortSignalLike, startTimer } from './platform';
import { ProviderError } from './provider-error';

export interface RateLimiter {
  /** Runs `task` when the quota allows; rejects if the queue is full or `signal` aborts first. */
  schedule<T>(task: () => Promise<T>, signal?: AbortSignalLike): Promise<T>;
  /** Tasks waiting for their turn. */
  readonly waiting: number;
}

export interface RateLimiterOptions {
  /** Least time between two task starts: 1000 for a 1 QPS quota. */
  readonly minIntervalMs: number;
  /** Tasks allowed to wait; more are refused at once rather than piling up behind the quota. */
  readonly maxWaiting?: number;
  readonly now?: () => number;
}

interface Waiter {
  readonly start: () => void;
  readonly signal?: AbortSignalLike;
  readonly onAbort: () => void;
}

/**
 * Spaces task starts at least `minIntervalMs` apart, in arrival order. A waiting task whose
 * signal aborts leaves the queue at once and gives its turn to the next one, so a burst of
 * timed-out requests does not push every later request past its own timeout.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  return new IntervalRateLimiter(options.minIntervalMs, options.maxWaiting ?? 100, options.now ?? Date.now);
}

class IntervalRateLimiter implements RateLimiter {
  private readonly queue: Waiter[] = [];
  private lastStart = Number.NEGATIVE_INFINITY;
  private timer: unknown;

  constructor(
    private readonly minIntervalMs: number,
    private readonly maxWaiting: number,
    private readonly now: () => number,
  ) {}

  get waiting(): number {
    return this.queue.length;
  }

  schedule<T>(task: () => Promise<T>, signal?: AbortSignalLike): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new ProviderError('PROVIDER_ABORTED', 'The request was cancelled before it started.'));
        return;
      }
      if (this.queue.length >= this.maxWaiting) {
        reject(new ProviderError('PROVIDER_QUEUE_FULL', 'Too many requests are waiting for the provider quota.'));
        return;
      }
      const waiter: Waiter = {
        signal,
        start: () => {
          task().then(resolve, reject);
        },
        onAbort: () => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(new ProviderError('PROVIDER_ABORTED', 'The request was cancelled while waiting for the quota.'));
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  private pump(): void {
    if (this.timer !== undefined || this.queue.length === 0) return;
    const wait = this.lastStart + this.minIntervalMs - this.now();
    if (wait > 0) {
      this.timer = startTimer(() => {
        this.timer = undefined;
        this.pump();
      }, wait);
      return;
    }
    const next = this.queue.shift();
    if (!next) return;
    next.signal?.removeEventListener('abort', next.onAbort);
    this.lastStart = this.now();
    next.start();
    this.pump();
  }
}
