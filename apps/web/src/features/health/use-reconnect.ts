import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { getReachability, isApiUnreachable, isUnreachableError, subscribeToReachability } from '../../api/reachability';
import { sendRequest } from '../../api/send-request';
import { getSessionState, restoreSession } from '../../api/session';
import { HEALTH_PATH } from './use-health-query';

/** How long to wait before each try made by itself: soon at first, then every half minute. */
const RETRY_DELAYS_MS = [5_000, 10_000, 20_000, 30_000] as const;

export function retryDelayMs(attempt: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(0, Math.floor(attempt)), RETRY_DELAYS_MS.length - 1)];
}

let asking: Promise<void> | null = null;

/**
 * The cheapest question Lantern answers whenever it is up (a degraded 503 included), sent as the
 * reachability probe: its outcome decides whether the page says Lantern cannot be reached.
 * One at a time, however many requests failed.
 */
export function askLantern(): Promise<void> {
  asking ??= sendRequest(HEALTH_PATH, { acceptStatuses: [503], accessToken: null, reachabilityProbe: true })
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => {
      asking = null;
    });
  return asking;
}

/** Lantern answers again: load what failed for want of it, and finish signing the member back in. */
export function recoverAfterOutage(queryClient: QueryClient): void {
  void queryClient.refetchQueries({
    type: 'active',
    predicate: (query) => query.state.status === 'error' && isUnreachableError(query.state.error),
  });
  if (getSessionState().status === 'unreachable') void restoreSession();
}

/**
 * Mounted once (in the layout's notice). Checks when a request got no answer; while Lantern
 * cannot be reached, asks again by itself (and at once when the device comes back online);
 * whichever request finds it back, the page fills in again. `tryAgain` asks now.
 */
export function useReconnect(unreachable: boolean): { trying: boolean; noAnswer: boolean; tryAgain: () => Promise<boolean> } {
  const queryClient = useQueryClient();
  const [trying, setTrying] = useState(false);
  const [noAnswer, setNoAnswer] = useState(false);

  // A request got no answer: check. Lantern answers again (whichever request found it): recover.
  // The device going (or starting) offline is checked too: a visitor whose page asked nothing of
  // the api (the app opened from what the browser kept) still learns why and sees the lines.
  useEffect(() => {
    let previous = getReachability();
    if (previous === 'checking' || !navigator.onLine) void askLantern();
    const onOffline = () => void askLantern();
    window.addEventListener('offline', onOffline);
    const unsubscribe = subscribeToReachability(() => {
      const now = getReachability();
      if (now === 'checking') void askLantern();
      if (previous === 'unreachable' && now === 'reachable') {
        setNoAnswer(false);
        recoverAfterOutage(queryClient);
      }
      previous = now;
    });
    return () => {
      window.removeEventListener('offline', onOffline);
      unsubscribe();
    };
  }, [queryClient]);

  useEffect(() => {
    if (!unreachable) return;
    let attempt = 0;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      timer = setTimeout(() => {
        void askLantern().then(() => {
          attempt += 1;
          if (!stopped && isApiUnreachable()) schedule();
        });
      }, retryDelayMs(attempt));
    };
    schedule();
    const onOnline = () => void askLantern();
    window.addEventListener('online', onOnline);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [unreachable]);

  const tryAgain = useCallback(async () => {
    setTrying(true);
    await askLantern();
    const reached = !isApiUnreachable();
    setTrying(false);
    setNoAnswer(!reached);
    return reached;
  }, []);

  return { trying, noAnswer: unreachable && noAnswer, tryAgain };
}
