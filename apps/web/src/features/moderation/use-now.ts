import { useEffect, useState } from 'react';

/**
 * The current time, for relative times that stay true without refetching anything: the component
 * re-renders every `intervalMs` (and at once when the tab comes back into view, since background
 * tabs run timers late). The clock is read at render, so a render for any other reason (new items
 * arriving) reads it fresh too, as TimeAgo does.
 */
export function useNow(intervalMs = 30_000): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    const tick = () => setTicks((ticks) => ticks + 1);
    const timer = setInterval(tick, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [intervalMs]);
  return Date.now();
}
