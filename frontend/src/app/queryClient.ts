import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

/** Retrying helps with network hiccups and server errors, never with a refused request. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const refused = error instanceof ApiError && error.status < 500;
  return !refused && failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 60_000 },
  },
});
