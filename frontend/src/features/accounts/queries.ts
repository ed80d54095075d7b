import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clearAccessToken, storeAccessToken } from '../../api/accessToken';
import { unwrap, type ApiClient } from '../../api/client';
import { CURRENT_USER_KEY } from '../../api/currentUser';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';

export type Registration = components['schemas']['RegisterRequest'];

export interface Credentials {
  email: string;
  password: string;
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
