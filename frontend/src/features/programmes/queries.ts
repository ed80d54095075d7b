import { keepPreviousData } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useWrite } from '../../api/useWrite';
import { contentQueries } from '../content/contentQueries';
import { createActionPayload, type ActionDraft } from './actionState';
import { createProgrammePayload } from './programmeState';
import type { ActionCreate, ActionStatus, CheckInCreate, ProgrammeKind, RagFilter } from './types';

export const PROGRAMMES_KEY = 'programmes';
export const ACTIONS_KEY = 'actions';

/** After any write: the programmes (their figures), the actions, search and reports are refetched. */
export const WRITES_REFRESH = [PROGRAMMES_KEY, ACTIONS_KEY, 'search', 'report'];

const programmes = contentQueries({
  key: PROGRAMMES_KEY,
  path: '/api/v1/programmes',
  id: 'programme_id',
  refresh: WRITES_REFRESH,
});
const actions = contentQueries({
  key: ACTIONS_KEY,
  path: '/api/v1/actions',
  id: 'action_id',
  refresh: WRITES_REFRESH,
});

export const useProgramme = programmes.useItem;
export const useProgrammeRevisions = programmes.useRevisions;
export const useDeleteProgramme = programmes.useDelete;
export const useAction = actions.useItem;
export const useActionRevisions = actions.useRevisions;
export const useDeleteAction = actions.useDelete;

export function useProgrammeEndpoints() {
  return programmes.useEndpoints(createProgrammePayload);
}

/** An action is created in its programme's collection, not in "/api/v1/actions". */
export function useActionEndpoints() {
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
  return actions.useEditorEndpoints<ActionDraft>({
    create: (draft) =>
      create
        .mutateAsync({
          programmeId: draft.programme_id,
          body: createActionPayload(draft) as ActionCreate,
        })
        .then((created) => created.id),
    saving: create.isPending,
  });
}

export interface ProgrammeFilters {
  city: string[];
  kind: ProgrammeKind[];
}

export function useProgrammeList(filters: ProgrammeFilters, page: number, perPage: number) {
  return useApiQuery(
    [PROGRAMMES_KEY, 'list', filters, page, perPage],
    (api) =>
      api.GET('/api/v1/programmes', {
        params: { query: { city: filters.city, kind: filters.kind, page, per_page: perPage } },
      }),
    { placeholderData: keepPreviousData },
  );
}

export interface ActionFilters {
  status: ActionStatus[];
  rag: RagFilter[];
  theme: string[];
  sort: 'due_date' | '-due_date' | 'funding_gap' | '-funding_gap' | null;
}

/** The programme's actions, filtered; 100 a page, the most the API gives at once. */
export function useActionList(programmeId: number, filters: ActionFilters, page: number) {
  return useApiQuery(
    [ACTIONS_KEY, 'list', programmeId, filters, page],
    (api) =>
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
    { placeholderData: keepPreviousData },
  );
}

/** The actions of programmes that build on an initiative. */
export function useInitiativeActions(initiativeId: number) {
  return useApiQuery([ACTIONS_KEY, 'of-initiative', initiativeId], (api) =>
    api.GET('/api/v1/initiatives/{initiative_id}/actions', {
      params: { path: { initiative_id: initiativeId } },
    }),
  );
}

export function useCheckIns(actionId: number) {
  return useApiQuery(
    [ACTIONS_KEY, 'check-ins', actionId],
    (api) =>
      api.GET('/api/v1/actions/{action_id}/check-ins', {
        params: { path: { action_id: actionId } },
      }),
    { sameInEveryLanguage: true },
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
