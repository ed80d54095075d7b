import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { Language } from '../i18n/languages';
import { readAccessToken } from './accessToken';
import { ApiError, isProblem } from './problem';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

function sendLanguageAndToken(language: Language): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Accept-Language', language);
      const token = readAccessToken();
      if (token !== null) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

const clients = new Map<Language, ApiClient>();

/** The typed API client whose requests ask for answers in `language`. */
export function apiClient(language: Language): ApiClient {
  let client = clients.get(language);
  if (client === undefined) {
    client = createClient<paths>();
    client.use(sendLanguageAndToken(language));
    clients.set(language, client);
  }
  return client;
}

/** What a call of the typed client resolves to: the body, or the error and the response. */
export interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The response body of a successful call; an ApiError for any error status. */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(error) ? error : null);
  }
  return data as T;
}
