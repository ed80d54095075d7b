import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '../../../api/useApiQuery';
import { filterQuery, type InitiativeFilters } from './filters';

/** The map's points and clusters for a box and zoom; the previous ones stay while the next load. */
export function useMapFeatures(
  filters: InitiativeFilters,
  area: { bbox: string; zoom: number } | null,
) {
  return useApiQuery(
    ['map', filters, area?.bbox, area?.zoom],
    (api) =>
      api.GET('/api/v1/map/initiatives', {
        params: { query: { ...filterQuery(filters), bbox: area?.bbox, zoom: area?.zoom } },
      }),
    { enabled: area !== null, placeholderData: keepPreviousData },
  );
}
