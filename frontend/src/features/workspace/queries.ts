import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';

export type Workspace = components['schemas']['Workspace'];
export type JourneyStep = components['schemas']['JourneyStep'];
export type ColleagueChange = components['schemas']['ColleagueChange'];
export type ExchangeRequest = components['schemas']['ExchangeRequestOut'];
export type PartnerSuggestion = components['schemas']['PartnerSuggestion'];
export type MyBooking = components['schemas']['MyBookingOut'];

/** Everything the workspace shows is refreshed by writes in these queries' families. */
export const WORKSPACE_KEY = 'workspace';

/** What needs the city's staff now; `city` undefined means the first city of mine. */
export function useWorkspace(city: string | undefined, enabled: boolean) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [WORKSPACE_KEY, city ?? null, language],
    queryFn: () => unwrap(api.GET('/api/v1/me/workspace', { params: { query: { city } } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}
