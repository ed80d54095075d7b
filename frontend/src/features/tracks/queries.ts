import { keepPreviousData } from '@tanstack/react-query';
import { useCurrentUser } from '../../api/currentUser';
import { useApiQuery } from '../../api/useApiQuery';
import { contentQueries } from '../content/contentQueries';
import { createPayload } from './trackKind';

export const TRACKS_KEY = 'tracks';

const tracks = contentQueries({
  key: TRACKS_KEY,
  path: '/api/v1/tracks',
  id: 'track_id',
  refresh: [TRACKS_KEY],
});

export const useTrack = tracks.useItem;
export const useTrackRevisions = tracks.useRevisions;

/** What the editor calls: create, a versioned update, and reads past the cache for a stale edit. */
export function useTrackEndpoints() {
  return tracks.useEndpoints(createPayload);
}

/** The published tracks, of one host city or with one session. */
export function useTrackList(filter: { city?: string; session?: number }, page = 1) {
  return useApiQuery(
    [TRACKS_KEY, 'list', filter, page],
    (api) =>
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
    { placeholderData: keepPreviousData },
  );
}

/** The tracks the signed-in user has bookings in, with how far they are; nothing for a visitor. */
export function useMyTracks() {
  const { data: user } = useCurrentUser();
  return useApiQuery(
    [TRACKS_KEY, 'mine', user?.id ?? null],
    (api) => api.GET('/api/v1/me/tracks'),
    {
      enabled: Boolean(user),
    },
  );
}

/**
 * The host city's sessions a track can hold, past ones included; keyed under
 * "sessions" so that scheduling one refreshes the list.
 */
export function useHostSessions(city: string) {
  return useApiQuery(
    ['sessions', 'for-track', city],
    (api) =>
      api.GET('/api/v1/sessions', { params: { query: { city: [city], page: 1, per_page: 100 } } }),
    { enabled: city !== '' },
  );
}
