import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '../../api/client';
import type { components } from '../../api/schema';
import { useApi } from '../../api/useApi';
import { useApiQuery } from '../../api/useApiQuery';
import { useWrite } from '../../api/useWrite';
import { restoreItem } from '../content/contentQueries';

export type DeletedItem = components['schemas']['DeletedItem'];
export type ReportedPost = components['schemas']['ReportedPost'];
export type AuditEntry = components['schemas']['AuditEntryOut'];

/** The kinds of content that are deleted softly and can be restored, in the order of the tabs. */
export const RESTORABLE_KINDS = ['initiative', 'practice', 'programme', 'action', 'track'] as const;
export type RestorableKind = (typeof RESTORABLE_KINDS)[number];

export function isRestorableKind(value: string | null): value is RestorableKind {
  return (RESTORABLE_KINDS as readonly string[]).includes(value ?? '');
}

const DELETED_KEY = 'deleted';
const REPORTED_KEY = 'reported-posts';
const AUDIT_KEY = 'audit';

export function useDeleted(kind: RestorableKind, page: number, perPage: number) {
  return useApiQuery(
    [DELETED_KEY, kind, page, perPage],
    (api) => api.GET('/api/v1/deleted', { params: { query: { kind, page, per_page: perPage } } }),
    { placeholderData: keepPreviousData },
  );
}

function restore(api: ApiClient, kind: RestorableKind, id: number): Promise<unknown> {
  switch (kind) {
    case 'initiative':
      return restoreItem(api, { path: '/api/v1/initiatives', id: 'initiative_id' }, id);
    case 'practice':
      return restoreItem(api, { path: '/api/v1/practices', id: 'practice_id' }, id);
    case 'programme':
      return restoreItem(api, { path: '/api/v1/programmes', id: 'programme_id' }, id);
    case 'action':
      return restoreItem(api, { path: '/api/v1/actions', id: 'action_id' }, id);
    case 'track':
      return restoreItem(api, { path: '/api/v1/tracks', id: 'track_id' }, id);
  }
}

/** Brings a deleted item back into lists and search; every list it belongs to is refetched. */
export function useRestore() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: { kind: RestorableKind; id: number }) => restore(api, item.kind, item.id),
    // Whatever lists the restored item belongs to are stale now.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useReportedPosts(includeHidden: boolean) {
  return useApiQuery([REPORTED_KEY, includeHidden], (api) =>
    api.GET('/api/v1/posts/reported', { params: { query: { include_hidden: includeHidden } } }),
  );
}

/** Hides a reported post from everyone but administrators, or shows it again. */
export function useModeratePost() {
  return useWrite(
    [REPORTED_KEY, 'practices', 'workspace'],
    (api, { postId, hide }: { postId: number; hide: boolean }) =>
      unwrap(
        hide
          ? api.POST('/api/v1/posts/{post_id}/hide', { params: { path: { post_id: postId } } })
          : api.POST('/api/v1/posts/{post_id}/unhide', { params: { path: { post_id: postId } } }),
      ),
  );
}

export function useAuditLog(slug: string, page: number, perPage: number, enabled: boolean) {
  return useApiQuery(
    [AUDIT_KEY, slug, page, perPage],
    (api) =>
      api.GET('/api/v1/cities/{slug}/audit', {
        params: { path: { slug }, query: { page, per_page: perPage } },
      }),
    { enabled, placeholderData: keepPreviousData, sameInEveryLanguage: true },
  );
}
