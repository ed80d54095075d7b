import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import { filterQuery, type InitiativeFilters } from './map/filters';
import type { EditorEndpoints } from '../content/useVersionedEditor';
import type { InitiativeDraft } from './editableState';
import { createPayload } from './initiativeKind';
import type { Initiative, InitiativeCreate, InitiativeUpdate } from './types';

export const INITIATIVES_KEY = 'initiatives';

export function useInitiativeList(filters: InitiativeFilters, page: number, perPage = 10) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [INITIATIVES_KEY, 'list', language, filters, page, perPage],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives', {
          params: { query: { ...filterQuery(filters), page, per_page: perPage } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useInitiative(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [INITIATIVES_KEY, 'one', id, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives/{initiative_id}', { params: { path: { initiative_id: id } } }),
      ),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useRevisions(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: [INITIATIVES_KEY, 'revisions', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives/{initiative_id}/revisions', {
          params: { path: { initiative_id: id } },
        }),
      ),
  });
}

export function useSimilar(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [INITIATIVES_KEY, 'similar', id, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives/{initiative_id}/similar', {
          params: { path: { initiative_id: id }, query: { limit: 6 } },
        }),
      ),
  });
}

/** After any write: lists, the map, coverage and the initiative itself are refetched. */
export const WRITES_REFRESH = [INITIATIVES_KEY, 'map', 'coverage'];

export function useCreateInitiative() {
  return useWrite(WRITES_REFRESH, (api, body: InitiativeCreate) =>
    unwrap(api.POST('/api/v1/initiatives', { body })),
  );
}

export interface UpdateRequest {
  id: number;
  version: number;
  body: InitiativeUpdate;
}

/** A PATCH based on `version`: a stale one is refused with 412 and nothing changes. */
export function useUpdateInitiative() {
  return useWrite(WRITES_REFRESH, (api, { id, version, body }: UpdateRequest) =>
    unwrap(
      api.PATCH('/api/v1/initiatives/{initiative_id}', {
        params: { path: { initiative_id: id }, header: { 'if-match': `"${version}"` } },
        body,
      }),
    ),
  );
}

/** What the editor calls: create, a versioned update, and reads past the cache for a stale edit. */
export function useInitiativeEndpoints(): EditorEndpoints<Initiative, InitiativeDraft> {
  const api = useApi();
  const create = useCreateInitiative();
  const update = useUpdateInitiative();
  return {
    create: (draft) =>
      create.mutateAsync(createPayload(draft) as InitiativeCreate).then((created) => created.id),
    update: ({ id, version, body }) =>
      update.mutateAsync({ id, version, body: body as InitiativeUpdate }),
    current: (id) =>
      unwrap(
        api.GET('/api/v1/initiatives/{initiative_id}', { params: { path: { initiative_id: id } } }),
      ),
    revisions: (id) =>
      unwrap(
        api.GET('/api/v1/initiatives/{initiative_id}/revisions', {
          params: { path: { initiative_id: id } },
        }),
      ),
    saving: create.isPending || update.isPending,
  };
}

export function useDeleteInitiative() {
  return useWrite(WRITES_REFRESH, (api, id: number) =>
    unwrap(
      api.DELETE('/api/v1/initiatives/{initiative_id}', {
        params: { path: { initiative_id: id } },
      }),
    ),
  );
}
