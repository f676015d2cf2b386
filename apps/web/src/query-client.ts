import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/api-client';

const MAX_RETRIES = 2;

/** Retrying cannot fix a request the server rejected (4xx); it can outlast a blip or a restart. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
}
