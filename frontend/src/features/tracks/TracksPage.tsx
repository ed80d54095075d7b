import { Link, useSearchParams } from 'react-router';
import { QueryView } from '../../components/QueryView';
import { useCities, useCityName } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { useI18n } from '../../i18n/I18nProvider';
import { useActingCities } from '../content/useActingCities';
import { TrackCard, TrackHelp } from './parts';
import { useTrackList } from './queries';
import './tracks.css';

/** Every published learning track, or one host city's. */
export function TracksPage() {
  const { t } = useI18n();
  const cityName = useCityName();
  const [params, setParams] = useSearchParams();
  const { data: user } = useCurrentUser();
  const cities = useCities();
  const city = params.get('city') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const tracks = useTrackList({ city }, page);
  const organising = useActingCities('organiser');
  const linkTo = (next: number) =>
    `/tracks?${new URLSearchParams({ ...(city ? { city } : {}), page: String(next) }).toString()}`;
  return (
    <Page
      title={t('Learning tracks')}
      lead={t('Trainings of several sessions that end with one certificate.')}
    >
      <TrackHelp />
      <div className="actions">
        {user && (
          <Link className="button button--secondary" to="/me/tracks">
            {t('My tracks')}
          </Link>
        )}
        {organising.length > 0 && (
          <Link className="button" to="/tracks/new">
            {t('New learning track')}
          </Link>
        )}
      </div>
      <SelectField
        id="track-city"
        label={t('Host city')}
        value={city}
        onChange={(event) => setParams(event.target.value ? { city: event.target.value } : {})}
      >
        <option value="">{t('All cities')}</option>
        {(cities.data ?? []).map((item) => (
          <option key={item.slug} value={item.slug}>
            {item.name}
          </option>
        ))}
      </SelectField>
      <QueryView
        query={tracks}
        empty={
          <EmptyState
            message={t('No learning tracks here yet.')}
            explanation={t(
              'A host city’s organisers put several of its sessions together as a track.',
            )}
          />
        }
      >
        {(found) => (
          <>
            <ul className="track-list">
              {found.items.map((track) => (
                <TrackCard key={track.id} track={track}>
                  <p className="track-card__meta">
                    <span>{cityName(track.host_city)}</span>
                    <span>
                      {t('Attend at least {required} of its {count} sessions.', {
                        required: track.required_sessions,
                        count: track.sessions.length,
                      })}
                    </span>
                  </p>
                </TrackCard>
              ))}
            </ul>
            <Pagination
              page={page}
              total={found.total}
              perPage={20}
              label={t('Pages of the list')}
              linkTo={linkTo}
            />
          </>
        )}
      </QueryView>
    </Page>
  );
}
