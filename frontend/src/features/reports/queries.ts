import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';

export type CityReport = components['schemas']['CityReport'];
export type ReportSection = CityReport['sections'][number];
export type Framework = CityReport['framework'];

export const FRAMEWORKS: readonly Framework[] = ['vlr', 'ccc'];

export function isFramework(value: unknown): value is Framework {
  return typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value);
}

/** The city's report as JSON, in the reader's language; keyed "report" so writes refresh it. */
export function useCityReport(slug: string, framework: Framework, year: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['report', slug, framework, year, language],
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/v1/cities/{slug}/report', {
          params: { path: { slug }, query: { framework, year, format: 'json' } },
        }),
      )) as CityReport,
    placeholderData: keepPreviousData,
  });
}

/** Where the report downloads as a file in `language`: "pdf" or "xlsx". */
export function reportFileUrl(
  slug: string,
  framework: Framework,
  year: number,
  format: 'pdf' | 'xlsx',
  language: string,
): string {
  const query = new URLSearchParams({ framework, year: String(year), format, lang: language });
  return `/api/v1/cities/${encodeURIComponent(slug)}/report?${query.toString()}`;
}
