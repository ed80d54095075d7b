import { Link } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { useCities } from '../../api/cities';

/** How many cities take part, each a link to its page. */
export function CityChips() {
  const { t, tn } = useI18n();
  const cities = useCities();
  return (
    <section aria-labelledby="home-cities">
      <h2 id="home-cities">
        {cities.data === undefined
          ? t('Cities')
          : tn(
              '{count} city shares its work',
              '{count} cities share their work',
              cities.data.length,
            )}
      </h2>
      {cities.isPending && <Loading />}
      {cities.isError && <ErrorPanel error={cities.error} onRetry={() => void cities.refetch()} />}
      {cities.data !== undefined && (
        <ul className="chips">
          {cities.data.map((city) => (
            <li key={city.slug}>
              <Link to={`/cities/${city.slug}`} className="chip">
                {city.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
