import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { parseHealthReport, type HealthReport } from './health-report';

export const HEALTH_PATH = '/api/health';
export const healthQueryKey = ['health'] as const;

/** How often the status panel looks again while the page is open. */
const REFRESH_INTERVAL_MS = 30_000;

export function fetchHealth(signal?: AbortSignal): Promise<HealthReport> {
  // A 503 still carries a full report (a dependency is down): data for the panel, not an error.
  return apiFetch(HEALTH_PATH, { acceptStatuses: [503], parse: parseHealthReport, signal });
}

export function useHealthQuery() {
  return useQuery({
    queryKey: healthQueryKey,
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: REFRESH_INTERVAL_MS,
    // One quick retry, so an unreachable API shows its message after about a second.
    retry: 1,
    retryDelay: 1_000,
  });
}
