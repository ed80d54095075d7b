import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import type { EditorEndpoints } from '../content/useVersionedEditor';
import { createActionPayload, type ActionDraft } from './actionState';
import { createProgrammePayload, type ProgrammeDraft } from './programmeState';
import type {
  Action,
  ActionCreate,
  ActionStatus,
  ActionUpdate,
  CheckInCreate,
  Programme,
  ProgrammeCreate,
  ProgrammeKind,
  ProgrammeUpdate,
  RagFilter,
} from './types';

export const PROGRAMMES_KEY = 'programmes';
export const ACTIONS_KEY = 'actions';

/** After any write: the programmes (their figures), the actions, search and reports are refetched. */
export const WRITES_REFRESH = [PROGRAMMES_KEY, ACTIONS_KEY, 'search', 'report'];

export interface ProgrammeFilters {
  city: string[];
  kind: ProgrammeKind[];
}

export function useProgrammeList(filters: ProgrammeFilters, page: number, perPage: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [PROGRAMMES_KEY, 'list', language, filters, page, perPage],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/programmes', {
          params: { query: { city: filters.city, kind: filters.kind, page, per_page: perPage } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProgramme(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [PROGRAMMES_KEY, 'one', id, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/programmes/{programme_id}', { params: { path: { programme_id: id } } }),
      ),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useProgrammeRevisions(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: [PROGRAMMES_KEY, 'revisions', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/programmes/{programme_id}/revisions', {
          params: { path: { programme_id: id } },
        }),
      ),
  });
}

export interface ActionFilters {
  status: ActionStatus[];
  rag: RagFilter[];
  theme: string[];
  sort: 'due_date' | '-due_date' | 'funding_gap' | '-funding_gap' | null;
}

/** The programme's actions, filtered; 100 a page, the most the API gives at once. */
export function useActionList(programmeId: number, filters: ActionFilters, page: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [ACTIONS_KEY, 'list', programmeId, language, filters, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/programmes/{programme_id}/actions', {
          params: {
            path: { programme_id: programmeId },
            query: {
              status: filters.status,
              rag: filters.rag,
              theme: filters.theme,
              sort: filters.sort ?? undefined,
              page,
              per_page: 100,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAction(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [ACTIONS_KEY, 'one', id, language],
    queryFn: () =>
      unwrap(api.GET('/api/v1/actions/{action_id}', { params: { path: { action_id: id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The actions of programmes that build on an initiative. */
export function useInitiativeActions(initiativeId: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [ACTIONS_KEY, 'of-initiative', initiativeId, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives/{initiative_id}/actions', {
          params: { path: { initiative_id: initiativeId } },
        }),
      ),
  });
}

export function useActionRevisions(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: [ACTIONS_KEY, 'revisions', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/actions/{action_id}/revisions', { params: { path: { action_id: id } } }),
      ),
  });
}

export function useCheckIns(actionId: number) {
  const api = useApi();
  return useQuery({
    queryKey: [ACTIONS_KEY, 'check-ins', actionId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/actions/{action_id}/check-ins', {
          params: { path: { action_id: actionId } },
        }),
      ),
  });
}

/**
 * The initiatives an action of `city` can link to. Keyed under "initiatives"
 * so that publishing one refreshes the list; 100 covers any city's.
 */
export function useLinkableInitiatives(city: string) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['initiatives', 'linkable', language, city],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/initiatives', {
          params: { query: { city: [city], page: 1, per_page: 100 } },
        }),
      ),
    enabled: city !== '',
  });
}

export function useProgrammeEndpoints(): EditorEndpoints<Programme, ProgrammeDraft> {
  const api = useApi();
  const create = useWrite(WRITES_REFRESH, (client, body: ProgrammeCreate) =>
    unwrap(client.POST('/api/v1/programmes', { body })),
  );
  const update = useWrite(
    WRITES_REFRESH,
    (client, { id, version, body }: { id: number; version: number; body: ProgrammeUpdate }) =>
      unwrap(
        client.PATCH('/api/v1/programmes/{programme_id}', {
          params: { path: { programme_id: id }, header: { 'if-match': `"${version}"` } },
          body,
        }),
      ),
  );
  return {
    create: (draft) =>
      create
        .mutateAsync(createProgrammePayload(draft) as ProgrammeCreate)
        .then((created) => created.id),
    update: ({ id, version, body }) =>
      update.mutateAsync({ id, version, body: body as ProgrammeUpdate }),
    current: (id) =>
      unwrap(
        api.GET('/api/v1/programmes/{programme_id}', { params: { path: { programme_id: id } } }),
      ),
    revisions: (id) =>
      unwrap(
        api.GET('/api/v1/programmes/{programme_id}/revisions', {
          params: { path: { programme_id: id } },
        }),
      ),
    saving: create.isPending || update.isPending,
  };
}

export function useActionEndpoints(): EditorEndpoints<Action, ActionDraft> {
  const api = useApi();
  const create = useWrite(
    WRITES_REFRESH,
    (client, { programmeId, body }: { programmeId: number; body: ActionCreate }) =>
      unwrap(
        client.POST('/api/v1/programmes/{programme_id}/actions', {
          params: { path: { programme_id: programmeId } },
          body,
        }),
      ),
  );
  const update = useWrite(
    WRITES_REFRESH,
    (client, { id, version, body }: { id: number; version: number; body: ActionUpdate }) =>
      unwrap(
        client.PATCH('/api/v1/actions/{action_id}', {
          params: { path: { action_id: id }, header: { 'if-match': `"${version}"` } },
          body,
        }),
      ),
  );
  return {
    create: (draft) =>
      create
        .mutateAsync({
          programmeId: draft.programme_id,
          body: createActionPayload(draft) as ActionCreate,
        })
        .then((created) => created.id),
    update: ({ id, version, body }) =>
      update.mutateAsync({ id, version, body: body as ActionUpdate }),
    current: (id) =>
      unwrap(api.GET('/api/v1/actions/{action_id}', { params: { path: { action_id: id } } })),
    revisions: (id) =>
      unwrap(
        api.GET('/api/v1/actions/{action_id}/revisions', { params: { path: { action_id: id } } }),
      ),
    saving: create.isPending || update.isPending,
  };
}

export function useDeleteProgramme() {
  return useWrite(WRITES_REFRESH, (api, id: number) =>
    unwrap(
      api.DELETE('/api/v1/programmes/{programme_id}', { params: { path: { programme_id: id } } }),
    ),
  );
}

export function useDeleteAction() {
  return useWrite(WRITES_REFRESH, (api, id: number) =>
    unwrap(api.DELETE('/api/v1/actions/{action_id}', { params: { path: { action_id: id } } })),
  );
}

export function useAddCheckIn(actionId: number) {
  return useWrite(WRITES_REFRESH, (api, body: CheckInCreate) =>
    unwrap(
      api.POST('/api/v1/actions/{action_id}/check-ins', {
        params: { path: { action_id: actionId } },
        body,
      }),
    ),
  );
}

/** Sends a CSV or XLSX file of actions; all of it is imported, or nothing. */
export function useImportActions(programmeId: number) {
  return useWrite(WRITES_REFRESH, (api, file: File) =>
    unwrap(
      api.POST('/api/v1/programmes/{programme_id}/actions/import', {
        params: { path: { programme_id: programmeId } },
        body: { file: file.name },
        bodySerializer: () => {
          const form = new FormData();
          form.append('file', file);
          return form;
        },
      }),
    ),
  );
}
