/** What `withTimeout` rejects with, so a caller can tell "too late" from the promise's own failure. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * Rejects (with a TimeoutError) when the promise has not settled in time. BullMQ waits for a ready connection before
 * sending anything, so without a bound a call made while Redis is away would wait forever.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
