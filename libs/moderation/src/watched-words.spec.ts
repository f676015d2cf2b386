import { applyWatchedWords, compileWatchedWords, WatchedWordError, WatchedWordsCache, type WatchedWord } from './watched-words';

describe('applyWatchedWords', () => {
  it('reports nothing when no word matches', () => {
    expect(applyWatchedWords('hello there', [{ pattern: 'scam', action: 'flag' }])).toEqual({
      action: 'none',
      text: 'hello there',
      matches: [],
    });
  });

  it('matches through the same normalisation as the classifier', () => {
    const result = applyWatchedWords('Total SCAAAM, s c a m', [{ id: 'w1', pattern: 'scam', action: 'flag' }]);
    expect(result.action).toBe('flag');
    expect(result.matches.map((m) => [m.id, m.start, m.end])).toEqual([
      ['w1', 6, 12],
      ['w1', 14, 21],
    ]);
  });

  it('takes the strongest action: block over hold over flag', () => {
    const words = [
      { pattern: 'spam', action: 'flag' },
      { pattern: 'buy now', action: 'hold' },
      { pattern: 'crypto*', action: 'block' },
    ] as const;
    expect(applyWatchedWords('spam', words).action).toBe('flag');
    expect(applyWatchedWords('spam, buy now', words).action).toBe('hold');
    expect(applyWatchedWords('buy now: cryptocurrency', words).action).toBe('block');
  });

  it('replaces matched words in the original text and keeps the rest as written', () => {
    const result = applyWatchedWords('You are a DUMMY, such d u m m y!', [
      { pattern: 'dummy', action: 'replace', replacement: '***' },
    ]);
    expect(result.text).toBe('You are a ***, such ***!');
    expect(result.action).toBe('none');
  });

  it('lets the earlier, longer match win where matches overlap', () => {
    const result = applyWatchedWords('free money now', [
      { pattern: 'money', action: 'replace', replacement: '$' },
      { pattern: 'free money', action: 'replace', replacement: '[removed]' },
    ]);
    expect(result.text).toBe('[removed] now');
    expect(result.matches).toHaveLength(1);
  });

  it('compiles a list once for reuse', () => {
    const list = compileWatchedWords([{ pattern: 'spam', action: 'flag' }]);
    expect(list.apply('spam').action).toBe('flag');
    expect(applyWatchedWords('no', list).action).toBe('none');
  });

  it('rejects invalid entries with a code and the entry number', () => {
    expect(() => compileWatchedWords([{ pattern: 'x', action: 'replace' }])).toThrow(WatchedWordError);
    expect(() => compileWatchedWords([{ pattern: 'ok', action: 'flag' }, { pattern: '(broken', action: 'flag' }])).toThrow(
      /Watched word 2/,
    );
    try {
      compileWatchedWords([{ pattern: '~2', action: 'flag' }]);
    } catch (error) {
      expect(error).toBeInstanceOf(WatchedWordError);
      expect((error as WatchedWordError).code).toBe('WATCHED_WORD_INVALID');
    }
  });
});

describe('WatchedWordsCache', () => {
  /**
   * A cache over a loader whose answers the test hands out one at a time (`calls`), on a clock
   * the test sets (`at`), with "scam" flagged by the first load.
   */
  async function flaggedCache() {
    let clock = 0;
    const calls: Array<{ resolve: (words: WatchedWord[]) => void; reject: (error: Error) => void }> = [];
    const load = () => new Promise<readonly WatchedWord[]>((resolve, reject) => calls.push({ resolve, reject }));
    const cache = new WatchedWordsCache(load, 1_000, () => clock, 200);
    const first = scam(cache);
    expect(calls).toHaveLength(1);
    calls[0].resolve([{ pattern: 'scam', action: 'flag' }]);
    expect(await first).toBe('flag');
    return { cache, calls, at: (ms: number) => (clock = ms) };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  const scam = async (cache: WatchedWordsCache) => (await cache.current()).apply('a scam').action;

  it('waits for the first load, then answers from memory until the interval is over', async () => {
    const { cache, calls, at } = await flaggedCache();
    at(999);
    expect(await scam(cache)).toBe('flag');
    expect(calls).toHaveLength(1);
  });

  it('answers with the old list at once when it is merely old, and with the new one once the reload is back', async () => {
    const { cache, calls, at } = await flaggedCache();
    at(1_500);
    // The reload is in flight and nobody has answered it: the callers do not wait for it.
    expect(await scam(cache)).toBe('flag');
    expect(await scam(cache)).toBe('flag');
    expect(calls).toHaveLength(2);
    calls[1].resolve([{ pattern: 'scam', action: 'block' }]);
    await settle();
    expect(await scam(cache)).toBe('block');
    expect(calls).toHaveLength(2);
  });

  it('waits for the list after this process changed it, even with an older load still in flight', async () => {
    const { cache, calls, at } = await flaggedCache();
    at(1_500);
    await scam(cache); // starts a reload that reads the list as it was
    cache.invalidate();
    const after = scam(cache);
    expect(calls).toHaveLength(3);
    calls[2].resolve([{ pattern: 'scam', action: 'hold' }]);
    expect(await after).toBe('hold');
    // The older read lands last and changes nothing.
    calls[1].resolve([{ pattern: 'scam', action: 'flag' }]);
    await settle();
    expect(await scam(cache)).toBe('hold');
  });

  it('keeps the last good list when a reload fails, and tries again after the retry time, not at every call', async () => {
    const { cache, calls, at } = await flaggedCache();
    at(1_500);
    expect(await scam(cache)).toBe('flag');
    calls[1].reject(new Error('database away'));
    await settle();
    at(1_600);
    expect(await scam(cache)).toBe('flag');
    expect(calls).toHaveLength(2);
    at(1_700);
    expect(await scam(cache)).toBe('flag');
    expect(calls).toHaveLength(3);
  });
});
