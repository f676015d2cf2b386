import { SendBatcher } from './send-batcher';

/** A store whose batches the test lets land one at a time. */
function controlledStore() {
  const batches: Array<{ items: string[]; land: (fail?: Error) => void }> = [];
  const calls: string[][] = [];
  const store = (items: string[]) => {
    calls.push(items);
    return new Promise<string[]>((resolve, reject) => {
      batches.push({ items, land: (fail) => (fail ? reject(fail) : resolve(items.map((item) => `stored ${item}`))) });
    });
  };
  return { store, batches, calls };
}

const isItemError = (error: unknown) => error instanceof Error && error.message.startsWith('violates');

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SendBatcher', () => {
  it('sends at once when idle, and gathers what arrives while every slot is busy into the next batch', async () => {
    const { store, batches } = controlledStore();
    const batcher = new SendBatcher(store, { maxBatch: 50, concurrency: 1, isItemError });
    const first = batcher.submit('ann', 'a1');
    await tick();
    expect(batches.map((b) => b.items)).toEqual([['a1']]);

    const waiting = ['bo', 'cy', 'di'].map((key) => batcher.submit(key, `${key}1`));
    await tick();
    expect(batches).toHaveLength(1);
    expect(batcher.waiting).toBe(3);

    batches[0]?.land();
    await expect(first).resolves.toBe('stored a1');
    await tick();
    expect(batches[1]?.items).toEqual(['bo1', 'cy1', 'di1']);
    batches[1]?.land();
    await expect(Promise.all(waiting)).resolves.toEqual(['stored bo1', 'stored cy1', 'stored di1']);
  });

  it('never puts one author in two batches at once, nor twice in one, and keeps their order', async () => {
    const { store, batches } = controlledStore();
    const batcher = new SendBatcher(store, { maxBatch: 50, concurrency: 2, isItemError });
    const sent = [batcher.submit('ann', 'a1'), batcher.submit('ann', 'a2'), batcher.submit('bo', 'b1'), batcher.submit('ann', 'a3')];
    await tick();
    // Two slots: ann's first with bo's, and nothing else: ann's next waits for her first to land.
    expect(batches.map((b) => b.items)).toEqual([['a1', 'b1']]);
    batches[0]?.land();
    await tick();
    expect(batches[1]?.items).toEqual(['a2']);
    batches[1]?.land();
    await tick();
    expect(batches[2]?.items).toEqual(['a3']);
    batches[2]?.land();
    await expect(Promise.all(sent)).resolves.toEqual(['stored a1', 'stored a2', 'stored b1', 'stored a3']);
  });

  it('caps a batch, and uses every free slot', async () => {
    const { store, batches } = controlledStore();
    const batcher = new SendBatcher(store, { maxBatch: 2, concurrency: 2, isItemError });
    const sent = ['a', 'b', 'c', 'd', 'e'].map((key) => batcher.submit(key, key));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([['a', 'b'], ['c', 'd']]);
    batches[1]?.land();
    await tick();
    expect(batches[2]?.items).toEqual(['e']);
    batches[0]?.land();
    batches[2]?.land();
    await expect(Promise.all(sent)).resolves.toEqual(['stored a', 'stored b', 'stored c', 'stored d', 'stored e']);
  });

  it('retries a failed batch item by item, so only the bad item fails', async () => {
    const stored: string[] = [];
    const batcher = new SendBatcher<string, string>(
      async (items) => {
        if (items.includes('bad')) throw new Error('violates a constraint');
        stored.push(...items);
        return items.map((item) => `ok ${item}`);
      },
      { maxBatch: 50, concurrency: 1, isItemError },
    );
    const results = await Promise.allSettled(['x', 'bad', 'y'].map((item, i) => batcher.submit(`k${i}`, item)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('violates a constraint'));
    expect(stored).toEqual(['x', 'y']);
    // The batcher is free again afterwards.
    await expect(batcher.submit('k9', 'z')).resolves.toBe('ok z');
  });

  it('fails a whole batch at once when the database is away, instead of trying each item', async () => {
    let calls = 0;
    const batcher = new SendBatcher<string, string>(
      async () => {
        calls += 1;
        throw new Error('connect ECONNREFUSED');
      },
      { maxBatch: 50, concurrency: 1, isItemError },
    );
    const results = await Promise.allSettled(['x', 'y', 'z'].map((item, i) => batcher.submit(`k${i}`, item)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toBe(1);
  });

  it('fails a lone item with its own error and carries on', async () => {
    const { store, batches } = controlledStore();
    const batcher = new SendBatcher(store, { maxBatch: 50, concurrency: 1, isItemError });
    const lone = batcher.submit('ann', 'a1');
    await tick();
    batches[0]?.land(new Error('database away'));
    await expect(lone).rejects.toThrow('database away');
    const next = batcher.submit('ann', 'a2');
    await tick();
    batches[1]?.land();
    await expect(next).resolves.toBe('stored a2');
  });
});
