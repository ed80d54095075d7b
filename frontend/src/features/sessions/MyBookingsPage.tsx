import { useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { CardTitle } from '../../components/CardTitle';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { LogInPage } from '../../components/LogIn';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { useCityName } from '../../api/cities';
import { CancelBookingControl, CertificateButton } from './BookingPanel';
import { bookingOutcome } from './bookingOutcome';
import { bookingStatusLabel } from './labels';
import { calendarFileUrl, useDownload, useMyBookings, useNewCalendarFeed } from './queries';
import { SessionTimeLine, useSessionFormat } from './SessionTimes';
import type { MyBooking } from './types';
import { useViewerZone } from './viewerZone';
import { dayIn } from './zones';
import './sessions.css';

function BookingItem({ booking, zone }: { booking: MyBooking; zone: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const cityName = useCityName();
  const format = useSessionFormat();
  const session = booking.session_detail;
  const started = new Date(session.starts_at).getTime() <= Date.now();
  const outcome = bookingOutcome(booking, cityName, i18n);
  return (
    <li className={`booking-item booking-item--${booking.status}`}>
      <p className="booking-item__day">{format.day(dayIn(new Date(session.starts_at), zone))}</p>
      <SessionTimeLine session={session} zone={zone} />
      <CardTitle
        level={3}
        className="booking-item__title"
        to={`/sessions/${session.id}`}
        item={session}
      />
      <p className="session-card__meta">
        <span>{cityName(session.host_city)}</span>
        <span className={`booking-state booking-state--${booking.status}`}>
          {bookingStatusLabel(booking.status, i18n)}
        </span>
        {session.cancelled && (
          <span className="booking-state booking-state--cancelled">
            {t('The session was cancelled')}
          </span>
        )}
      </p>
      {booking.status !== 'cancelled' && !session.cancelled && <p>{outcome.detail}</p>}
      {booking.attended && <p>{t('You attended this session.')}</p>}
      <div className="actions">
        {booking.status !== 'cancelled' && !session.cancelled && (
          <a href={calendarFileUrl(session.id)} download>
            {t('Calendar file (.ics)')}
          </a>
        )}
        {booking.attended && <CertificateButton bookingId={booking.id} />}
        {!started && booking.status !== 'cancelled' && !session.cancelled && (
          <CancelBookingControl booking={booking} />
        )}
      </div>
    </li>
  );
}

/** Copies text to the clipboard, or selects it for copying by hand where the page may not. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return false;
  }
}

/** The private calendar feed: a secret address a calendar app subscribes to. */
function CalendarFeed() {
  const { t } = useI18n();
  const feed = useNewCalendarFeed();
  const download = useDownload();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null);
  const url = feed.data?.url;
  return (
    <section className="calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t('Your sessions in your calendar')}</h2>
      <p>
        {t(
          'Subscribe to your private calendar address in your calendar app, and the sessions you book appear there and stay up to date.',
        )}
      </p>
      {url !== undefined && (
        <div className="calendar-feed__url">
          <div className="field">
            <label htmlFor="calendar-feed-url">{t('Your private calendar address')}</label>
            <p id="calendar-feed-url-hint" className="field__hint">
              {t(
                'Keep it to yourself: anyone with this address can see your sessions. Polylog shows it only now.',
              )}
            </p>
            <input
              ref={input}
              id="calendar-feed-url"
              type="text"
              readOnly
              dir="ltr"
              value={url}
              aria-describedby="calendar-feed-url-hint"
              onFocus={(event) => event.target.select()}
            />
          </div>
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyText(url, input.current).then((done) =>
                setCopied(done ? 'copied' : 'select'),
              )
            }
          >
            {t('Copy the address')}
          </button>
          <p role="status" className="calendar-feed__copied">
            {copied === 'copied' && t('The address is copied.')}
            {copied === 'select' && t('The address is selected: copy it with your keyboard.')}
          </p>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className={url === undefined ? 'button' : 'button button--secondary'}
          disabled={feed.isPending}
          onClick={() => {
            setCopied(null);
            feed.mutate();
          }}
        >
          {url === undefined ? t('Create my calendar address') : t('Create a new address')}
        </button>
        <Button
          variant="secondary"
          disabled={download.isPending}
          onClick={() => download.mutate({ file: 'my-calendar' })}
        >
          {t('Download my sessions (.ics)')}
        </Button>
      </div>
      <p className="field__hint">
        {t(
          'Creating an address stops the previous one from working, for example if it was shared by mistake.',
        )}
      </p>
      {feed.isError && <ErrorPanel error={feed.error} />}
      {download.isError && <ErrorPanel error={download.error} />}
    </section>
  );
}

export function MyBookingsPage() {
  const { t, tn } = useI18n();
  const user = useCurrentUser();
  const bookings = useMyBookings(Boolean(user.data));
  const { zone } = useViewerZone();
  const [now] = useState(() => Date.now());

  if (user.isPending) return <Loading />;
  if (!user.data) {
    return (
      <LogInPage title={t('My bookings')} lead={t('Log in to see the sessions you have booked.')} />
    );
  }
  const all = [...(bookings.data ?? [])];
  const byStart = (a: MyBooking, b: MyBooking) =>
    a.session_detail.starts_at.localeCompare(b.session_detail.starts_at);
  const active = all.filter(
    (booking) => booking.status !== 'cancelled' && !booking.session_detail.cancelled,
  );
  const upcoming = active
    .filter((booking) => new Date(booking.session_detail.ends_at).getTime() > now)
    .sort(byStart);
  const past = active
    .filter((booking) => new Date(booking.session_detail.ends_at).getTime() <= now)
    .sort((a, b) => byStart(b, a));
  const cancelled = all.filter(
    (booking) => booking.status === 'cancelled' || booking.session_detail.cancelled,
  );

  return (
    <Page
      title={t('My bookings')}
      lead={t('The sessions you have booked, and your place in waitlists.')}
    >
      {bookings.isPending && <Loading />}
      {bookings.isError && (
        <ErrorPanel error={bookings.error} onRetry={() => void bookings.refetch()} />
      )}
      {bookings.data !== undefined && (
        <>
          <section aria-labelledby="bookings-upcoming">
            <h2 id="bookings-upcoming">{t('Upcoming')}</h2>
            {upcoming.length === 0 ? (
              <p>
                {t('You have no upcoming bookings.')}{' '}
                <Link to="/sessions">{t('Find a session')}</Link>
              </p>
            ) : (
              <ul className="booking-list">
                {upcoming.map((booking) => (
                  <BookingItem key={booking.id} booking={booking} zone={zone} />
                ))}
              </ul>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="bookings-past">
              <h2 id="bookings-past">{t('Past')}</h2>
              <ul className="booking-list">
                {past.map((booking) => (
                  <BookingItem key={booking.id} booking={booking} zone={zone} />
                ))}
              </ul>
            </section>
          )}
          {cancelled.length > 0 && (
            <section aria-labelledby="bookings-cancelled">
              <h2 id="bookings-cancelled">{t('Cancelled')}</h2>
              <details className="booking-cancelled">
                <summary>
                  {tn(
                    'Show {count} cancelled booking',
                    'Show {count} cancelled bookings',
                    cancelled.length,
                  )}
                </summary>
                <ul className="booking-list">
                  {cancelled.map((booking) => (
                    <BookingItem key={booking.id} booking={booking} zone={zone} />
                  ))}
                </ul>
              </details>
            </section>
          )}
        </>
      )}
      <CalendarFeed />
    </Page>
  );
}
