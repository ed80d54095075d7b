import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { useJourney } from '../features/journeys/queries';
import { useTrackList } from '../features/tracks/queries';

/** Facts of a session's page: the coaching journey and the learning tracks it belongs to. */
export function SessionPathFacts({
  session,
}: {
  session: { id: number; journey_id?: number | null };
}) {
  const { t } = useI18n();
  const journey = useJourney(session.journey_id ?? 0);
  const tracks = useTrackList({ session: session.id });
  const items = tracks.data?.items ?? [];
  return (
    <>
      {session.journey_id != null && journey.data && (
        <div>
          <dt>{t('Coaching journey')}</dt>
          <dd>
            <Link to={`/journeys/${journey.data.id}`} lang={journey.data.language} dir="auto">
              {journey.data.title}
            </Link>
          </dd>
        </div>
      )}
      {items.length > 0 && (
        <div>
          <dt>{t('Learning track')}</dt>
          <dd>
            <ul className="plain-list">
              {items.map((track) => (
                <li key={track.id}>
                  <Link to={`/tracks/${track.id}`} lang={track.language} dir="auto">
                    {track.title}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </>
  );
}
