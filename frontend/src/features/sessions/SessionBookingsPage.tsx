import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translate';
import { useCurrentUser } from '../../api/currentUser';
import { useCityName } from '../../api/cities';
import { canOrganise } from '../content/permissions';
import {
  useDownload,
  useMarkAttendance,
  useSession,
  useSessionBookings,
  useUnmarkAttendance,
} from './queries';
import { seatsSummary } from './SessionBadges';
import { SessionWhen, useSessionFormat } from './SessionTimes';
import type { OrganiserBooking, Session } from './types';
import { useViewerZone } from './viewerZone';
import './sessions.css';

/** The columns of a table of bookings: the first one is the table's own (attended, position). */
function bookingColumns(first: string, withNote: boolean, { t }: Pick<Translator, 't'>): string[] {
  return [
    first,
    t('Name'),
    t('E-mail address'),
    t('For'),
    t('Seats'),
    t('Languages needed'),
    ...(withNote ? [t('Note')] : []),
    t('Booked'),
  ];
}

function Person({ booking }: { booking: OrganiserBooking }) {
  return (
    <>
      <td>
        <bdi>{booking.person.display_name}</bdi>
      </td>
      <td className="break-anywhere">
        <bdi>{booking.person.email}</bdi>
      </td>
    </>
  );
}

function useBookingCells() {
  const { t, format } = useI18n();
  const cityName = useCityName();
  const sessionFormat = useSessionFormat();
  const { zone } = useViewerZone();
  return {
    forWhom: (booking: OrganiserBooking) =>
      booking.city === null
        ? t('Themselves')
        : t('The delegation of {city}', { city: cityName(booking.city) }),
    languages: (booking: OrganiserBooking) =>
      booking.languages.length === 0
        ? '—'
        : format.list(booking.languages.map((code) => format.language(code))),
    bookedAt: (booking: OrganiserBooking) =>
      sessionFormat.dateTime(new Date(booking.created_at), zone),
  };
}

function ConfirmedBookings({
  session,
  bookings,
}: {
  session: Session;
  bookings: OrganiserBooking[];
}) {
  const { t, tn, format } = useI18n();
  const cells = useBookingCells();
  const mark = useMarkAttendance(session.id);
  const unmark = useUnmarkAttendance(session.id);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [marked, setMarked] = useState<number | null>(null);
  const [unmarked, setUnmarked] = useState<string | null>(null);
  const started = new Date(session.starts_at).getTime() <= Date.now();
  const seats = bookings.reduce((sum, booking) => sum + booking.seats, 0);

  function undo(booking: OrganiserBooking) {
    setMarked(null);
    setUnmarked(null);
    unmark.mutate(booking.id, { onSuccess: () => setUnmarked(booking.person.display_name) });
  }

  function toggle(id: number) {
    setMarked(null);
    setUnmarked(null);
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ids = [...chosen];
    mark.mutate(ids, {
      onSuccess: () => {
        setUnmarked(null);
        setMarked(ids.length);
        setChosen(new Set());
      },
    });
  }

  return (
    <section aria-labelledby="confirmed-title">
      <h2 id="confirmed-title">
        {bookings.length === 0
          ? t('Confirmed bookings')
          : tn('{count} confirmed booking', '{count} confirmed bookings', bookings.length)}
      </h2>
      {bookings.length === 0 ? (
        <p>{t('Nobody has a confirmed seat yet.')}</p>
      ) : (
        <form className="attendance-form" onSubmit={submit} noValidate>
          <p>{tn('{count} seat in all.', '{count} seats in all.', seats)}</p>
          <DataTable
            className="bookings-table"
            columns={bookingColumns(t('Attended'), true, { t })}
          >
            {bookings.map((booking) => (
              <tr key={booking.id}>
                <td>
                  <input
                    type="checkbox"
                    id={`attended-${booking.id}`}
                    aria-label={t('{name} attended', { name: booking.person.display_name })}
                    checked={booking.attended || chosen.has(booking.id)}
                    disabled={!started || booking.attended}
                    onChange={() => toggle(booking.id)}
                  />
                  {booking.attended && (
                    <button
                      type="button"
                      className="button button--small button--secondary attendance-undo"
                      disabled={unmark.isPending}
                      aria-label={t('Undo the attendance of {name}', {
                        name: booking.person.display_name,
                      })}
                      onClick={() => undo(booking)}
                    >
                      {t('Undo')}
                    </button>
                  )}
                </td>
                <Person booking={booking} />
                <td>{cells.forWhom(booking)}</td>
                <td>{format.number(booking.seats)}</td>
                <td>{cells.languages(booking)}</td>
                <td dir="auto">{booking.note}</td>
                <td>{cells.bookedAt(booking)}</td>
              </tr>
            ))}
          </DataTable>
          {started ? (
            <p className="field__hint">
              {t('Tick those who attended, then mark them: they can then download a certificate.')}
            </p>
          ) : (
            <p className="field__hint">
              {t('Attendance can be marked once the session has started.')}
            </p>
          )}
          <div className="actions">
            <button
              type="submit"
              className="button"
              disabled={!started || chosen.size === 0 || mark.isPending}
            >
              {t('Mark attendance')}
            </button>
          </div>
          <p role="status" className="attendance-result">
            {marked !== null &&
              tn(
                'Attendance is marked for {count} booking.',
                'Attendance is marked for {count} bookings.',
                marked,
              )}
            {unmarked !== null &&
              t('The attendance of {name} is taken back: they have no certificate now.', {
                name: unmarked,
              })}
          </p>
          {mark.isError && <ErrorPanel error={mark.error} />}
          {unmark.isError && <ErrorPanel error={unmark.error} />}
        </form>
      )}
    </section>
  );
}

function Waitlist({ bookings }: { bookings: OrganiserBooking[] }) {
  const { t, tn, format } = useI18n();
  const cells = useBookingCells();
  const ordered = bookings.toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return (
    <section aria-labelledby="waitlist-title">
      <h2 id="waitlist-title">
        {bookings.length === 0
          ? t('Waitlist')
          : tn(
              '{count} booking on the waitlist',
              '{count} bookings on the waitlist',
              bookings.length,
            )}
      </h2>
      {bookings.length === 0 ? (
        <p>{t('Nobody is waiting.')}</p>
      ) : (
        <>
          <p>
            {t(
              'When seats are freed, they go to the waitlist in this order: a booking is confirmed when all its seats fit.',
            )}
          </p>
          <DataTable
            className="bookings-table"
            columns={bookingColumns(t('Position'), false, { t })}
          >
            {ordered.map((booking) => (
              <tr key={booking.id}>
                <td>{booking.position === null ? '—' : format.number(booking.position)}</td>
                <Person booking={booking} />
                <td>{cells.forWhom(booking)}</td>
                <td>{format.number(booking.seats)}</td>
                <td>{cells.languages(booking)}</td>
                <td>{cells.bookedAt(booking)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

function Cancelled({ bookings }: { bookings: OrganiserBooking[] }) {
  const { t, tn, format } = useI18n();
  const cells = useBookingCells();
  if (bookings.length === 0) return null;
  return (
    <section aria-labelledby="cancelled-title">
      <h2 id="cancelled-title">{t('Cancelled bookings')}</h2>
      <details>
        <summary>
          {tn('Show {count} cancelled booking', 'Show {count} cancelled bookings', bookings.length)}
        </summary>
        <DataTable
          className="bookings-table"
          columns={[t('Name'), t('E-mail address'), t('Seats'), t('Booked')]}
        >
          {bookings.map((booking) => (
            <tr key={booking.id}>
              <Person booking={booking} />
              <td>{format.number(booking.seats)}</td>
              <td>{cells.bookedAt(booking)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
}

function BookingsOverview({ session }: { session: Session }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { zone } = useViewerZone();
  const bookings = useSessionBookings(session.id);
  const download = useDownload();
  const all = bookings.data ?? [];
  return (
    <Page
      title={t('Bookings for “{title}”', { title: isolate(session.title) })}
      lead={t('{taken} of {capacity} seats taken', {
        taken: session.seats_taken,
        capacity: session.capacity,
      })}
    >
      <SessionWhen session={session} zone={zone} />
      <p>{seatsSummary(session, i18n)}</p>
      <div className="owner-actions" role="group" aria-label={t('Manage this session')}>
        <Link className="button button--secondary" to={`/sessions/${session.id}`}>
          {t('Back to the session')}
        </Link>
        <Button
          disabled={download.isPending}
          onClick={() => download.mutate({ file: 'participants', sessionId: session.id })}
        >
          {download.isPending ? t('Preparing the file…') : t('Export participants (CSV)')}
        </Button>
      </div>
      {download.isError && <ErrorPanel error={download.error} />}
      {bookings.isPending && <Loading />}
      {bookings.isError && (
        <ErrorPanel error={bookings.error} onRetry={() => void bookings.refetch()} />
      )}
      {bookings.data !== undefined && (
        <>
          <ConfirmedBookings
            session={session}
            bookings={all.filter((booking) => booking.status === 'confirmed')}
          />
          <Waitlist bookings={all.filter((booking) => booking.status === 'waitlisted')} />
          <Cancelled bookings={all.filter((booking) => booking.status === 'cancelled')} />
        </>
      )}
    </Page>
  );
}

export default function SessionBookingsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const sessionId = Number(id);
  const session = useSession(sessionId);
  const user = useCurrentUser();
  if (user.isPending || session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <Page title={t('Bookings')}>
        <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />
      </Page>
    );
  }
  if (!canOrganise(user.data, session.data.host_city)) {
    return (
      <Page
        title={t('Bookings')}
        lead={t('Only the organisers of the host city can see who booked.')}
      >
        <p>
          <Link to={`/sessions/${session.data.id}`}>{t('Back to the session')}</Link>
        </p>
      </Page>
    );
  }
  return <BookingsOverview session={session.data} />;
}
