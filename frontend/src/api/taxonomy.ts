import type { components } from './schema';
import { useApiQuery } from './useApiQuery';

export type Sdg = components['schemas']['SdgOut'];
export type Theme = components['schemas']['ThemeOut'];

/** The 17 goals with their localised titles and official colours. */
export function useSdgs() {
  return useApiQuery(['sdgs'], (api) => api.GET('/api/v1/sdgs'), { staleTime: Infinity });
}

export function useThemes() {
  return useApiQuery(['themes'], (api) => api.GET('/api/v1/themes'), { staleTime: Infinity });
}

/** Looks up a goal by number; undefined until the goals are loaded. */
export function useSdgLookup(): (number: number) => Sdg | undefined {
  const { data } = useSdgs();
  const byNumber = new Map(data?.map((sdg) => [sdg.number, sdg]));
  return (number) => byNumber.get(number);
}

/** A theme's label by key; the key itself until the themes are loaded. */
export function useThemeLabel(): (key: string) => string {
  const { data } = useThemes();
  const byKey = new Map(data?.map((theme) => [theme.key, theme.label]));
  return (key) => byKey.get(key) ?? key;
}
