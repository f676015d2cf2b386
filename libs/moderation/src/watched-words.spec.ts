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
  it('loads once per interval, reloads after it or when invalidated, and keeps the last good list on failure', async () => {
    let clock = 0;
    let loads = 0;
    let fail = false;
    let words: WatchedWord[] = [{ pattern: 'scam', action: 'flag' }];
    const cache = new WatchedWordsCache(
      async () => {
        loads++;
        if (fail) throw new Error('database away');
        return words;
      },
      1_000,
      () => clock,
    );
    expect((await cache.current()).apply('a scam').action).toBe('flag');
    await cache.current();
    expect(loads).toBe(1);
    words = [{ pattern: 'scam', action: 'block' }];
    clock = 1_500;
    expect((await cache.current()).apply('a scam').action).toBe('block');
    expect(loads).toBe(2);
    words = [];
    cache.invalidate();
    expect((await cache.current()).apply('a scam').action).toBe('none');
    fail = true;
    words = [{ pattern: 'scam', action: 'hold' }];
    clock = 5_000;
    expect((await cache.current()).apply('a scam').action).toBe('none');
  });
});
