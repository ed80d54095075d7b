import { Link } from 'react-router';
import type { City } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/I18nProvider';
import { canKeepProgrammes } from '../content/permissions';
import { kindLabel } from './labels';
import { useProgrammeList } from './queries';

/** A city's programmes and action plans, on the city's page. */
export function CityProgrammes({ city }: { city: City }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { data: user } = useCurrentUser();
  const list = useProgrammeList({ city: [city.slug], kind: [] }, 1, 20);
  return (
    <section aria-labelledby="city-programmes">
      <h2 id="city-programmes">{t('Programmes and action plans')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>{t('{city} has not published a programme yet.', { city: city.name })}</p>
      ) : (
        <ul className="plain-list city-programmes">
          {list.data.items.map((programme) => (
            <li key={programme.id}>
              <Link to={`/programmes/${programme.id}`} lang={programme.language} dir="auto">
                {programme.title}
              </Link>{' '}
              <span className="fact-line--muted">
                {t('{kind}, {start} to {end}', {
                  kind: kindLabel(programme.kind, i18n),
                  start: format.day(programme.period_start),
                  end: format.day(programme.period_end),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="inline-links">
        {list.data && list.data.total > list.data.items.length && (
          <Link to={`/programmes?city=${city.slug}`}>{t('See all programmes of this city')}</Link>
        )}
        {canKeepProgrammes(user, city.slug) && (
          <Link className="button button--secondary" to="/programmes/new">
            {t('New programme')}
          </Link>
        )}
      </p>
    </section>
  );
}
