import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clearAccessToken, readAccessToken, storeAccessToken } from '../../api/accessToken';
import { unwrap, type ApiClient } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';

export type CurrentUser = components['schemas']['UserOut'];
export type Registration = components['schemas']['RegisterRequest'];

export interface Credentials {
  email: string;
  password: string;
}

/** The account is the same in every language, so its query is not keyed by language. */
const CURRENT_USER_KEY = ['me'] as const;

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

async function logIn(api: ApiClient, { email, password }: Credentials): Promise<void> {
  const token = await unwrap(
    api.POST('/api/v1/auth/token', {
      body: { username: email, password },
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
  );
  storeAccessToken(token.access_token);
}

export function useLogIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => logIn(api, credentials),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CURRENT_USER_KEY }),
  });
}

/** Creates the account, then signs the new user in. */
export function useRegister() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (registration: Registration) => {
      await unwrap(api.POST('/api/v1/auth/register', { body: registration }));
      await logIn(api, registration);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CURRENT_USER_KEY }),
  });
}

export function useLogOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    // The token is forgotten even if the server could not be told.
    onSettled: () => {
      clearAccessToken();
      queryClient.setQueriesData({ queryKey: CURRENT_USER_KEY }, null);
    },
  });
}
