import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { hasSearch, searchQuery, type SearchState } from './searchState';

export type SearchResults = components['schemas']['SearchPage'];
export type SearchHit = components['schemas']['SearchHit'];
export type Concept = components['schemas']['ConceptOut'];

export function useSearch(state: SearchState, perPage: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['search', language, state, perPage],
    queryFn: () =>
      unwrap(api.GET('/api/v1/search', { params: { query: searchQuery(state, perPage) } })),
    enabled: hasSearch(state),
    placeholderData: keepPreviousData,
  });
}
