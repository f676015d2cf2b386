/**
 * A task the worker repeats on a timer (a sweep, a heartbeat): a round now, then one every
 * `everyMs`, one at a time. A round still going when the next is due (Redis or PostgreSQL slow or
 * away) makes that one skip, never queue behind it: a minute of outage would otherwise leave a
 * round per tick waiting, all to run at once when it ends.
 */
export class Rounds {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;

  /** `onError` hears a round that threw (each round should catch its own; this is the backstop). */
  constructor(
    private readonly round: () => Promise<void>,
    private readonly onError: (error: Error) => void,
  ) {}

  /** A round now and one every `everyMs` after; the timer keeps no process alive. */
  start(everyMs: number): void {
    this.soon();
    this.timer = setInterval(() => this.soon(), everyMs).unref();
  }

  /** A round now, unless one is going; answers whether it started. */
  soon(): boolean {
    if (this.current) return false;
    this.current = this.round()
      .catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        this.current = undefined;
      });
    return true;
  }

  /** No more rounds; waits for one going now to end. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }
}
