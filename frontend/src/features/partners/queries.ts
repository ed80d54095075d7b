import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';

export type PartnerList = components['schemas']['PartnerList'];
export type Partner = components['schemas']['Partner'];
export type ExchangeRequest = components['schemas']['ExchangeRequestOut'];
export type ExchangeRequestCreate = components['schemas']['ExchangeRequestCreate'];
export type ProposedKind = ExchangeRequestCreate['proposed_kind'];

export function usePartners(slug: string, sdg: number | null) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['partners', language, slug, sdg],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/cities/{slug}/partners', {
          params: { path: { slug }, query: sdg === null ? {} : { sdg } },
        }),
      ),
  });
}

export function useExchangeRequests(enabled: boolean) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['exchange-requests', language],
    queryFn: () =>
      unwrap(api.GET('/api/v1/exchange-requests', { params: { query: { per_page: 100 } } })),
    enabled,
  });
}

export function useSendExchangeRequest() {
  return useWrite(['exchange-requests', 'workspace'], (api, body: ExchangeRequestCreate) =>
    unwrap(api.POST('/api/v1/exchange-requests', { body })),
  );
}

export function useAnswerExchangeRequest() {
  return useWrite(
    // The workspace lists the requests waiting for an answer, and the city's sessions.
    ['exchange-requests', 'sessions', 'workspace'],
    (api, { id, answer }: { id: number; answer: 'accept' | 'decline' }) =>
      answer === 'accept'
        ? unwrap(
            api.POST('/api/v1/exchange-requests/{request_id}/accept', {
              params: { path: { request_id: id } },
            }),
          )
        : unwrap(
            api.POST('/api/v1/exchange-requests/{request_id}/decline', {
              params: { path: { request_id: id } },
            }),
          ),
  );
}
