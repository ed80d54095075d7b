import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../api/client';
import { useApi } from '../../../api/useApi';
import { useI18n } from '../../../i18n/I18nProvider';
import { filterQuery, type InitiativeFilters } from './filters';

/** The map's points and clusters for a box and zoom; the previous ones stay while the next load. */
export function useMapFeatures(
  filters: InitiativeFilters,
  area: { bbox: string; zoom: number } | null,
) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['map', language, filters, area?.bbox, area?.zoom],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/map/initiatives', {
          params: { query: { ...filterQuery(filters), bbox: area?.bbox, zoom: area?.zoom } },
        }),
      ),
    enabled: area !== null,
    placeholderData: keepPreviousData,
  });
}
