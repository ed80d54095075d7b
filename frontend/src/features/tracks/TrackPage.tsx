import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../api/currentUser';
import { CityFact, Fact } from '../../components/Facts';
import { LanguageNote } from '../../components/LanguageNote';
import { OwnerActions } from '../../components/OwnerActions';
import { LogInButton } from '../../components/LogIn';
import { Page } from '../../components/Page';
import { Paragraphs } from '../../components/Paragraphs';
import { useI18n } from '../../i18n/I18nProvider';
import { DetailRoute } from '../content/DetailRoute';
import { canOrganise } from '../content/permissions';
import { RevisionList } from '../content/RevisionList';
import { useShownLanguage } from '../content/useShownLanguage';
import { fieldLabel } from './labels';
import { TrackHelp, TrackProgress } from './parts';
import { useMyTracks, useTrack, useTrackRevisions } from './queries';
import type { Track, TrackSession } from './types';
import './tracks.css';

/** Shows a list of sessions: the sessions feature's cards, given by the app. */
export type RenderSessions = (sessions: readonly TrackSession[]) => ReactNode;

function TrackDetails({ track, renderSessions }: { track: Track; renderSessions: RenderSessions }) {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  const mine = useMyTracks();
  const revisions = useTrackRevisions(track.id);
  const { shown, dir, show } = useShownLanguage(track);
  const texts = track.translations[shown];
  const progress = mine.data?.find((item) => item.id === track.id);
  return (
    <Page title={texts?.title ?? track.title} titleLang={shown} titleDir={dir}>
      <LanguageNote item={track} shown={shown} onShow={show} />
      {canOrganise(user, track.host_city) && (
        <OwnerActions label={t('Manage this track')} editTo={`/tracks/${track.id}/edit`}>
          <Link className="button button--secondary" to="/tracks/new">
            {t('New learning track')}
          </Link>
        </OwnerActions>
      )}
      <TrackHelp />
      <dl className="facts">
        <CityFact term={t('Host city')} slug={track.host_city} />
        <Fact term={t('Rule')}>
          {t('Attend at least {required} of its {count} sessions.', {
            required: track.required_sessions,
            count: track.sessions.length,
          })}
        </Fact>
      </dl>
      {texts?.description && <Paragraphs text={texts.description} lang={shown} />}
      <section aria-labelledby="track-yours">
        <h2 id="track-yours">{t('Your progress')}</h2>
        {!user ? (
          <>
            <p>{t('Log in to see which sessions of the track you attended.')}</p>
            <LogInButton />
          </>
        ) : progress ? (
          <TrackProgress track={progress} idPrefix="track" />
        ) : (
          <p>
            {t(
              'You have no booking in this track yet. Book its sessions; once you attended {required} of them, the certificate is yours.',
              { required: track.required_sessions },
            )}
          </p>
        )}
      </section>
      <section aria-labelledby="track-sessions">
        <h2 id="track-sessions">{t('Sessions of the track')}</h2>
        {renderSessions(track.sessions)}
      </section>
      <RevisionList
        headingId="track-revisions"
        revisions={revisions}
        createdAt={track.created_at}
        fieldLabel={fieldLabel}
      />
    </Page>
  );
}

export function TrackPage({ renderSessions }: { renderSessions: RenderSessions }) {
  const { t } = useI18n();
  return (
    <DetailRoute
      useItem={useTrack}
      title={t('Learning track')}
      back={{ to: '/tracks', label: t('See all learning tracks') }}
      render={(track) => <TrackDetails track={track} renderSessions={renderSessions} />}
    />
  );
}
