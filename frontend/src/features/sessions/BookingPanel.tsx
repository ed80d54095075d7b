import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormAlert } from '../../components/FormAlert';
import { InputField, TextAreaField } from '../../components/FormFields';
import { formErrors } from '../../components/formErrors';
import { Loading } from '../../components/Loading';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { useCurrentUser } from '../../api/currentUser';
import { useCityName } from '../../api/cities';
import { toggled } from '../../components/selection';
import { LanguageCheckboxes } from '../content/CheckboxFields';
import { SubmitButton } from '../content/SubmitButton';
import { useFormTexts } from '../content/useFormTexts';
import { bookingOutcome } from './bookingOutcome';
import { newIdempotencyKey } from './files';
import { delegationCities } from './permissions';
import { useBookSession, useCancelBooking, useDownload, useMyBookings } from './queries';
import type { Booking, Session } from './types';

/** Asks before cancelling a booking; the freed seats go to the waitlist. */
export function CancelBookingControl({ booking }: { booking: Pick<Booking, 'id' | 'status'> }) {
  const { t } = useI18n();
  const cancel = useCancelBooking();
  return (
    <ConfirmAction
      label={t('Cancel my booking')}
      variant="secondary"
      questionId={`cancel-booking-${booking.id}`}
      question={
        booking.status === 'confirmed'
          ? t('Cancel your booking? Your seats go to the next people on the waitlist.')
          : t('Cancel your booking and leave the waitlist?')
      }
      confirmLabel={t('Yes, cancel my booking')}
      keepLabel={t('Keep my booking')}
      pending={cancel.isPending}
      error={cancel.error}
      onConfirm={(done) => cancel.mutate(booking.id, { onSuccess: done })}
    />
  );
}

/** Fetches the certificate with the user's token and offers it as a file. */
export function CertificateButton({ bookingId }: { bookingId: number }) {
  const { t } = useI18n();
  const download = useDownload();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={download.isPending}
        onClick={() => download.mutate({ file: 'certificate', bookingId })}
      >
        {download.isPending ? t('Preparing the file…') : t('Download the certificate (PDF)')}
      </button>
      {download.isError && <ErrorPanel error={download.error} />}
    </>
  );
}

/** The user's booking: confirmed or their place in the waitlist, and what they can do with it. */
function MyBooking({ booking, started }: { booking: Booking; started: boolean }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const cityName = useCityName();
  const outcome = bookingOutcome(booking, cityName, i18n);
  return (
    <div className="my-booking">
      <div className={`booking-status booking-status--${outcome.tone}`} role="status">
        <p className="booking-status__title">{outcome.title}</p>
        <p>{outcome.detail}</p>
        {booking.languages.length > 0 && (
          <p>
            {t('Languages you need: {languages}', {
              languages: format.list(booking.languages.map((code) => format.language(code))),
            })}
          </p>
        )}
        {booking.attended && <p>{t('You attended this session.')}</p>}
      </div>
      <div className="actions">
        {booking.attended && <CertificateButton bookingId={booking.id} />}
        {!started && <CancelBookingControl booking={booking} />}
      </div>
    </div>
  );
}

const FORM_FIELDS = ['seats', 'city', 'languages', 'note'];

function BookingForm({
  session,
  onBooked,
}: {
  session: Session;
  onBooked(booking: Booking): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data: user } = useCurrentUser();
  const cityName = useCityName();
  const book = useBookSession(session.id);
  // One key per booking attempt: sending the form again after a lost answer is the same attempt.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [city, setCity] = useState('');
  const [languages, setLanguages] = useState<Language[]>([]);
  const cities = delegationCities(user);
  const errors = formErrors(book.error, FORM_FIELDS, i18n);
  const form = useFormTexts({ seats: '1', note: '' }, errors.fields);
  const { seats, note } = form.texts;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    book.mutate(
      {
        body: {
          seats: Number(seats) || 1,
          city: city === '' ? null : city,
          languages,
          note: note.trim(),
        },
        idempotencyKey,
      },
      {
        onSuccess: (booking) => {
          setIdempotencyKey(newIdempotencyKey());
          onBooked(booking);
        },
      },
    );
  }

  return (
    <form className="form booking-form" onSubmit={submit} noValidate>
      <FormAlert messages={errors.alerts} />
      {session.seats_left === 0 && (
        <p className="notice" role="note">
          {t('All seats are taken: if you book now, you join the waitlist and get seats in turn.')}
        </p>
      )}
      {cities.length > 0 && (
        <fieldset
          className="radio-group"
          aria-describedby={errors.fields.city ? 'city-error' : undefined}
        >
          <legend>{t('Book for')}</legend>
          <label className="radio">
            <input
              type="radio"
              name="booking-for"
              id="booking-for-me"
              checked={city === ''}
              onChange={() => setCity('')}
            />
            {t('Myself')}
          </label>
          {cities.map((slug) => (
            <label key={slug} className="radio">
              <input
                type="radio"
                name="booking-for"
                id={`booking-for-${slug}`}
                checked={city === slug}
                onChange={() => setCity(slug)}
              />
              {t('The delegation of {city}', { city: cityName(slug) })}
            </label>
          ))}
          {errors.fields.city && (
            <p id="city-error" className="field__error">
              {errors.fields.city}
            </p>
          )}
        </fieldset>
      )}
      <InputField
        id="seats"
        label={t('Seats')}
        hint={
          city === ''
            ? t('For yourself and anyone coming with you.')
            : t('One seat for each member of the delegation.')
        }
        type="number"
        inputMode="numeric"
        min={1}
        max={session.capacity}
        required
        {...form.bind('seats')}
      />
      <LanguageCheckboxes
        idPrefix="needed"
        legend={t('Languages you need')}
        hint={t('The organisers see them and can plan interpretation.')}
        selected={languages}
        onToggle={(language) => setLanguages(toggled(languages, language))}
        error={errors.fields.languages}
      />
      <TextAreaField
        id="booking-note"
        label={t('Note to the organisers (optional)')}
        dir="auto"
        rows={3}
        maxLength={1000}
        {...form.bind('note')}
      />
      <SubmitButton
        label={session.seats_left === 0 ? t('Join the waitlist') : t('Book')}
        pending={book.isPending}
        pendingLabel={t('Booking…')}
      />
    </form>
  );
}

/**
 * Booking on the session page: the user's booking if they have one, else the
 * form while registration is open, else why it is not.
 */
export function BookingPanel({ session }: { session: Session }) {
  const { t } = useI18n();
  const { data: user, isPending } = useCurrentUser();
  const myBookings = useMyBookings(Boolean(user));
  const started = new Date(session.starts_at).getTime() <= Date.now();
  const ended = new Date(session.ends_at).getTime() <= Date.now();
  // The booking just made, shown at once while the list of bookings is fetched again.
  const [justBooked, setJustBooked] = useState<Booking | null>(null);

  let body;
  if (isPending || (user && myBookings.isPending)) {
    body = <Loading />;
  } else if (session.cancelled) {
    // The page says so at the top; a booking for a cancelled session means nothing any more.
    body = null;
  } else if (!user) {
    body = session.registration_open ? (
      <p>
        {t('Log in to book a seat for yourself or your city’s delegation.')}{' '}
        <Link to="/login">{t('Log in')}</Link>
      </p>
    ) : null;
  } else if (myBookings.isError) {
    body = <ErrorPanel error={myBookings.error} onRetry={() => void myBookings.refetch()} />;
  } else {
    const mine = (myBookings.data ?? []).filter((booking) => booking.session === session.id);
    const fresh =
      justBooked !== null && !mine.some((booking) => booking.id === justBooked.id)
        ? justBooked
        : undefined;
    const active = mine.find((booking) => booking.status !== 'cancelled') ?? fresh;
    if (active) body = <MyBooking booking={active} started={started} />;
    else if (session.registration_open)
      body = <BookingForm session={session} onBooked={setJustBooked} />;
    else
      body = (
        <p>
          {ended ? t('This session has ended.') : t('Registration for this session has closed.')}
        </p>
      );
  }
  if (body === null) return null;
  return (
    <section className="booking-panel" aria-labelledby="booking-title">
      <h2 id="booking-title">{t('Booking')}</h2>
      {body}
    </section>
  );
}
