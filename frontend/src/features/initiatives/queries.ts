import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '../../api/useApiQuery';
import { contentQueries } from '../content/contentQueries';
import { createPayload } from './initiativeKind';
import { filterQuery, type InitiativeFilters } from './map/filters';

export const INITIATIVES_KEY = 'initiatives';

export function useInitiativeList(filters: InitiativeFilters, page: number, perPage = 10) {
  return useApiQuery(
    [INITIATIVES_KEY, 'list', filters, page, perPage],
    (api) =>
      api.GET('/api/v1/initiatives', {
        params: { query: { ...filterQuery(filters), page, per_page: perPage } },
      }),
    { placeholderData: keepPreviousData },
  );
}

export function useSimilar(id: number) {
  return useApiQuery([INITIATIVES_KEY, 'similar', id], (api) =>
    api.GET('/api/v1/initiatives/{initiative_id}/similar', {
      params: { path: { initiative_id: id }, query: { limit: 6 } },
    }),
  );
}

/** After any write: lists, the map, coverage and the initiative itself are refetched. */
const initiatives = contentQueries({
  key: INITIATIVES_KEY,
  path: '/api/v1/initiatives',
  id: 'initiative_id',
  refresh: [INITIATIVES_KEY, 'map', 'coverage'],
});
export const WRITES_REFRESH = initiatives.refresh;

export const useInitiative = initiatives.useItem;
export const useRevisions = initiatives.useRevisions;
export const useDeleteInitiative = initiatives.useDelete;

/** What the editor calls: create, a versioned update, and reads past the cache for a stale edit. */
export function useInitiativeEndpoints() {
  return initiatives.useEndpoints(createPayload);
}
