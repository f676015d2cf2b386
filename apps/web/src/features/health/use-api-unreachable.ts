import { useSyncExternalStore } from 'react';
import { isApiUnreachable, subscribeToReachability } from '../../api/reachability';

/** True while the last request found Lantern unreachable; one answer it can read makes it false. */
export function useApiUnreachable(): boolean {
  return useSyncExternalStore(subscribeToReachability, isApiUnreachable);
}
