import type { City } from '../../api/cities';
import { useApiQuery } from '../../api/useApiQuery';

export type { City };

export function useCity(slug: string) {
  return useApiQuery(['cities', slug], (api) =>
    api.GET('/api/v1/cities/{slug}', { params: { path: { slug } } }),
  );
}
