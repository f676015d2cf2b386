/**
 * Stores many sends with one statement, without waiting to gather them: a batch leaves at once
 * when a slot is free, and whatever arrives while every slot is busy leaves together in the next
 * batch. An idle room pays nothing; a busy node commits once per batch instead of once per
 * message (on a small machine a commit costs more than the insert it carries).
 *
 * A key (the author) is never in two batches at once, nor twice in one: one author's messages are
 * stored in the order they were sent, and each sees the one before it (slow mode, a resend).
 * A batch that fails because of one of its items (`isItemError`: a constraint, bad data) is retried
 * item by item, so the bad item fails alone; any other failure (the database away) fails the whole
 * batch at once, rather than waiting out a connection timeout per item.
 */
export class SendBatcher<Item, Result> {
  private queue: Array<Pending<Item, Result>> = [];
  private readonly busy = new Set<string>();
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly store: (items: Item[]) => Promise<Result[]>,
    private readonly options: { maxBatch: number; concurrency: number; isItemError: (error: unknown) => boolean },
  ) {}

  submit(key: string, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ key, item, resolve, reject });
      // Sends that resume in the same tick (one Redis reply answering several) leave together.
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => {
          this.scheduled = false;
          this.drain();
        });
      }
    });
  }

  /** Sends waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  private drain(): void {
    while (this.inFlight < this.options.concurrency && this.queue.length > 0) {
      const batch: Array<Pending<Item, Result>> = [];
      const keys = new Set<string>();
      const rest: Array<Pending<Item, Result>> = [];
      for (const pending of this.queue) {
        if (batch.length < this.options.maxBatch && !this.busy.has(pending.key) && !keys.has(pending.key)) {
          batch.push(pending);
          keys.add(pending.key);
        } else {
          rest.push(pending);
        }
      }
      // Everyone waiting has a message in flight already: their turn comes when it lands.
      if (batch.length === 0) return;
      this.queue = rest;
      this.inFlight += 1;
      for (const key of keys) this.busy.add(key);
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        for (const key of keys) this.busy.delete(key);
        this.drain();
      });
    }
  }

  private async run(batch: Array<Pending<Item, Result>>): Promise<void> {
    try {
      const results = await this.store(batch.map((pending) => pending.item));
      batch.forEach((pending, i) => pending.resolve(results[i] as Result));
    } catch (error) {
      if (batch.length === 1 || !this.options.isItemError(error)) {
        for (const pending of batch) pending.reject(error);
        return;
      }
      // One at a time, in order: the same author never has two in flight here either.
      for (const pending of batch) {
        try {
          const [result] = await this.store([pending.item]);
          pending.resolve(result as Result);
        } catch (itemError) {
          pending.reject(itemError);
        }
      }
    }
  }
}

interface Pending<Item, Result> {
  key: string;
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}
