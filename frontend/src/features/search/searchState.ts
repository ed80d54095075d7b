import { CONTENT_PAGES, contentPath } from '../content/contentPages';
import { pageIn } from '../../components/listParams';
import { isLanguage, type Language } from '../../i18n/languages';

export const ENTITY_TYPES = ['initiative', 'practice', 'session', 'programme', 'action'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The facets a search can be narrowed by. */
export const FACETS = ['type', 'language', 'city', 'sdg', 'theme'] as const;
export type Facet = (typeof FACETS)[number];

/** A search as a link: the words, the facet values chosen (any of them within a facet), the page. */
export interface SearchState {
  q: string;
  type: EntityType[];
  language: Language[];
  city: string[];
  sdg: string[];
  theme: string[];
  page: number;
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  type: [],
  language: [],
  city: [],
  sdg: [],
  theme: [],
  page: 1,
};

const MAX_QUERY = 200;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const THEME_KEY = /^[a-z][a-z0-9_]{0,63}$/;

function isSdg(value: string): boolean {
  return /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 17;
}

/** Every value of a repeated or comma-separated parameter, without repeats. */
function values(params: URLSearchParams, name: string): string[] {
  return [
    ...new Set(
      params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
}

const bySdgNumber = (a: string, b: string) => Number(a) - Number(b);

/** The search a link carries; values that cannot be right are dropped. */
export function parseSearch(params: URLSearchParams): SearchState {
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
    type: ENTITY_TYPES.filter((type) => values(params, 'type').includes(type)),
    language: values(params, 'language').filter(isLanguage).sort(),
    city: values(params, 'city')
      .filter((slug) => SLUG.test(slug))
      .sort(),
    sdg: [
      ...new Set(
        values(params, 'sdg')
          .filter(isSdg)
          .map((value) => String(Number(value))),
      ),
    ].sort(bySdgNumber),
    theme: values(params, 'theme')
      .filter((key) => THEME_KEY.test(key))
      .sort(),
    page: pageIn(params),
  };
}

/** The address of a search: the words first, then each facet's values, the page only past 1. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) {
    for (const value of state[facet]) params.append(facet, value);
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Chooses a facet's value, or unchooses it; the results start again at page 1. */
export function toggleFacet(state: SearchState, facet: Facet, value: string): SearchState {
  const chosen: readonly string[] = state[facet];
  const next = chosen.includes(value)
    ? chosen.filter((item) => item !== value)
    : [...chosen, value];
  return parseSearch(searchParams({ ...state, [facet]: next, page: 1 }));
}

/** A new query keeps the facets chosen and starts at page 1. */
export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: q.trim().slice(0, MAX_QUERY), page: 1 };
}

export function chosenCount(state: SearchState): number {
  return FACETS.reduce((count, facet) => count + state[facet].length, 0);
}

/** Whether there is anything to ask the API: words, or at least one facet. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || chosenCount(state) > 0;
}

/** The state as the API's query parameters (empty ones left out). */
export function searchQuery(state: SearchState, perPage: number) {
  const list = <T>(items: T[]) => (items.length ? items : undefined);
  return {
    q: state.q || undefined,
    type: list(state.type),
    language: list(state.language),
    city: list(state.city),
    sdg: list(state.sdg),
    theme: list(state.theme),
    page: state.page,
    per_page: perPage,
  };
}

/** Where a result leads. */
export function resultPath(type: string, id: number): string {
  return contentPath(type, id) ?? `${CONTENT_PAGES.initiative}/${id}`;
}
