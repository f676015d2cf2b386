// The worker's repeated tasks (its sweeps and heartbeat): one round at a time, a round due while
// one is going skipped (not queued behind it), and stop waits for the one going.
import { Rounds } from './rounds';

describe('Rounds', () => {
  /** A round that ends when the test says so. */
  function heldRounds() {
    const releases: Array<() => void> = [];
    let started = 0;
    const rounds = new Rounds(
      () =>
        new Promise<void>((resolve) => {
          started += 1;
          releases.push(resolve);
        }),
      () => undefined,
    );
    return { rounds, started: () => started, release: () => releases.shift()?.() };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('skips a round due while one is going, and runs the next one due after it ended', async () => {
    const { rounds, started, release } = heldRounds();
    expect(rounds.soon()).toBe(true);
    expect([rounds.soon(), rounds.soon(), rounds.soon()]).toEqual([false, false, false]);
    expect(started()).toBe(1);
    release();
    await settle();
    expect(rounds.soon()).toBe(true);
    expect(started()).toBe(2);
    release();
    await rounds.stop();
  });

  it('on a timer: ticks while a round is going add none, and the next tick after it runs one', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'queueMicrotask', 'nextTick'] });
    try {
      const { rounds, started, release } = heldRounds();
      rounds.start(1_000);
      expect(started()).toBe(1);
      jest.advanceTimersByTime(10_000);
      expect(started()).toBe(1);
      release();
      await settle();
      expect(started()).toBe(1);
      jest.advanceTimersByTime(1_000);
      expect(started()).toBe(2);
      release();
      await rounds.stop();
      jest.advanceTimersByTime(10_000);
      expect(started()).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stop waits for the round going, and a round that threw is heard and does not stop the next', async () => {
    let ended = false;
    const heard: string[] = [];
    let fail = true;
    const rounds = new Rounds(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (fail) throw new Error('Redis is away');
        ended = true;
      },
      (error) => heard.push(error.message),
    );
    rounds.soon();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual(['Redis is away']);
    fail = false;
    expect(rounds.soon()).toBe(true);
    await rounds.stop();
    expect(ended).toBe(true);
  });
});
