import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { listQuery, type PracticeListState } from './listState';
import type { EditorEndpoints } from '../content/useVersionedEditor';
import type { PracticeDraft } from './editableState';
import { createPayload } from './practiceKind';
import type { Practice, PracticeCreate, PracticeUpdate } from './types';

export const PRACTICES_KEY = 'practices';

export function usePracticeList(state: PracticeListState, perPage: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [PRACTICES_KEY, 'list', language, state, perPage],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/practices', {
          params: { query: { ...listQuery(state), per_page: perPage } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * The initiatives a practice of `city` can link to. Keyed under "initiatives"
 * so that publishing an initiative refreshes the list; 100 covers any city's.
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

export function usePractice(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [PRACTICES_KEY, 'one', id, language],
    queryFn: () =>
      unwrap(api.GET('/api/v1/practices/{practice_id}', { params: { path: { practice_id: id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePracticeRevisions(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: [PRACTICES_KEY, 'revisions', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/practices/{practice_id}/revisions', {
          params: { path: { practice_id: id } },
        }),
      ),
  });
}

export function useSimilarPractices(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [PRACTICES_KEY, 'similar', id, language],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/practices/{practice_id}/similar', {
          params: { path: { practice_id: id }, query: { limit: 6 } },
        }),
      ),
  });
}

export function useQuestions(practiceId: number) {
  const api = useApi();
  return useQuery({
    queryKey: [PRACTICES_KEY, 'questions', practiceId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/practices/{practice_id}/questions', {
          params: { path: { practice_id: practiceId }, query: { per_page: 100 } },
        }),
      ),
  });
}

/** After any write: the lists, this practice, its questions, and SDG coverage are refetched. */
const WRITES_REFRESH = [PRACTICES_KEY, 'coverage', 'search'];

export function useCreatePractice() {
  return useWrite(WRITES_REFRESH, (api, body: PracticeCreate) =>
    unwrap(api.POST('/api/v1/practices', { body })),
  );
}

export interface UpdateRequest {
  id: number;
  version: number;
  body: PracticeUpdate;
}

/** A PATCH based on `version`: a stale one is refused with 412 and nothing changes. */
export function useUpdatePractice() {
  return useWrite(WRITES_REFRESH, (api, { id, version, body }: UpdateRequest) =>
    unwrap(
      api.PATCH('/api/v1/practices/{practice_id}', {
        params: { path: { practice_id: id }, header: { 'if-match': `"${version}"` } },
        body,
      }),
    ),
  );
}

/** What the editor calls: create, a versioned update, and reads past the cache for a stale edit. */
export function usePracticeEndpoints(): EditorEndpoints<Practice, PracticeDraft> {
  const api = useApi();
  const create = useCreatePractice();
  const update = useUpdatePractice();
  return {
    create: (draft) =>
      create.mutateAsync(createPayload(draft) as PracticeCreate).then((created) => created.id),
    update: ({ id, version, body }) =>
      update.mutateAsync({ id, version, body: body as PracticeUpdate }),
    current: (id) =>
      unwrap(api.GET('/api/v1/practices/{practice_id}', { params: { path: { practice_id: id } } })),
    revisions: (id) =>
      unwrap(
        api.GET('/api/v1/practices/{practice_id}/revisions', {
          params: { path: { practice_id: id } },
        }),
      ),
    saving: create.isPending || update.isPending,
  };
}

export function useDeletePractice() {
  return useWrite(WRITES_REFRESH, (api, id: number) =>
    unwrap(
      api.DELETE('/api/v1/practices/{practice_id}', { params: { path: { practice_id: id } } }),
    ),
  );
}

export function useAdopt(practiceId: number) {
  return useWrite(WRITES_REFRESH, (api, body: { city: string; note: string }) =>
    unwrap(
      api.POST('/api/v1/practices/{practice_id}/adoptions', {
        params: { path: { practice_id: practiceId } },
        body,
      }),
    ),
  );
}

export function useWithdrawAdoption(practiceId: number) {
  return useWrite(WRITES_REFRESH, (api, city: string) =>
    unwrap(
      api.DELETE('/api/v1/practices/{practice_id}/adoptions/{city}', {
        params: { path: { practice_id: practiceId, city } },
      }),
    ),
  );
}

function useInvalidateQuestions(practiceId: number) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: [PRACTICES_KEY, 'questions', practiceId] });
}

export interface PostBody {
  body: string;
  language: Language;
}

export function useAsk(practiceId: number) {
  const api = useApi();
  const invalidate = useInvalidateQuestions(practiceId);
  return useMutation({
    mutationFn: (body: PostBody) =>
      unwrap(
        api.POST('/api/v1/practices/{practice_id}/questions', {
          params: { path: { practice_id: practiceId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useAnswer(practiceId: number, questionId: number) {
  const api = useApi();
  const invalidate = useInvalidateQuestions(practiceId);
  return useMutation({
    mutationFn: (body: PostBody) =>
      unwrap(
        api.POST('/api/v1/questions/{question_id}/answers', {
          params: { path: { question_id: questionId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useReport(postId: number) {
  const api = useApi();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/v1/posts/{post_id}/reports', {
          params: { path: { post_id: postId } },
          body: { reason },
        }),
      ),
  });
}

/** Administrators hide a post from everyone else, or show it again. */
export function useModerate(practiceId: number, postId: number) {
  const api = useApi();
  const invalidate = useInvalidateQuestions(practiceId);
  return useMutation({
    mutationFn: (hide: boolean) =>
      unwrap(
        hide
          ? api.POST('/api/v1/posts/{post_id}/hide', { params: { path: { post_id: postId } } })
          : api.POST('/api/v1/posts/{post_id}/unhide', { params: { path: { post_id: postId } } }),
      ),
    onSuccess: invalidate,
  });
}
