import { ProviderError } from './provider-error';
import { createRateLimiter } from './rate-limiter';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createRateLimiter', () => {
  it('starts the first task at once and spaces the rest by the interval, in order', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 80 });
    const starts: [string, number][] = [];
    const t0 = Date.now();
    const task = (name: string) => () => {
      starts.push([name, Date.now() - t0]);
      return Promise.resolve(name);
    };
    const results = await Promise.all([limiter.schedule(task('a')), limiter.schedule(task('b')), limiter.schedule(task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(starts.map(([name]) => name)).toEqual(['a', 'b', 'c']);
    expect(starts[0][1]).toBeLessThan(40);
    expect(starts[1][1]).toBeGreaterThanOrEqual(70);
    expect(starts[2][1]).toBeGreaterThanOrEqual(150);
  });

  it('passes a task failure through', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 0 });
    await expect(limiter.schedule(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('refuses at once when too many tasks wait', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 150, maxWaiting: 1 });
    const first = limiter.schedule(() => Promise.resolve(1)); // starts now
    const second = limiter.schedule(() => Promise.resolve(2)); // waits its turn
    const refused = await limiter.schedule(() => Promise.resolve(3)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderError);
    expect(refused).toMatchObject({ code: 'PROVIDER_QUEUE_FULL' });
    expect(limiter.waiting).toBe(1);
    await expect(Promise.all([first, second])).resolves.toEqual([1, 2]);
    expect(limiter.waiting).toBe(0);
  });

  it('drops an aborted waiter and gives its turn to the next task', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 100 });
    const ran: string[] = [];
    const run = (name: string) => () => {
      ran.push(name);
      return Promise.resolve(name);
    };
    await limiter.schedule(run('first'));
    const controller = new AbortController();
    const aborted = limiter.schedule(run('aborted'), controller.signal);
    const next = limiter.schedule(run('next'));
    await tick(20);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'PROVIDER_ABORTED' });
    expect(limiter.waiting).toBe(1);
    await expect(next).resolves.toBe('next');
    expect(ran).toEqual(['first', 'next']);
  });

  it('rejects a task whose signal is already aborted without running it', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 0 });
    const task = jest.fn(() => Promise.resolve(1));
    await expect(limiter.schedule(task, AbortSignal.abort())).rejects.toMatchObject({ code: 'PROVIDER_ABORTED' });
    expect(task).not.toHaveBeenCalled();
  });
});
