import { useQuery } from '@tanstack/react-query';
import type { City } from '../../api/cities';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';

export type { City };

export function useCity(slug: string) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['cities', language, slug],
    queryFn: () => unwrap(api.GET('/api/v1/cities/{slug}', { params: { path: { slug } } })),
  });
}
