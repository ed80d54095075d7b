import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/useApiQuery';
import { useWrite } from '../../api/useWrite';

export type PartnerList = components['schemas']['PartnerList'];
export type Partner = components['schemas']['Partner'];
export type ExchangeRequest = components['schemas']['ExchangeRequestOut'];
export type ExchangeRequestCreate = components['schemas']['ExchangeRequestCreate'];
export type ProposedKind = ExchangeRequestCreate['proposed_kind'];

export function usePartners(slug: string, sdg: number | null) {
  return useApiQuery(['partners', slug, sdg], (api) =>
    api.GET('/api/v1/cities/{slug}/partners', {
      params: { path: { slug }, query: sdg === null ? {} : { sdg } },
    }),
  );
}

export function useExchangeRequests(enabled: boolean) {
  return useApiQuery(
    ['exchange-requests'],
    (api) => api.GET('/api/v1/exchange-requests', { params: { query: { per_page: 100 } } }),
    { enabled },
  );
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
