import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { Link } from 'react-router';
import { LanguageNote } from '../../components/LanguageNote';
import { Page } from '../../components/Page';
import { CityFact, Fact, FactsAside, SdgFact, ThemeFact } from '../../components/Facts';
import { OwnerActions } from '../../components/OwnerActions';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { useCities } from '../../api/cities';
import { BookingPanel } from './BookingPanel';
import { DetailRoute } from '../content/DetailRoute';
import { useShownLanguage } from '../content/useShownLanguage';
import { RevisionList } from '../content/RevisionList';
import { fieldLabel, formatLabel, kindLabel } from './labels';
import { canOrganise } from '../content/permissions';
import {
  calendarFileUrl,
  useCancelSession,
  usePublishSession,
  useSession,
  useSessionRevisions,
} from './queries';
import { FollowButton } from '../../components/FollowButton';
import { ErrorPanel } from '../../components/ErrorPanel';
import { seatsSummary, SessionBadges } from './SessionBadges';
import { SessionWhen, useSessionFormat } from './SessionTimes';
import type { Session } from './types';
import { useViewerZone } from './viewerZone';
import './sessions.css';
import { Paragraphs } from '../../components/Paragraphs';
import { ExternalLink } from '../../components/ExternalLink';

function CancelSessionControl({ session }: { session: Session }) {
  const { t } = useI18n();
  const cancel = useCancelSession();
  return (
    <ConfirmAction
      label={t('Cancel the session')}
      variant="danger"
      questionId="cancel-session-question"
      question={t(
        'Cancel this session? Everyone who booked is told, and it can no longer be booked. This cannot be undone.',
      )}
      confirmLabel={t('Yes, cancel the session')}
      keepLabel={t('Keep the session')}
      pending={cancel.isPending}
      error={cancel.error}
      onConfirm={(done) => cancel.mutate(session.id, { onSuccess: done })}
    />
  );
}

/** Taken and free seats as words and a bar; the bar only repeats the words. */
function Seats({ session }: { session: Session }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const share = Math.min(100, (session.seats_taken / Math.max(1, session.capacity)) * 100);
  return (
    <div className="seats">
      <p className="seats__text">
        {t('{taken} of {capacity} seats taken', {
          taken: session.seats_taken,
          capacity: session.capacity,
        })}
      </p>
      <span className="seats__bar" aria-hidden="true">
        <span className="seats__fill" style={{ inlineSize: `${share}%` }} />
      </span>
      <p className="seats__left">{seatsSummary(session, i18n)}</p>
      {session.waitlist > 0 && (
        <p className="seats__waitlist">
          {tn(
            '{count} booking is on the waitlist.',
            '{count} bookings are on the waitlist.',
            session.waitlist,
          )}
        </p>
      )}
    </div>
  );
}

/** When the session starts on each city's clocks, from the API's local times. */
function CityTimes({ session }: { session: Session }) {
  const { t } = useI18n();
  const format = useSessionFormat();
  const cities = useCities();
  const starts = new Date(session.starts_at);
  const zones = Object.keys(session.local_times);
  const rows = zones.flatMap((zone) => {
    const names = (cities.data ?? [])
      .filter((city) => city.timezone === zone)
      .map((city) => city.name);
    return names.length === 0 ? [] : [{ zone, names }];
  });
  if (rows.length === 0) return null;
  return (
    <details className="city-times">
      <summary>{t('Start time in each city')}</summary>
      <ul className="plain-list">
        {rows.map(({ zone, names }) => (
          <li key={zone}>
            {t('{cities}: {time}', {
              cities: names.join(', '),
              time: format.dateTime(starts, zone),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Who changed the session when, as initiatives and practices show it. */
function SessionRevisions({ session }: { session: Session }) {
  const revisions = useSessionRevisions(session.id);
  return (
    <RevisionList
      headingId="session-revisions"
      revisions={revisions}
      createdAt={session.created_at}
      fieldLabel={fieldLabel}
    />
  );
}

function DraftNotice({ session, manages }: { session: Session; manages: boolean }) {
  const { t } = useI18n();
  const publish = usePublishSession();
  return (
    <div className="notice" role="note">
      <p>
        {t(
          'This session is a draft: only your city’s organisers and admins see it. Organisers complete it, then publish it to open its bookings.',
        )}
      </p>
      {manages && (
        <Button
          disabled={publish.isPending}
          onClick={() => publish.mutate({ id: session.id, version: session.version })}
        >
          {t('Publish the session')}
        </Button>
      )}
      {publish.isError && <ErrorPanel error={publish.error} />}
    </div>
  );
}

/** Facts other features add to a session's page (its journey, its tracks), given by the app. */
export type RenderSessionFacts = (session: Session) => ReactNode;

function SessionDetails({
  session,
  renderFacts,
}: {
  session: Session;
  renderFacts: RenderSessionFacts;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const sessionFormat = useSessionFormat();
  const { data: user } = useCurrentUser();
  const { zone } = useViewerZone();
  const { shown, dir, show: setChosen } = useShownLanguage(session);
  const text = session.translations[shown] ?? {
    title: session.title,
    description: session.description,
  };
  const manages = canOrganise(user, session.host_city);
  const online = session.format !== 'in_person';

  return (
    <Page title={text.title} titleLang={shown} titleDir={dir}>
      <LanguageNote
        item={{
          original_language: session.original_language,
          language: session.language,
          languages: session.text_languages,
        }}
        shown={shown}
        onShow={setChosen}
      />
      {session.draft && <DraftNotice session={session} manages={manages} />}
      {session.cancelled && (
        <div className="notice notice--error" role="note">
          <p>{t('This session has been cancelled.')}</p>
        </div>
      )}
      {manages && (
        <OwnerActions
          label={t('Manage this session')}
          editTo={session.cancelled ? null : `/sessions/${session.id}/edit`}
        >
          <Link className="button button--secondary" to={`/sessions/${session.id}/bookings`}>
            {t('Bookings')}
          </Link>
          {!session.cancelled && <CancelSessionControl session={session} />}
        </OwnerActions>
      )}
      <div className="initiative-layout">
        <div className="initiative-layout__main">
          <SessionWhen session={session} zone={zone} />
          <div className="session-summary">
            <SessionBadges session={session} />
            <a
              className="button button--small button--secondary"
              href={calendarFileUrl(session.id)}
              download
            >
              {t('Add to calendar (.ics)')}
            </a>
          </div>
          {text.description && (
            <section aria-labelledby="session-description">
              <h2 id="session-description">{t('About the session')}</h2>
              <Paragraphs text={text.description} lang={shown} />
            </section>
          )}
          <BookingPanel session={session} />
        </div>
        <FactsAside after={<CityTimes session={session} />}>
          <CityFact term={t('Host city')} slug={session.host_city} />
          <Fact term={t('Kind of session')}>{kindLabel(session.kind, i18n)}</Fact>
          <Fact term={t('Format')}>{formatLabel(session.format, i18n)}</Fact>
          <Fact term={t('Spoken languages')}>
            {format.list(session.languages.map((code) => format.language(code)))}
            {session.interpretation && (
              <span className="fact-line">{t('Interpretation is provided.')}</span>
            )}
          </Fact>
          {session.venue && session.format !== 'online' && (
            <Fact term={t('Venue')}>
              <bdi>{session.venue}</bdi>
            </Fact>
          )}
          {online && (
            <Fact term={t('Online link')}>
              {session.online_url ? (
                <ExternalLink
                  href={session.online_url}
                  shown={session.online_url.replace(/^https?:\/\//, '')}
                />
              ) : (
                <span className="fact-line--muted">
                  {t('Shown here to participants with a confirmed seat.')}
                </span>
              )}
            </Fact>
          )}
          <Fact term={t('Seats')}>
            <Seats session={session} />
          </Fact>
          <Fact term={t('Registration')}>
            {session.registration_open
              ? t('Open until {time}', {
                  time: sessionFormat.dateTime(
                    new Date(session.registration_closes_at ?? session.starts_at),
                    zone,
                  ),
                })
              : t('Closed')}
          </Fact>
          {session.series && (
            <Fact term={t('Series')}>
              <Link to={`/sessions?series=${encodeURIComponent(session.series)}`}>
                <bdi>{session.series}</bdi>
              </Link>
              <FollowButton kind="series" followKey={session.series} label={session.series} />
            </Fact>
          )}
          {renderFacts(session)}
          <ThemeFact themes={session.themes} />
          <SdgFact sdgs={session.sdgs} />
        </FactsAside>
      </div>
      <SessionRevisions session={session} />
      <p className="session-page__back">
        <Link to="/sessions">{t('See all sessions')}</Link>
      </p>
    </Page>
  );
}

export function SessionPage({ renderFacts }: { renderFacts: RenderSessionFacts }) {
  const { t } = useI18n();
  return (
    <DetailRoute
      useItem={useSession}
      title={t('Session')}
      back={{ to: '/sessions', label: t('See all sessions') }}
      render={(session) => <SessionDetails session={session} renderFacts={renderFacts} />}
    />
  );
}
