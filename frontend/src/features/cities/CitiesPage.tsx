import { Link } from 'react-router';
import { Fact } from '../../components/Facts';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useCities, type City } from '../../api/cities';
import { TimeZoneName } from './TimeZoneName';

function CityCard({ city }: { city: City }) {
  const { t, format } = useI18n();
  return (
    <li className="card city-card">
      <h2 className="card__title">
        <Link to={`/cities/${city.slug}`}>{city.name}</Link>
      </h2>
      <dl className="facts">
        <Fact term={t('Country')}>{format.country(city.country_code)}</Fact>
        <Fact term={t('Time zone')}>
          <TimeZoneName timeZone={city.timezone} />
        </Fact>
      </dl>
    </li>
  );
}

export function CitiesPage() {
  const { t } = useI18n();
  const cities = useCities();
  return (
    <Page
      title={t('Cities')}
      lead={t('The cities that share their sustainability work on Polylog.')}
    >
      {cities.isPending && <Loading />}
      {cities.isError && <ErrorPanel error={cities.error} onRetry={() => void cities.refetch()} />}
      {cities.data?.length === 0 && (
        <EmptyState
          message={t('No cities have joined Polylog yet.')}
          explanation={t(
            'When a city joins, it will be listed here with its country and time zone.',
          )}
        />
      )}
      {cities.data !== undefined && cities.data.length > 0 && (
        <ul className="card-grid">
          {cities.data.map((city) => (
            <CityCard key={city.slug} city={city} />
          ))}
        </ul>
      )}
    </Page>
  );
}
