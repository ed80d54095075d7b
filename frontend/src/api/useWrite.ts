import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from './client';
import { useApi } from './useApi';

/**
 * A write to the API that, once it succeeded, refetches every query under
 * `refreshed` (the lists, pages and counts the write changes).
 */
export function useWrite<Input, Result>(
  refreshed: readonly string[],
  write: (api: ApiClient, input: Input) => Promise<Result>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(api, input),
    onSuccess: () =>
      Promise.all(refreshed.map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}
