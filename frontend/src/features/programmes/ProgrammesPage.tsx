import { useSearchParams } from 'react-router';
import { CardTitle } from '../../components/CardTitle';
import { useCityName } from '../../api/cities';
import { EmptyState } from '../../components/EmptyState';
import { CityFilterGroup, FilterPanel, OrderedFilterGroup } from '../../components/FilterGroup';
import { citiesIn, inOrder, pageIn } from '../../components/listParams';
import { ListSection } from '../../components/ListSection';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateLink } from '../content/CreateLink';
import { PROGRAMME_KEEPERS } from '../content/permissions';
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
      <CardTitle
        level={3}
        className="initiative-card__title"
        to={`/programmes/${programme.id}`}
        item={programme}
      />
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
  const change = (next: ProgrammeFilters) => setParams(filterParams(next));
  return (
    <Page
      title={t('Programmes and action plans')}
      lead={t(
        'Cities’ climate contracts, programmes and action plans: their targets, and every action followed up quarter by quarter.',
      )}
    >
      <CreateLink role={PROGRAMME_KEEPERS} to="/programmes/new">
        {t('New programme')}
      </CreateLink>
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
        <OrderedFilterGroup
          id="filter-kind"
          title={t('Kind')}
          options={PROGRAMME_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, i18n) }))}
          selected={filters.kind}
          onChange={(kind) => change({ ...filters, kind })}
        />
      </FilterPanel>
      <ListSection
        id="programme-results"
        heading={(total) =>
          total === undefined
            ? t('Programmes')
            : tn('{count} programme', '{count} programmes', total)
        }
        list={list}
        filtered={filters.city.length + filters.kind.length > 0}
        empty={
          <EmptyState
            message={t('No programme has been published yet.')}
            explanation={t(
              'A city’s Climate City Contract, climate programme or action plan appears here with its targets and its actions, followed up every quarter.',
            )}
          />
        }
        noMatch={t('No programme matches these filters. Try removing some of them.')}
        listClassName="initiative-list"
        renderItem={(programme) => <ProgrammeCard key={programme.id} programme={programme} />}
        page={page}
        perPage={PER_PAGE}
        linkTo={(next) => `/programmes?${filterParams(filters, next).toString()}`}
      />
    </Page>
  );
}
