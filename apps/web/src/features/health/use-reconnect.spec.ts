import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { ApiError, CLIENT_ERROR_CODES } from '../../api/api-error';
import { recoverAfterOutage, retryDelayMs } from './use-reconnect';

describe('retryDelayMs', () => {
  it('tries again soon at first, then settles at every half minute', () => {
    expect([0, 1, 2, 3, 4, 50].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 30_000, 30_000, 30_000]);
  });

  it('treats a nonsense attempt number as the first', () => {
    expect(retryDelayMs(-3)).toBe(5_000);
  });
});

describe('recoverAfterOutage', () => {
  it('reloads only what failed because Lantern could not be reached', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const calls: string[] = [];
    // Each query has an observer, as a mounted component gives it, so it counts as active.
    const observe = (key: string, error: Error) =>
      new QueryObserver(client, {
        queryKey: [key],
        queryFn: async () => {
          calls.push(key);
          throw error;
        },
      }).subscribe(() => undefined);
    const unsubscribers = [
      observe('unreachable', new ApiError({ code: CLIENT_ERROR_CODES.NETWORK_ERROR, message: 'x', status: 0 })),
      observe('refused', new ApiError({ code: 'FORBIDDEN', message: 'x', status: 403 })),
    ];
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(calls.sort()).toEqual(['refused', 'unreachable']);

    calls.length = 0;
    recoverAfterOutage(client);
    await settle();
    expect(calls).toEqual(['unreachable']);
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    client.clear();
  });
});
