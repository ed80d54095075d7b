import { keepPreviousData } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/useApiQuery';
import { hasSearch, searchQuery, type SearchState } from './searchState';

export type SearchResults = components['schemas']['SearchPage'];
export type SearchHit = components['schemas']['SearchHit'];
export type Concept = components['schemas']['ConceptOut'];

export function useSearch(state: SearchState, perPage: number) {
  return useApiQuery(
    ['search', state, perPage],
    (api) => api.GET('/api/v1/search', { params: { query: searchQuery(state, perPage) } }),
    { enabled: hasSearch(state), placeholderData: keepPreviousData },
  );
}
