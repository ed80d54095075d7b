import type { ReactNode } from 'react';
import { Fact } from '../../components/Facts';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { FeedLink } from '../../components/FeedLink';
import { FollowButton } from '../../components/FollowButton';
import { CityClock } from './CityClock';
import { SdgCoverage } from './SdgCoverage';
import { SdgHelp } from '../../components/SdgHelp';
import { TimeZoneName } from './TimeZoneName';
import { useCity } from './queries';
import { type City } from '../../api/cities';

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

interface CityPageProps {
  /** What the city has published, drawn by the feature that owns it (the app composes them). */
  renderInitiatives(city: City): ReactNode;
  /** Its programmes and action plans. */
  renderProgrammes(city: City): ReactNode;
  /** Partners strong in a goal the city has no initiative for, and requests to them. */
  renderPartners?(city: City, sdg: number, goalTitle: string): ReactNode;
}

function CityDetails({
  city,
  renderInitiatives,
  renderProgrammes,
  renderPartners,
}: { city: City } & CityPageProps) {
  const { t, format } = useI18n();
  const otherNames = namesElsewhere(city);
  return (
    <Page title={city.name}>
      <div className="page-actions">
        <FollowButton kind="city" followKey={city.slug} label={city.name} />
        <FeedLink path={`/api/v1/cities/${city.slug}/feed.atom`} title={city.name} />
      </div>
      <dl className="facts facts--wide">
        <Fact term={t('Local time')}>
          <CityClock timeZone={city.timezone} />
        </Fact>
        <Fact term={t('Country')}>{format.country(city.country_code)}</Fact>
        <Fact term={t('Time zone')}>
          <TimeZoneName timeZone={city.timezone} />
        </Fact>
        <Fact term={t('Main language')}>{format.language(city.default_language)}</Fact>
        {otherNames.length > 0 && (
          <Fact term={t('In other languages')}>
            <ul className="inline-list">
              {otherNames.map(({ language, name }) => (
                <li key={language} lang={language}>
                  {name}
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
      <section aria-labelledby="city-coverage">
        <h2 id="city-coverage">{t('Sustainable Development Goals covered')}</h2>
        <SdgHelp />
        <SdgCoverage
          slug={city.slug}
          cityName={city.name}
          renderPartners={
            renderPartners ? (sdg, title) => renderPartners(city, sdg, title) : undefined
          }
        />
      </section>
      {renderProgrammes(city)}
      <section aria-labelledby="city-report">
        <h2 id="city-report">{t('Reporting')}</h2>
        <p>
          {t(
            'A Voluntary Local Review or Climate City Contract report composed from what {city} keeps here, with what is still missing, as PDF and Excel.',
            { city: city.name },
          )}
        </p>
        <p>
          <Link className="button button--secondary" to={`/cities/${city.slug}/report`}>
            {t('Open the report of {city}', { city: city.name })}
          </Link>
        </p>
      </section>
      {renderInitiatives(city)}
      <p>
        <Link to="/cities">{t('See all cities')}</Link>
      </p>
    </Page>
  );
}

export function CityPage({ renderInitiatives, renderProgrammes, renderPartners }: CityPageProps) {
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
  return (
    <CityDetails
      city={city.data}
      renderInitiatives={renderInitiatives}
      renderProgrammes={renderProgrammes}
      renderPartners={renderPartners}
    />
  );
}
