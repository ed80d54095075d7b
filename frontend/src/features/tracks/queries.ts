import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useCurrentUser } from '../../api/currentUser';
import { useApi } from '../../api/useApi';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import type { EditorEndpoints } from '../content/useVersionedEditor';
import type { TrackDraft } from './editableState';
import { createPayload } from './trackKind';
import type { Track, TrackCreate, TrackUpdate } from './types';

export const TRACKS_KEY = 'tracks';

/** The published tracks, of one host city or with one session. */
export function useTrackList(filter: { city?: string; session?: number }, page = 1) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [TRACKS_KEY, 'list', language, filter, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/tracks', {
          params: {
            query: {
              ...(filter.city ? { city: filter.city } : {}),
              ...(filter.session ? { session: filter.session } : {}),
              page,
              per_page: 20,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useTrack(id: number) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: [TRACKS_KEY, 'one', id, language],
    queryFn: () =>
      unwrap(api.GET('/api/v1/tracks/{track_id}', { params: { path: { track_id: id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useTrackRevisions(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: [TRACKS_KEY, 'revisions', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/tracks/{track_id}/revisions', { params: { path: { track_id: id } } }),
      ),
  });
}

/** The tracks the signed-in user has bookings in, with how far they are; nothing for a visitor. */
export function useMyTracks() {
  const api = useApi();
  const { language } = useI18n();
  const { data: user } = useCurrentUser();
  return useQuery({
    queryKey: [TRACKS_KEY, 'mine', language, user?.id ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/me/tracks')),
    enabled: Boolean(user),
  });
}

/**
 * The host city's sessions a track can hold, past ones included; keyed under
 * "sessions" so that scheduling one refreshes the list.
 */
export function useHostSessions(city: string) {
  const api = useApi();
  const { language } = useI18n();
  return useQuery({
    queryKey: ['sessions', 'for-track', language, city],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sessions', {
          params: { query: { city: [city], page: 1, per_page: 100 } },
        }),
      ),
    enabled: city !== '',
  });
}

const WRITES_REFRESH = [TRACKS_KEY];

/** What the editor calls: create, a versioned update, and reads past the cache for a stale edit. */
export function useTrackEndpoints(): EditorEndpoints<Track, TrackDraft> {
  const api = useApi();
  const create = useWrite(WRITES_REFRESH, (client, body: TrackCreate) =>
    unwrap(client.POST('/api/v1/tracks', { body })),
  );
  const update = useWrite(
    WRITES_REFRESH,
    (client, { id, version, body }: { id: number; version: number; body: TrackUpdate }) =>
      unwrap(
        client.PATCH('/api/v1/tracks/{track_id}', {
          params: { path: { track_id: id }, header: { 'if-match': `"${version}"` } },
          body,
        }),
      ),
  );
  return {
    create: (draft) =>
      create.mutateAsync(createPayload(draft) as TrackCreate).then((created) => created.id),
    update: ({ id, version, body }) =>
      update.mutateAsync({ id, version, body: body as TrackUpdate }),
    current: (id) =>
      unwrap(api.GET('/api/v1/tracks/{track_id}', { params: { path: { track_id: id } } })),
    revisions: (id) =>
      unwrap(
        api.GET('/api/v1/tracks/{track_id}/revisions', { params: { path: { track_id: id } } }),
      ),
    saving: create.isPending || update.isPending,
  };
}
