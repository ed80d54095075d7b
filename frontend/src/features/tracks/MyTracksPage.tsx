import { Link } from 'react-router';
import { QueryView } from '../../components/QueryView';
import { useCityName } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { LogInPage } from '../../components/LogIn';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { TrackCard, TrackHelp, TrackProgress } from './parts';
import { useMyTracks } from './queries';
import './tracks.css';

/** The tracks the user has bookings in: sessions attended of those needed, and the certificate. */
export function MyTracksPage() {
  const { t } = useI18n();
  const cityName = useCityName();
  const user = useCurrentUser();
  const tracks = useMyTracks();
  const title = t('My learning tracks');
  if (user.isPending) return <Loading />;
  if (!user.data) {
    return <LogInPage title={title} lead={t('Log in to see the tracks you take part in.')} />;
  }
  return (
    <Page title={title} lead={t('Every track in which you booked a session, and how far you are.')}>
      <TrackHelp />
      <QueryView
        query={tracks}
        empty={
          <EmptyState
            message={t('You take part in no learning track yet.')}
            explanation={t('Book a session that belongs to a track, and the track shows here.')}
          >
            <p>
              <Link to="/tracks">{t('See all learning tracks')}</Link>
            </p>
          </EmptyState>
        }
      >
        {(mine) => (
          <ul className="track-list">
            {mine.map((track) => (
              <TrackCard key={track.id} track={track}>
                <p className="track-card__meta">{cityName(track.host_city)}</p>
                <TrackProgress track={track} idPrefix={`my-track-${track.id}`} />
              </TrackCard>
            ))}
          </ul>
        )}
      </QueryView>
    </Page>
  );
}
