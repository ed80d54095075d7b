import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { useCurrentUser } from '../accounts/queries';
import { InitiativeCard } from '../initiatives/InitiativeCard';
import { canPublishFor } from '../initiatives/permissions';
import { useInitiativeList } from '../initiatives/queries';
import { CityClock } from './CityClock';
import { SdgCoverage } from './SdgCoverage';
import { TimeZoneName } from './TimeZoneName';
import { useCity, type City } from './queries';

/** The city's name in the other languages, each spelling once. */
function namesElsewhere(city: City): { language: Language; name: string }[] {
  const seen = new Set([city.name]);
  return LANGUAGES.flatMap((language) => {
    const name = city.names[language];
    if (seen.has(name)) return [];
    seen.add(name);
    return [{ language, name }];
  });
}

function CityDetails({ city }: { city: City }) {
  const { t, format } = useI18n();
  const otherNames = namesElsewhere(city);
  return (
    <Page title={city.name}>
      <dl className="facts facts--wide">
        <div>
          <dt>{t('Local time')}</dt>
          <dd>
            <CityClock timeZone={city.timezone} />
          </dd>
        </div>
        <div>
          <dt>{t('Country')}</dt>
          <dd>{format.country(city.country_code)}</dd>
        </div>
        <div>
          <dt>{t('Time zone')}</dt>
          <dd>
            <TimeZoneName timeZone={city.timezone} />
          </dd>
        </div>
        <div>
          <dt>{t('Main language')}</dt>
          <dd>{format.language(city.default_language)}</dd>
        </div>
        {otherNames.length > 0 && (
          <div>
            <dt>{t('In other languages')}</dt>
            <dd>
              <ul className="inline-list">
                {otherNames.map(({ language, name }) => (
                  <li key={language} lang={language}>
                    {name}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="city-coverage">
        <h2 id="city-coverage">{t('Sustainable Development Goals covered')}</h2>
        <SdgCoverage slug={city.slug} cityName={city.name} />
      </section>
      <CityInitiatives city={city} />
      <p>
        <Link to="/cities">{t('See all cities')}</Link>
      </p>
    </Page>
  );
}

const CITY_LIST_SIZE = 50;

function CityInitiatives({ city }: { city: City }) {
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
        <p>{t('{city} has not published any initiatives yet.', { city: city.name })}</p>
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

export function CityPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const city = useCity(slug);
  if (city.isPending) return <Loading />;
  if (city.isError) {
    return (
      <Page title={t('Cities')}>
        <ErrorPanel error={city.error} onRetry={() => void city.refetch()} />
        <p>
          <Link to="/cities">{t('See all cities')}</Link>
        </p>
      </Page>
    );
  }
  return <CityDetails city={city.data} />;
}
