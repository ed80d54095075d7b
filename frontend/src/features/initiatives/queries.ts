import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { contentQueries } from '../content/contentQueries';
import { createPayload } from './initiativeKind';
import { filterQuery, type InitiativeFilters } from './map/filters';

export const INITIATIVES_KEY = 'initiatives';

export function useInitiativeList(filters: InitiativeFilters, page: number, perPage = 10) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [INITIATIVES_KEY, 'list', language, filters, page, perPage],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives', {
          params: { query: { ...filterQuery(filters), page, per_page: perPage } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSimilar(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [INITIATIVES_KEY, 'similar', id, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives/{initiative_id}/similar', {
          params: { path: { initiative_id: id }, query: { limit: 6 } },
        }),
      ),
  });
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
