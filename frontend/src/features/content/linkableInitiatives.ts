import { useApiQuery } from '../../api/useApiQuery';

/**
 * The initiatives that content of `city` (a practice, a programme's action)
 * can link to. Keyed under "initiatives" so that publishing one refreshes the
 * list; 100 covers any city's.
 */
export function useLinkableInitiatives(city: string) {
  return useApiQuery(
    ['initiatives', 'linkable', city],
    (api) =>
      api.GET('/api/v1/initiatives', {
        params: { query: { city: [city], page: 1, per_page: 100 } },
      }),
    { enabled: city !== '' },
  );
}
