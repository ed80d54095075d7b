import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { useCities } from '../../api/cities';
import { publishingCities } from '../content/permissions';
import { SdgCheckboxes } from '../../components/SdgCheckboxes';
import { toggled } from '../../components/selection';
import {
  activeFilterCount,
  EMPTY_LIST_STATE,
  listSearchParams,
  parseListState,
  type PracticeListState,
} from './listState';
import { PracticeCard } from './PracticeCard';
import { usePracticeList } from './queries';
import './practices.css';
import { RadioGroup } from '../../components/RadioGroup';
import { Pagination } from '../../components/Pagination';
import {
  CityFilterGroup,
  FilterGroup,
  FilterPanel,
  ThemeFilterGroup,
} from '../../components/FilterGroup';

const PER_PAGE = 10;

function PracticeFilters({
  state,
  onChange,
}: {
  state: PracticeListState;
  onChange(next: PracticeListState): void;
}) {
  const { t } = useI18n();
  const [words, setWords] = useState(state.q);
  const change = (patch: Partial<PracticeListState>) => onChange({ ...state, ...patch, page: 1 });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change({ q: words.trim() });
  }

  const adoptedOptions: { value: 'any' | 'true' | 'false'; label: string }[] = [
    { value: 'any', label: t('All practices') },
    { value: 'true', label: t('Adopted by another city') },
    { value: 'false', label: t('Not adopted yet') },
  ];
  const adoptedValue = state.adopted === null ? 'any' : String(state.adopted);

  return (
    <FilterPanel
      titleId="filters-title"
      activeCount={activeFilterCount(state)}
      onClear={() => {
        setWords('');
        onChange(EMPTY_LIST_STATE);
      }}
      before={
        <form
          className="practice-search"
          role="search"
          aria-label={t('Search the practices')}
          onSubmit={search}
        >
          <label htmlFor="practice-words">{t('Words in the practice')}</label>
          <div className="practice-search__row">
            <input
              id="practice-words"
              type="search"
              value={words}
              maxLength={200}
              onChange={(event) => setWords(event.target.value)}
            />
            <button type="submit" className="button">
              {t('Search')}
            </button>
          </div>
        </form>
      }
    >
      <CityFilterGroup
        title={t('City')}
        selected={state.city}
        onChange={(city) => change({ city })}
      />
      <FilterGroup title={t('Adoption')} count={state.adopted === null ? 0 : 1}>
        <RadioGroup
          name="filter-adopted"
          legend={t('Adoption')}
          legendHidden
          options={adoptedOptions}
          value={adoptedValue}
          onChange={(value) => change({ adopted: value === 'any' ? null : value === 'true' })}
        />
      </FilterGroup>
      <FilterGroup title={t('Sustainable Development Goals')} count={state.sdg.length}>
        <SdgCheckboxes
          id="filter-sdg"
          legend={t('Sustainable Development Goals')}
          selected={state.sdg}
          compact
          onToggle={(sdg) => change({ sdg: toggled(state.sdg, sdg).sort((a, b) => a - b) })}
        />
      </FilterGroup>
      <ThemeFilterGroup selected={state.theme} onChange={(theme) => change({ theme })} />
    </FilterPanel>
  );
}

export function PracticesPage() {
  const { t, tn } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = parseListState(params);
  const list = usePracticeList(state, PER_PAGE);
  const { data: user } = useCurrentUser();
  const cities = useCities();
  const canPublish =
    publishingCities(
      user,
      (cities.data ?? []).map((city) => city.slug),
    ).length > 0;
  const filtered = activeFilterCount(state) > 0;

  let results: ReactNode;
  if (list.isPending) results = <Loading />;
  else if (list.isError)
    results = <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.total === 0 && !filtered)
    results = (
      <EmptyState
        message={t('No best practices have been shared yet.')}
        explanation={t(
          'When a city shares a practice, you will find here the problem it solved, how, the results and the lessons learned.',
        )}
      >
        <Link to="/cities">{t('Meet the cities')}</Link>
      </EmptyState>
    );
  else
    results = (
      <>
        {list.data.items.length === 0 ? (
          <p>{t('No practice matches these filters. Try removing some of them.')}</p>
        ) : (
          <ul className="initiative-list">
            {list.data.items.map((practice) => (
              <PracticeCard key={practice.id} practice={practice} />
            ))}
          </ul>
        )}
        <Pagination
          page={state.page}
          total={list.data.total}
          perPage={PER_PAGE}
          label={t('Pages of the list')}
          linkTo={(page) => `/practices?${listSearchParams({ ...state, page }).toString()}`}
        />
      </>
    );

  return (
    <Page
      title={t('Best practices')}
      lead={t('What cities have learned, written down so that others can do the same.')}
    >
      {canPublish && (
        <p>
          <Link className="button" to="/practices/new">
            {t('Share a practice')}
          </Link>
        </p>
      )}
      <PracticeFilters
        key={state.q}
        state={state}
        onChange={(next) => setParams(listSearchParams(next))}
      />
      <section aria-labelledby="practice-results" aria-busy={list.isFetching}>
        <h2 id="practice-results" className="practice-results__title">
          {list.data
            ? tn('{count} practice', '{count} practices', list.data.total)
            : t('Practices')}
        </h2>
        {results}
      </section>
    </Page>
  );
}
