import { keepPreviousData, useMutation } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { download } from '../../api/download';
import { useApi } from '../../api/useApi';
import { useApiQuery } from '../../api/useApiQuery';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import type { sessionQuery } from './filters';
import { contentQueries } from '../content/contentQueries';
import { createRequest, type SessionDraft } from './sessionDraft';
import type { BookingCreate, SeriesCreate, Session, SessionCreate } from './types';

export const SESSIONS_KEY = 'sessions';
const MY_BOOKINGS_KEY = 'my-bookings';

export type SessionQuery = ReturnType<typeof sessionQuery>;

export function useSessionList(query: SessionQuery, page: number, perPage: number) {
  return useApiQuery(
    [SESSIONS_KEY, 'list', query, page, perPage],
    (api) =>
      api.GET('/api/v1/sessions', { params: { query: { ...query, page, per_page: perPage } } }),
    { placeholderData: keepPreviousData },
  );
}

/** The signed-in user's bookings, newest first; only asked for when signed in. */
export function useMyBookings(signedIn: boolean) {
  return useApiQuery([MY_BOOKINGS_KEY], (api) => api.GET('/api/v1/me/bookings'), {
    enabled: signedIn,
  });
}

export function useSessionBookings(id: number) {
  return useApiQuery(
    [SESSIONS_KEY, 'bookings', id],
    (api) =>
      api.GET('/api/v1/sessions/{session_id}/bookings', { params: { path: { session_id: id } } }),
    { sameInEveryLanguage: true },
  );
}

export function useCertificateCheck(code: string) {
  return useApiQuery(
    ['certificate', code],
    (api) => api.GET('/api/v1/certificates/{code}', { params: { path: { code } } }),
    { enabled: code !== '' },
  );
}

/** After any write: sessions, their bookings and the user's bookings are refetched. */
// The workspace lists attendance to mark and waitlists: it changes with them.
const WRITES_REFRESH = [SESSIONS_KEY, MY_BOOKINGS_KEY, 'workspace'];

const sessions = contentQueries({
  key: SESSIONS_KEY,
  path: '/api/v1/sessions',
  id: 'session_id',
  refresh: WRITES_REFRESH,
});

export const useSession = sessions.useItem;
export const useSessionRevisions = sessions.useRevisions;

export function useCreateSession() {
  return useWrite(WRITES_REFRESH, (api, body: SessionCreate): Promise<Session[]> =>
    unwrap(api.POST('/api/v1/sessions', { body })).then((session) => [session]),
  );
}

export function useCreateSeries() {
  return useWrite(WRITES_REFRESH, (api, body: SeriesCreate): Promise<Session[]> =>
    unwrap(api.POST('/api/v1/sessions/series', { body })),
  );
}

export function useCancelSession() {
  return useWrite(WRITES_REFRESH, (api, id: number) =>
    unwrap(
      api.POST('/api/v1/sessions/{session_id}/cancel', { params: { path: { session_id: id } } }),
    ),
  );
}

/** A draft (an accepted exchange request's session) published: listed and bookable from now on. */
export function usePublishSession() {
  return useWrite(WRITES_REFRESH, (api, session: { id: number; version: number }) =>
    unwrap(
      api.PATCH('/api/v1/sessions/{session_id}', {
        params: { path: { session_id: session.id } },
        headers: { 'If-Match': `"${session.version}"` },
        body: { draft: false },
      }),
    ),
  );
}

export interface BookingRequest {
  body: BookingCreate;
  /** One key per booking attempt: a retry of the same attempt gets the same booking. */
  idempotencyKey: string;
}

export function useBookSession(sessionId: number) {
  return useWrite(WRITES_REFRESH, (api, { body, idempotencyKey }: BookingRequest) =>
    unwrap(
      api.POST('/api/v1/sessions/{session_id}/bookings', {
        params: {
          path: { session_id: sessionId },
          header: { 'idempotency-key': idempotencyKey },
        },
        body,
      }),
    ),
  );
}

export function useCancelBooking() {
  return useWrite(WRITES_REFRESH, (api, bookingId: number) =>
    unwrap(
      api.DELETE('/api/v1/bookings/{booking_id}', {
        params: { path: { booking_id: bookingId } },
      }),
    ),
  );
}

export function useMarkAttendance(sessionId: number) {
  return useWrite(WRITES_REFRESH, (api, bookingIds: number[]) =>
    unwrap(
      api.POST('/api/v1/sessions/{session_id}/attendance', {
        params: { path: { session_id: sessionId } },
        body: { booking_ids: bookingIds },
      }),
    ),
  );
}

/** Takes back attendance marked by mistake: the booking is confirmed again, without a certificate. */
export function useUnmarkAttendance(sessionId: number) {
  return useWrite(WRITES_REFRESH, (api, bookingId: number) =>
    unwrap(
      api.DELETE('/api/v1/sessions/{session_id}/attendance/{booking_id}', {
        params: { path: { session_id: sessionId, booking_id: bookingId } },
      }),
    ),
  );
}

/** A new private calendar feed address; the previous one stops working. */
export function useNewCalendarFeed() {
  const api = useApi();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed')),
  });
}

export type Download =
  | { file: 'participants'; sessionId: number }
  | { file: 'certificate'; bookingId: number }
  | { file: 'my-calendar' };

/**
 * Files only their owner or the organisers may have: fetched with the
 * user's token (a plain link would not carry it), then offered as a download.
 */
export function useDownload() {
  const api = useApi();
  return useMutation({
    mutationFn: (what: Download) => {
      switch (what.file) {
        case 'participants':
          return download(
            api.GET('/api/v1/sessions/{session_id}/bookings.csv', {
              params: { path: { session_id: what.sessionId } },
              parseAs: 'blob',
            }),
            `session-${what.sessionId}-participants.csv`,
          );
        case 'certificate':
          return download(
            api.GET('/api/v1/bookings/{booking_id}/certificate.pdf', {
              params: { path: { booking_id: what.bookingId } },
              parseAs: 'blob',
            }),
            `certificate-${what.bookingId}.pdf`,
          );
        case 'my-calendar':
          return download(api.GET('/api/v1/me/calendar.ics', { parseAs: 'blob' }), 'polylog.ics');
      }
    },
  });
}

/** The public address of a session's calendar file, for an "Add to calendar" link. */
export function calendarFileUrl(sessionId: number): string {
  return `/api/v1/sessions/${sessionId}/calendar.ics`;
}

/** What the editor calls: create one session or a series, a versioned update, and reads past the cache. */
export function useSessionEndpoints() {
  const i18n = useI18n();
  const create = useCreateSession();
  const createSeries = useCreateSeries();
  return sessions.useEditorEndpoints<SessionDraft>({
    async create(draft) {
      const result = createRequest(draft, i18n);
      // The editor validated the draft before: a request is there.
      if ('errors' in result) throw new Error(Object.values(result.errors).join(' '));
      const created =
        result.request.kind === 'series'
          ? await createSeries.mutateAsync(result.request.body)
          : await create.mutateAsync(result.request.body);
      return created[0]?.id;
    },
    saving: create.isPending || createSeries.isPending,
  });
}
