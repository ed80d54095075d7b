import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ListSection } from '../../components/ListSection';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateLink } from '../content/CreateLink';
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
  return (
    <Page
      title={t('Best practices')}
      lead={t('What cities have learned, written down so that others can do the same.')}
    >
      <CreateLink role="delegate" to="/practices/new">
        {t('Share a practice')}
      </CreateLink>
      <PracticeFilters
        key={state.q}
        state={state}
        onChange={(next) => setParams(listSearchParams(next))}
      />
      <ListSection
        id="practice-results"
        heading={(total) =>
          total === undefined ? t('Practices') : tn('{count} practice', '{count} practices', total)
        }
        headingClassName="practice-results__title"
        list={list}
        filtered={activeFilterCount(state) > 0}
        empty={
          <EmptyState
            message={t('No best practices have been shared yet.')}
            explanation={t(
              'When a city shares a practice, you will find here the problem it solved, how, the results and the lessons learned.',
            )}
          >
            <Link to="/cities">{t('Meet the cities')}</Link>
          </EmptyState>
        }
        noMatch={t('No practice matches these filters. Try removing some of them.')}
        listClassName="initiative-list"
        renderItem={(practice) => <PracticeCard key={practice.id} practice={practice} />}
        page={state.page}
        perPage={PER_PAGE}
        linkTo={(page) => `/practices?${listSearchParams({ ...state, page }).toString()}`}
      />
    </Page>
  );
}
