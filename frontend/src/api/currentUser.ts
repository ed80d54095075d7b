import { useQuery } from '@tanstack/react-query';
import { clearAccessToken, readAccessToken } from './accessToken';
import { unwrap } from './client';
import { ApiError } from './problem';
import type { components } from './schema';
import { useApi } from './useApi';

export type CurrentUser = components['schemas']['UserOut'];

/** The account is the same in every language, so its query is not keyed by language. */
export const CURRENT_USER_KEY = ['me'] as const;

/** The signed-in user, or null for a visitor (also when the stored token has expired). */
export function useCurrentUser() {
  const api = useApi();
  return useQuery({
    queryKey: CURRENT_USER_KEY,
    queryFn: async (): Promise<CurrentUser | null> => {
      if (readAccessToken() === null) return null;
      try {
        return await unwrap(api.GET('/api/v1/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          clearAccessToken();
          return null;
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}
