import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { keyInLanguage, useApiQuery } from '../../api/useApiQuery';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import type { ContentEvidenceKind, Journey, JourneyCreate, TaskUpdate } from './types';

export const JOURNEYS_KEY = 'journeys';

export interface JourneyFilter {
  city: string;
  role: 'coach' | 'coachee' | '';
  page: number;
}

export function useJourneyList({ city, role, page }: JourneyFilter) {
  return useApiQuery(
    [JOURNEYS_KEY, 'list', city, role, page],
    (api) =>
      api.GET('/api/v1/journeys', {
        params: {
          query: {
            ...(city ? { city } : {}),
            ...(city && role ? { role } : {}),
            page,
            per_page: 20,
          },
        },
      }),
    { placeholderData: keepPreviousData },
  );
}

export function useJourneyTemplates() {
  return useApiQuery([JOURNEYS_KEY, 'templates'], (api) => api.GET('/api/v1/journey-templates'));
}

/** The journey's key: its changes answer with the journey, which replaces the cached one. */
function journeyKey(id: number) {
  return [JOURNEYS_KEY, 'one', id];
}

export function useJourney(id: number) {
  return useApiQuery(
    journeyKey(id),
    (api) => api.GET('/api/v1/journeys/{journey_id}', { params: { path: { journey_id: id } } }),
    { enabled: Number.isInteger(id) && id > 0 },
  );
}

export function useStartJourney() {
  return useWrite([JOURNEYS_KEY], (api, body: JourneyCreate) =>
    unwrap(api.POST('/api/v1/journeys', { body })),
  );
}

/**
 * A change to one journey: the answer it gives is the journey as it is now,
 * which replaces the cached one at once; the lists are refetched.
 */
function useJourneyChange<Input>(
  journeyId: number,
  write: (api: ReturnType<typeof useApi>, input: Input) => Promise<Journey>,
) {
  const api = useApi();
  const { language } = useI18n();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(api, input),
    onSuccess: (journey) => {
      queryClient.setQueryData(keyInLanguage(journeyKey(journeyId), language), journey);
      return queryClient.invalidateQueries({ queryKey: [JOURNEYS_KEY, 'list'] });
    },
  });
}

export function useAnswerInvitation(journeyId: number) {
  return useJourneyChange(journeyId, (api, accept: boolean) => {
    const params = { params: { path: { journey_id: journeyId } } };
    return unwrap(
      accept
        ? api.POST('/api/v1/journeys/{journey_id}/accept', params)
        : api.POST('/api/v1/journeys/{journey_id}/decline', params),
    );
  });
}

export function useUpdateTask(journeyId: number) {
  return useJourneyChange(
    journeyId,
    (api, { taskKey, body }: { taskKey: string; body: TaskUpdate }) =>
      unwrap(
        api.PATCH('/api/v1/journeys/{journey_id}/tasks/{task_key}', {
          params: { path: { journey_id: journeyId, task_key: taskKey } },
          body,
        }),
      ),
  );
}

export function useSubmitStage(journeyId: number) {
  return useJourneyChange(journeyId, (api, stageKey: string) =>
    unwrap(
      api.POST('/api/v1/journeys/{journey_id}/stages/{stage_key}/submit', {
        params: { path: { journey_id: journeyId, stage_key: stageKey } },
      }),
    ),
  );
}

export interface Decision {
  stageKey: string;
  approve: boolean;
  comment: string;
}

export function useDecideStage(journeyId: number) {
  return useJourneyChange(journeyId, (api, { stageKey, approve, comment }: Decision) => {
    const request = {
      params: { path: { journey_id: journeyId, stage_key: stageKey } },
      body: { comment },
    };
    return unwrap(
      approve
        ? api.POST('/api/v1/journeys/{journey_id}/stages/{stage_key}/approve', request)
        : api.POST('/api/v1/journeys/{journey_id}/stages/{stage_key}/return', request),
    );
  });
}

export interface EvidenceOption {
  id: number;
  title: string;
  language: string;
}

/**
 * What the coachee city has published of one kind, as evidence to choose
 * from; keyed under the kind's own list key, so publishing refreshes it.
 */
export function useEvidenceOptions(kind: ContentEvidenceKind | null, city: string) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [`${kind ?? ''}s`, 'evidence', language, city],
    enabled: kind !== null && city !== '',
    queryFn: async (): Promise<EvidenceOption[]> => {
      const query = { city: [city], page: 1, per_page: 100 };
      const pick = (items: readonly EvidenceOption[]) =>
        items.map(({ id, title, language: shown }) => ({ id, title, language: shown }));
      switch (kind) {
        case 'initiative':
          return pick((await unwrap(api.GET('/api/v1/initiatives', { params: { query } }))).items);
        case 'practice':
          return pick((await unwrap(api.GET('/api/v1/practices', { params: { query } }))).items);
        case 'programme':
          return pick((await unwrap(api.GET('/api/v1/programmes', { params: { query } }))).items);
        case 'session':
          return pick((await unwrap(api.GET('/api/v1/sessions', { params: { query } }))).items);
        default:
          return [];
      }
    },
  });
}
