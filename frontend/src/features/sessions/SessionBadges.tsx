import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translate';
import { formatLabel, kindLabel } from './labels';
import type { SessionSummary } from './types';

type BadgeFacts = Pick<
  SessionSummary,
  | 'kind'
  | 'format'
  | 'languages'
  | 'interpretation'
  | 'seats_left'
  | 'waitlist'
  | 'cancelled'
  | 'registration_open'
  | 'ends_at'
>;

/** The seats in a word or two: how many are left, full, and who waits. */
export function seatsSummary(
  session: Pick<SessionSummary, 'seats_left' | 'waitlist'>,
  { t, tn }: Pick<Translator, 't' | 'tn'>,
): string {
  if (session.seats_left > 0) {
    return tn('{count} seat left', '{count} seats left', session.seats_left);
  }
  return session.waitlist > 0
    ? tn('Full: {count} booking waiting', 'Full: {count} bookings waiting', session.waitlist)
    : t('Full: join the waitlist');
}

/**
 * What kind of session it is and whether one can still get in: kind, format,
 * spoken languages, interpretation, seats or waitlist, cancelled or closed.
 */
export function SessionBadges({ session }: { session: BadgeFacts }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const ended = new Date(session.ends_at).getTime() < Date.now();
  return (
    <ul className="session-badges">
      <li className="session-badge session-badge--kind">{kindLabel(session.kind, i18n)}</li>
      <li className="session-badge">{formatLabel(session.format, i18n)}</li>
      <li className="session-badge">
        <span className="visually-hidden">{t('Spoken languages:')} </span>
        {format.list(session.languages.map((code) => format.language(code)))}
      </li>
      {session.interpretation && (
        <li className="session-badge session-badge--interpretation">{t('Interpretation')}</li>
      )}
      {session.cancelled ? (
        <li className="session-badge session-badge--cancelled">{t('Cancelled')}</li>
      ) : ended ? (
        <li className="session-badge session-badge--closed">{t('Ended')}</li>
      ) : (
        <>
          <li
            className={`session-badge ${session.seats_left > 0 ? 'session-badge--seats' : 'session-badge--full'}`}
          >
            {seatsSummary(session, i18n)}
          </li>
          {!session.registration_open && (
            <li className="session-badge session-badge--closed">{t('Registration closed')}</li>
          )}
        </>
      )}
    </ul>
  );
}
