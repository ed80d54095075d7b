import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { intlLocale, type Language } from '../../i18n/languages';

export type City = components['schemas']['CityOut'];

/** The cities in the reader's alphabetical order. */
function sortedByName(cities: City[], language: Language): City[] {
  const collator = new Intl.Collator(intlLocale(language));
  return cities.toSorted((a, b) => collator.compare(a.name, b.name));
}

export function useCities() {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['cities', language],
    queryFn: () => unwrap(api.GET('/api/v1/cities')),
    select: (cities: City[]) => sortedByName(cities, language),
  });
}

export function useCity(slug: string) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['cities', language, slug],
    queryFn: () => unwrap(api.GET('/api/v1/cities/{slug}', { params: { path: { slug } } })),
  });
}
