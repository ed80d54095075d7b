import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useApiQuery } from '../../api/useApiQuery';
import { useWrite } from '../../api/useWrite';
import type { Language } from '../../i18n/languages';
import { listQuery, type PracticeListState } from './listState';
import { contentQueries } from '../content/contentQueries';
import { createPayload } from './practiceKind';

export const PRACTICES_KEY = 'practices';

export function usePracticeList(state: PracticeListState, perPage: number) {
  return useApiQuery(
    [PRACTICES_KEY, 'list', state, perPage],
    (api) =>
      api.GET('/api/v1/practices', {
        params: { query: { ...listQuery(state), per_page: perPage } },
      }),
    { placeholderData: keepPreviousData },
  );
}

export function useSimilarPractices(id: number) {
  return useApiQuery([PRACTICES_KEY, 'similar', id], (api) =>
    api.GET('/api/v1/practices/{practice_id}/similar', {
      params: { path: { practice_id: id }, query: { limit: 6 } },
    }),
  );
}

export function useQuestions(practiceId: number) {
  return useApiQuery(
    [PRACTICES_KEY, 'questions', practiceId],
    (api) =>
      api.GET('/api/v1/practices/{practice_id}/questions', {
        params: { path: { practice_id: practiceId }, query: { per_page: 100 } },
      }),
    { sameInEveryLanguage: true },
  );
}

/** After any write: the lists, this practice, its questions, and SDG coverage are refetched. */
const practices = contentQueries({
  key: PRACTICES_KEY,
  path: '/api/v1/practices',
  id: 'practice_id',
  refresh: [PRACTICES_KEY, 'coverage', 'search'],
});
const WRITES_REFRESH = practices.refresh;

export const usePractice = practices.useItem;
export const usePracticeRevisions = practices.useRevisions;
export const useDeletePractice = practices.useDelete;

/** What the editor calls: create, a versioned update, and reads past the cache for a stale edit. */
export function usePracticeEndpoints() {
  return practices.useEndpoints(createPayload);
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
