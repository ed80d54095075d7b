import { useI18n } from '../i18n/I18nProvider';
import { intlLocale, type Language } from '../i18n/languages';
import type { components } from './schema';
import { useApiQuery } from './useApiQuery';

export type City = components['schemas']['CityOut'];

/** The cities in the reader's alphabetical order. */
function sortedByName(cities: City[], language: Language): City[] {
  const collator = new Intl.Collator(intlLocale(language));
  return cities.toSorted((a, b) => collator.compare(a.name, b.name));
}

export function useCities() {
  const { language } = useI18n();
  return useApiQuery(['cities'], (api) => api.GET('/api/v1/cities'), {
    select: (cities) => sortedByName(cities, language),
  });
}

/** The city's name in the reader's language, by slug; the slug until the cities are loaded. */
export function useCityName(): (slug: string) => string {
  const { data } = useCities();
  const names = new Map(data?.map((city) => [city.slug, city.name]));
  return (slug) => names.get(slug) ?? slug;
}
