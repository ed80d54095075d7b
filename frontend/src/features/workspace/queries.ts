import { keepPreviousData } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/useApiQuery';

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
  return useApiQuery(
    [WORKSPACE_KEY, city ?? null],
    (api) => api.GET('/api/v1/me/workspace', { params: { query: { city } } }),
    { enabled, placeholderData: keepPreviousData },
  );
}
