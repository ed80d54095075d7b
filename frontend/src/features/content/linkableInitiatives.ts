import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The initiatives that content of `city` (a practice, a programme's action)
 * can link to. Keyed under "initiatives" so that publishing one refreshes the
 * list; 100 covers any city's.
 */
export function useLinkableInitiatives(city: string) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['initiatives', 'linkable', language, city],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives', {
          params: { query: { city: [city], page: 1, per_page: 100 } },
        }),
      ),
    enabled: city !== '',
  });
}
