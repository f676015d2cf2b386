/** What whenIdle needs of the window: its idle callbacks where the browser has them (Safari has not), and timers. */
export type IdleHost = Pick<Window, 'setTimeout' | 'clearTimeout'> & Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

/**
 * Runs `task` once the tab is idle, and no later than `timeoutMs` from now; where the browser has
 * no idle callbacks, after `timeoutMs`. Answers a function that cancels it (an effect's cleanup).
 */
export function whenIdle(task: () => void, timeoutMs: number, host: IdleHost = window): () => void {
  const { requestIdleCallback, cancelIdleCallback } = host;
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    const handle = requestIdleCallback.call(host, () => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback.call(host, handle);
  }
  const handle = host.setTimeout(task, timeoutMs);
  return () => host.clearTimeout(handle);
}

/** `task`, run on its first call only: later calls do nothing and answer false. */
export function onlyOnce(task: () => unknown): () => boolean {
  let done = false;
  return () => {
    if (done) return false;
    done = true;
    task();
    return true;
  };
}
