import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGES, isLanguage, textDirection } from '../../i18n/languages';
import { useCityName } from '../../api/cities';
import { useSdgLookup, useThemeLabel } from '../../api/taxonomy';
import { useSearch, type Concept, type SearchHit, type SearchResults } from './queries';
import {
  chosenCount,
  EMPTY_SEARCH,
  ENTITY_TYPES,
  FACETS,
  hasSearch,
  parseSearch,
  resultPath,
  searchParams,
  toggleFacet,
  withQuery,
  type Facet,
  type SearchState,
} from './searchState';
import { Snippet } from './Snippet';
import './search.css';
import { Pagination } from '../../components/Pagination';
import { labelTable } from '../../i18n/labelTable';

const PER_PAGE = 10;

const typeLabel = labelTable<string>((t) => ({
  initiative: t('Initiative'),
  practice: t('Best practice'),
  session: t('Session'),
  programme: t('Programme'),
  action: t('Action'),
}));

const typeGroupLabel = labelTable<string>((t) => ({
  initiative: t('Initiatives'),
  practice: t('Practices'),
  session: t('Sessions'),
  programme: t('Programmes'),
  action: t('Actions'),
}));

interface FacetOption {
  value: string;
  label: string;
  count: number;
  lang?: string;
}

function FacetGroup({
  facet,
  legend,
  options,
  chosen,
  onToggle,
}: {
  facet: Facet;
  legend: string;
  options: readonly FacetOption[];
  chosen: readonly string[];
  onToggle(facet: Facet, value: string): void;
}) {
  const { format } = useI18n();
  if (options.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => {
          const id = `facet-${facet}-${option.value}`;
          return (
            <li key={option.value}>
              <input
                type="checkbox"
                id={id}
                checked={chosen.includes(option.value)}
                onChange={() => onToggle(facet, option.value)}
              />
              <label htmlFor={id}>
                <span lang={option.lang}>{option.label}</span>
                <span className="facet__count">{format.number(option.count)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Every value with a count, and every chosen value even when the count is now 0. */
function withChosen(counts: Record<string, number>, chosen: readonly string[]): [string, number][] {
  const entries = Object.entries(counts);
  for (const value of chosen) if (!(value in counts)) entries.push([value, 0]);
  return entries;
}

function Facets({
  state,
  results,
  onToggle,
}: {
  state: SearchState;
  results: SearchResults;
  onToggle(facet: Facet, value: string): void;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const cityName = useCityName();
  const sdg = useSdgLookup();
  const themeLabel = useThemeLabel();
  const { facets } = results;
  const collator = new Intl.Collator(i18n.language);
  const byCountThenLabel = (a: FacetOption, b: FacetOption) =>
    b.count - a.count || collator.compare(a.label, b.label);

  const typeOptions = withChosen(facets.type, state.type)
    .map(([value, count]) => ({ value, count, label: typeGroupLabel(value, i18n) }))
    .sort(
      (a, b) => ENTITY_TYPES.indexOf(a.value as never) - ENTITY_TYPES.indexOf(b.value as never),
    );
  const languageOptions = withChosen(facets.language, state.language)
    .filter(([value]) => isLanguage(value))
    .map(([value, count]) => ({ value, count, label: format.language(value) }))
    .sort((a, b) => LANGUAGES.indexOf(a.value as never) - LANGUAGES.indexOf(b.value as never));
  const cityOptions = withChosen(facets.city, state.city)
    .map(([value, count]) => ({ value, count, label: cityName(value) }))
    .sort(byCountThenLabel);
  const sdgOptions = withChosen(facets.sdg, state.sdg)
    .map(([value, count]) => ({
      value,
      count,
      label: t('SDG {number}: {title}', {
        number: Number(value),
        title: sdg(Number(value))?.title ?? '',
      }),
    }))
    .sort((a, b) => Number(a.value) - Number(b.value));
  const themeOptions = withChosen(facets.theme, state.theme)
    .map(([value, count]) => ({ value, count, label: themeLabel(value) }))
    .sort(byCountThenLabel);

  // In the order of FACETS, which is the order the groups are shown in.
  const groups: Record<Facet, { legend: string; options: readonly FacetOption[] }> = {
    type: { legend: t('Type'), options: typeOptions },
    language: { legend: t('Language of the text'), options: languageOptions },
    city: { legend: t('City'), options: cityOptions },
    sdg: { legend: t('Sustainable Development Goals'), options: sdgOptions },
    theme: { legend: t('Themes'), options: themeOptions },
  };

  return (
    <section className="search-facets" aria-labelledby="search-facets-title">
      <h2 id="search-facets-title">{t('Narrow the results')}</h2>
      {FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          legend={groups[facet].legend}
          options={groups[facet].options}
          chosen={state[facet]}
          onToggle={onToggle}
        />
      ))}
    </section>
  );
}

/** "Also searched: energia · انرژی · enerji": the concepts the words matched, in every language. */
function Concepts({ concepts }: { concepts: readonly Concept[] }) {
  const { t, language: reader } = useI18n();
  if (concepts.length === 0) return null;
  const order = [reader, ...LANGUAGES.filter((language) => language !== reader)];
  return (
    <div className="search-concepts">
      <p className="search-concepts__title">{t('Also searched:')}</p>
      <ul>
        {concepts.map((concept) => {
          const seen = new Set<string>();
          const labels = order
            .map((language) => ({ language, label: concept.labels[language] }))
            .filter((item): item is { language: (typeof LANGUAGES)[number]; label: string } => {
              if (!item.label) return false;
              const key = item.label.toLocaleLowerCase(item.language);
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            });
          return (
            <li key={concept.key}>
              {labels.map((item, index) => (
                <span key={item.language}>
                  {index > 0 && (
                    <span className="search-concepts__dot" aria-hidden="true">
                      {' · '}
                    </span>
                  )}
                  <span lang={item.language} dir={textDirection(item.language)}>
                    {item.label}
                  </span>
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const cityName = useCityName();
  const dir = isLanguage(hit.language) ? textDirection(hit.language) : 'auto';
  return (
    <li className="search-result">
      <h3 className="search-result__title" dir={dir}>
        <Link to={resultPath(hit.type, hit.id)} lang={hit.language} dir={dir}>
          {hit.title}
        </Link>
      </h3>
      <p className="search-result__meta">
        <span className={`badge search-badge--${hit.type}`}>{typeLabel(hit.type, i18n)}</span>
        <span className="badge badge--language">
          {t('Language: {language}', { language: format.language(hit.language) })}
        </span>
        <span>{cityName(hit.city)}</span>
        {hit.match === 'semantic' && (
          <span
            className="badge search-badge--semantic"
            title={t('None of the words matched: found because the text means something similar.')}
          >
            {t('Similar meaning')}
          </span>
        )}
      </p>
      {hit.snippet && (
        <p className="search-result__snippet" lang={hit.language} dir={dir}>
          <Snippet html={hit.snippet} />
        </p>
      )}
    </li>
  );
}

/** "12 results for “energia”"; "at least" when the server stopped counting a very common word. */
function ResultCount({ state, results }: { state: SearchState; results: SearchResults }) {
  const { tn } = useI18n();
  const query = { query: isolate(state.q) };
  const exact = results.total_exact !== false;
  if (state.q) {
    return exact
      ? tn('{count} result for “{query}”', '{count} results for “{query}”', results.total, query)
      : tn(
          'At least {count} result for “{query}”',
          'At least {count} results for “{query}”',
          results.total,
          query,
        );
  }
  return exact
    ? tn('{count} result', '{count} results', results.total)
    : tn('At least {count} result', 'At least {count} results', results.total);
}

function SearchForm({ state, onSearch }: { state: SearchState; onSearch(q: string): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(state.q);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text);
  }
  return (
    <form
      className="search-form"
      role="search"
      aria-label={t('Search initiatives, practices and sessions')}
      onSubmit={submit}
    >
      <label htmlFor="search-input">{t('Words to search for')}</label>
      <div className="search-form__row">
        <input
          id="search-input"
          type="search"
          dir="auto"
          maxLength={200}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button">
          {t('Search')}
        </button>
      </div>
      <p className="field__hint">
        {t(
          'Write in Turkish, Persian, Finnish or English: the same subject is found in all four languages.',
        )}
      </p>
    </form>
  );
}

export function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = parseSearch(params);
  const results = useSearch(state, PER_PAGE);
  const go = (next: SearchState) => setParams(searchParams(next));

  let body: ReactNode;
  if (!hasSearch(state)) {
    body = (
      <EmptyState
        message={t('What are you looking for?')}
        explanation={t(
          'Search the initiatives, best practices and peer-learning sessions of every city, in any of the four languages.',
        )}
      />
    );
  } else if (results.isPending) {
    body = <Loading />;
  } else if (results.isError) {
    body = <ErrorPanel error={results.error} onRetry={() => void results.refetch()} />;
  } else {
    const data = results.data;
    body = (
      <div className="search-layout">
        <Facets
          state={state}
          results={data}
          onToggle={(facet, value) => go(toggleFacet(state, facet, value))}
        />
        <section
          className="search-results"
          aria-labelledby="search-results-title"
          aria-busy={results.isFetching}
        >
          <h2 id="search-results-title" aria-live="polite">
            <ResultCount state={state} results={data} />
          </h2>
          {data.corrected && (
            <p className="search-corrected">
              {t('Showing results for “{query}”.', { query: isolate(data.corrected) })}
            </p>
          )}
          <Concepts concepts={data.concepts} />
          {data.items.length === 0 ? (
            <div className="search-empty">
              <p>{t('Nothing matches this search.')}</p>
              <p>
                {chosenCount(state) > 0
                  ? t('Try removing some of the filters, or use other words.')
                  : t('Check the spelling, or try fewer or other words.')}
              </p>
              {chosenCount(state) > 0 && (
                <Button variant="secondary" onClick={() => go({ ...EMPTY_SEARCH, q: state.q })}>
                  {t('Clear all filters')}
                </Button>
              )}
            </div>
          ) : (
            <ol className="search-results__list">
              {data.items.map((hit) => (
                <Result key={`${hit.type}-${hit.id}`} hit={hit} />
              ))}
            </ol>
          )}
          <Pagination
            page={state.page}
            total={data.total}
            perPage={PER_PAGE}
            label={t('Pages of the results')}
            linkTo={(page) => `/search?${searchParams({ ...state, page }).toString()}`}
          />
        </section>
      </div>
    );
  }

  return (
    <Page
      title={t('Search')}
      lead={t(
        'Find initiatives, practices, sessions, programmes and actions in any of the four languages.',
      )}
    >
      <SearchForm key={state.q} state={state} onSearch={(q) => go(withQuery(state, q))} />
      {body}
    </Page>
  );
}
