import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { unwrap, type ApiClient, type ApiResult } from './client';
import { useApi } from './useApi';

export interface ApiQueryOptions<Answer, Shown> extends Omit<
  UseQueryOptions<Answer, Error, Shown>,
  'queryKey' | 'queryFn'
> {
  /**
   * The answer is the same whatever the reader's language (revisions, bookings,
   * counts): one cache entry serves every language, so a switch refetches nothing.
   */
  sameInEveryLanguage?: boolean;
}

/** The key under which `useApiQuery` caches an answer read in `language`. */
export function keyInLanguage(key: QueryKey, language: string): QueryKey {
  return [...key, language];
}

/**
 * A query answered by one call of the typed client (`read`), its error
 * statuses turned into ApiErrors. The client asks for answers in the reader's
 * language, so the language ends the key and each language is cached apart;
 * writes refresh by the key's first part, which stays the family's name.
 */
export function useApiQuery<Answer, Shown = Answer>(
  key: QueryKey,
  read: (api: ApiClient) => Promise<ApiResult<Answer>>,
  { sameInEveryLanguage = false, ...options }: ApiQueryOptions<Answer, Shown> = {},
) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    ...options,
    queryKey: sameInEveryLanguage ? key : keyInLanguage(key, language),
    queryFn: () => unwrap(read(api)),
  });
}
