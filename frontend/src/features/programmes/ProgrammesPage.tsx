import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCities, useCityName } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import {
  CheckboxFilter,
  CityFilterGroup,
  FilterGroup,
  FilterPanel,
} from '../../components/FilterGroup';
import { citiesIn, inOrder, pageIn } from '../../components/listParams';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { toggled } from '../../components/selection';
import { useI18n } from '../../i18n/I18nProvider';
import { citiesActingAs, PROGRAMME_KEEPERS } from '../content/permissions';
import { kindLabel } from './labels';
import { useProgrammeList, type ProgrammeFilters } from './queries';
import { isProgrammeKind, PROGRAMME_KINDS, type ProgrammeListItem } from './types';
import './programmes.css';

const PER_PAGE = 10;

function parseFilters(params: URLSearchParams): ProgrammeFilters {
  return {
    city: citiesIn(params),
    kind: inOrder(PROGRAMME_KINDS, params.getAll('kind').filter(isProgrammeKind)),
  };
}

function filterParams(filters: ProgrammeFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const city of filters.city) params.append('city', city);
  for (const kind of filters.kind) params.append('kind', kind);
  if (page > 1) params.set('page', String(page));
  return params;
}

function ProgrammeCard({ programme }: { programme: ProgrammeListItem }) {
  const i18n = useI18n();
  const { t, format, language: reader } = i18n;
  const cityName = useCityName();
  return (
    <li className="initiative-card">
      <h3 className="initiative-card__title">
        <Link to={`/programmes/${programme.id}`} lang={programme.language} dir="auto">
          {programme.title}
        </Link>
      </h3>
      <p className="initiative-card__meta">
        {t('{kind} of {city}, {start} to {end}', {
          kind: kindLabel(programme.kind, i18n),
          city: cityName(programme.city),
          start: format.day(programme.period_start),
          end: format.day(programme.period_end),
        })}
      </p>
      {programme.language !== reader && (
        <p className="initiative-card__meta">
          <span className="badge badge--language">
            {t('Language: {language}', { language: format.language(programme.language) })}
          </span>
        </p>
      )}
      {programme.summary_text && (
        <p className="initiative-card__summary" lang={programme.language} dir="auto">
          {programme.summary_text}
        </p>
      )}
    </li>
  );
}

export function ProgrammesPage() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const page = pageIn(params);
  const list = useProgrammeList(filters, page, PER_PAGE);
  const { data: user } = useCurrentUser();
  const cities = useCities();
  const canCreate =
    citiesActingAs(
      user,
      (cities.data ?? []).map((city) => city.slug),
      PROGRAMME_KEEPERS,
    ).length > 0;
  const filtered = filters.city.length + filters.kind.length > 0;
  const change = (next: ProgrammeFilters) => setParams(filterParams(next));

  let results: ReactNode;
  if (list.isPending) results = <Loading />;
  else if (list.isError)
    results = <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.total === 0 && !filtered)
    results = (
      <EmptyState
        message={t('No programme has been published yet.')}
        explanation={t(
          'A city’s Climate City Contract, climate programme or action plan appears here with its targets and its actions, followed up every quarter.',
        )}
      />
    );
  else
    results = (
      <>
        {list.data.items.length === 0 ? (
          <p>{t('No programme matches these filters. Try removing some of them.')}</p>
        ) : (
          <ul className="initiative-list">
            {list.data.items.map((programme) => (
              <ProgrammeCard key={programme.id} programme={programme} />
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          total={list.data.total}
          perPage={PER_PAGE}
          label={t('Pages of the list')}
          linkTo={(next) => `/programmes?${filterParams(filters, next).toString()}`}
        />
      </>
    );

  return (
    <Page
      title={t('Programmes and action plans')}
      lead={t(
        'Cities’ climate contracts, programmes and action plans: their targets, and every action followed up quarter by quarter.',
      )}
    >
      {canCreate && (
        <p>
          <Link className="button" to="/programmes/new">
            {t('New programme')}
          </Link>
        </p>
      )}
      <FilterPanel
        titleId="programme-filters-title"
        activeCount={filters.city.length + filters.kind.length}
        onClear={() => change({ city: [], kind: [] })}
      >
        <CityFilterGroup
          title={t('City')}
          selected={filters.city}
          onChange={(city) => change({ ...filters, city })}
        />
        <FilterGroup title={t('Kind')} count={filters.kind.length}>
          <CheckboxFilter
            id="filter-kind"
            legend={t('Kind')}
            options={PROGRAMME_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, i18n) }))}
            selected={filters.kind}
            onToggle={(value) =>
              change({
                ...filters,
                kind: PROGRAMME_KINDS.filter((kind) =>
                  toggled<string>(filters.kind, value).includes(kind),
                ),
              })
            }
          />
        </FilterGroup>
      </FilterPanel>
      <section aria-labelledby="programme-results" aria-busy={list.isFetching}>
        <h2 id="programme-results">
          {list.data
            ? tn('{count} programme', '{count} programmes', list.data.total)
            : t('Programmes')}
        </h2>
        {results}
      </section>
    </Page>
  );
}
