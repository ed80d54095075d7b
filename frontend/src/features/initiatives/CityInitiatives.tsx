import { Link } from 'react-router';
import type { City } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { canPublishFor } from '../content/permissions';
import { InitiativeCard } from './InitiativeCard';
import { useInitiativeList } from './queries';

const CITY_LIST_SIZE = 50;

/** A city's initiatives, as its page lists them. */
export function CityInitiatives({ city }: { city: City }) {
  const { t, tn } = useI18n();
  const { data: user } = useCurrentUser();
  const list = useInitiativeList(
    { city: [city.slug], sdg: [], theme: [], status: [] },
    1,
    CITY_LIST_SIZE,
  );
  return (
    <section aria-labelledby="city-initiatives">
      <h2 id="city-initiatives">
        {list.data === undefined
          ? t('Initiatives')
          : tn('{count} initiative', '{count} initiatives', list.data.total)}
      </h2>
      <div className="actions section-actions">
        <Link to={`/map?city=${encodeURIComponent(city.slug)}`}>{t('See them on the map')}</Link>
        {canPublishFor(user, city.slug) && (
          <Link className="button button--small" to="/initiatives/new">
            {t('New initiative')}
          </Link>
        )}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && (
        <p>
          {t('{city} has not published any initiatives yet.', { city: city.name })}{' '}
          {canPublishFor(user, city.slug) ? (
            <Link to="/initiatives/new">{t('Publish its first initiative')}</Link>
          ) : (
            <Link to="/map">{t('See what other cities do on the map')}</Link>
          )}
        </p>
      )}
      {list.data !== undefined && list.data.items.length > 0 && (
        <ul className="initiative-list initiative-list--grid">
          {list.data.items.map((item) => (
            <InitiativeCard key={item.id} initiative={item} showCity={false} />
          ))}
        </ul>
      )}
    </section>
  );
}
