import { Link, useSearchParams } from 'react-router';
import { QueryView } from '../../components/QueryView';
import { useCities } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { RadioGroup } from '../../components/RadioGroup';
import { useI18n } from '../../i18n/I18nProvider';
import { useActingCities } from '../content/useActingCities';
import { JourneyCard, JourneyHelp } from './parts';
import { useJourneyList, type JourneyFilter } from './queries';
import './journeys.css';

const PER_PAGE = 20;

function filterOf(params: URLSearchParams, fallbackCity: string): JourneyFilter {
  const role = params.get('role');
  const page = Number(params.get('page') ?? '1');
  return {
    city: params.get('city') ?? fallbackCity,
    role: role === 'coach' || role === 'coachee' ? role : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function searchOf(filter: JourneyFilter): string {
  const params = new URLSearchParams();
  params.set('city', filter.city);
  if (filter.city && filter.role) params.set('role', filter.role);
  if (filter.page > 1) params.set('page', String(filter.page));
  return `?${params.toString()}`;
}

/** Every journey, or a city's as coach or as coachee; the reader's own city first. */
export function JourneysPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { data: user } = useCurrentUser();
  const cities = useCities();
  const ownCity = user?.memberships[0]?.city ?? '';
  const filter = filterOf(params, ownCity);
  const journeys = useJourneyList(filter);
  const startCities = useActingCities('city_admin');
  const change = (patch: Partial<JourneyFilter>) =>
    setParams(searchOf({ ...filter, page: 1, ...patch }).slice(1));

  return (
    <Page
      title={t('Coaching journeys')}
      lead={t(
        'Cities guiding each other, stage by stage, from the starting point to international reporting.',
      )}
    >
      <JourneyHelp />
      {startCities.length > 0 && (
        <p>
          <Link className="button" to="/journeys/new">
            {t('Start a journey')}
          </Link>
        </p>
      )}
      <form className="journey-filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="journey-city"
          label={t('City')}
          value={filter.city}
          onChange={(event) => change({ city: event.target.value })}
        >
          <option value="">{t('All cities')}</option>
          {(cities.data ?? []).map((city) => (
            <option key={city.slug} value={city.slug}>
              {city.name}
            </option>
          ))}
        </SelectField>
        {filter.city !== '' && (
          <RadioGroup
            name="journey-role"
            legend={t('The city’s part')}
            options={[
              { value: '', label: t('Coach or coached') },
              { value: 'coach', label: t('As the coach') },
              { value: 'coachee', label: t('As the coached city') },
            ]}
            value={filter.role}
            onChange={(role) => change({ role })}
          />
        )}
      </form>
      <section aria-labelledby="journey-list-heading">
        <h2 id="journey-list-heading">{t('Journeys')}</h2>
        <QueryView
          query={journeys}
          empty={
            <EmptyState
              message={t('No journeys here yet.')}
              explanation={t(
                'A journey starts when a coach city’s administrator invites another city and that city accepts.',
              )}
            />
          }
        >
          {(found) => (
            <>
              <ul className="journey-list">
                {found.items.map((journey) => (
                  <JourneyCard key={journey.id} journey={journey} />
                ))}
              </ul>
              <Pagination
                page={filter.page}
                total={found.total}
                perPage={PER_PAGE}
                label={t('Pages of the list')}
                linkTo={(page) => `/journeys${searchOf({ ...filter, page })}`}
              />
            </>
          )}
        </QueryView>
      </section>
    </Page>
  );
}
