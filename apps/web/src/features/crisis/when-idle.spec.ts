import { onlyOnce, whenIdle, type IdleHost } from './when-idle';

/** A window's timers and idle callbacks, run by hand. */
function fakeHost(withIdle: boolean) {
  const idle = new Map<number, { run: () => void; timeout?: number }>();
  const timers = new Map<number, { run: () => void; ms?: number }>();
  let next = 1;
  const host = {
    setTimeout: ((run: () => void, ms?: number) => {
      timers.set(next, { run, ms });
      return next++;
    }) as IdleHost['setTimeout'],
    clearTimeout: ((handle?: number) => void timers.delete(handle ?? 0)) as IdleHost['clearTimeout'],
    ...(withIdle
      ? {
          requestIdleCallback: ((run: () => void, options?: { timeout?: number }) => {
            idle.set(next, { run, timeout: options?.timeout });
            return next++;
          }) as IdleHost['requestIdleCallback'],
          cancelIdleCallback: ((handle: number) => void idle.delete(handle)) as IdleHost['cancelIdleCallback'],
        }
      : {}),
  } satisfies IdleHost;
  return { host, idle, timers };
}

describe('work put off until the tab is idle', () => {
  it('waits for an idle moment, no longer than the time given, and can be called off', () => {
    const { host, idle, timers } = fakeHost(true);
    const runs: string[] = [];
    const cancel = whenIdle(() => runs.push('ran'), 1_000, host);
    expect(timers.size).toBe(0);
    expect([...idle.values()].map((entry) => entry.timeout)).toEqual([1_000]);
    expect(runs).toEqual([]);
    [...idle.values()][0].run();
    expect(runs).toEqual(['ran']);

    whenIdle(() => runs.push('never'), 1_000, host);
    expect(idle.size).toBe(2);
    const cancelSecond = whenIdle(() => runs.push('called off'), 1_000, host);
    cancelSecond();
    expect(idle.size).toBe(2);
    cancel();
    expect(idle.size).toBe(1);
  });

  it('without idle callbacks (Safari), runs after the time given, and can be called off', () => {
    const { host, timers } = fakeHost(false);
    const runs: string[] = [];
    const cancel = whenIdle(() => runs.push('ran'), 2_000, host);
    expect([...timers.values()].map((entry) => entry.ms)).toEqual([2_000]);
    [...timers.values()][0].run();
    expect(runs).toEqual(['ran']);
    const cancelSecond = whenIdle(() => runs.push('called off'), 2_000, host);
    expect(timers.size).toBe(2);
    cancelSecond();
    expect(timers.size).toBe(1);
    cancel();
    expect(timers.size).toBe(0);
  });

  it('does a once-per-tab task only the first time it is asked', () => {
    let runs = 0;
    const ready = onlyOnce(() => runs++);
    expect(ready()).toBe(true);
    expect(ready()).toBe(false);
    expect(ready()).toBe(false);
    expect(runs).toBe(1);
  });
});
