import { citiesIn, pageIn, sdgsIn, themesIn } from '../../components/listParams';

/**
 * The practices list as a link: which cities, goals and themes, whether
 * adopted, the words searched and the page. Values that cannot be right are dropped.
 */
export interface PracticeListState {
  city: string[];
  sdg: number[];
  theme: string[];
  /** true: adopted by another city; false: not adopted yet; null: either. */
  adopted: boolean | null;
  q: string;
  page: number;
}

export const EMPTY_LIST_STATE: PracticeListState = {
  city: [],
  sdg: [],
  theme: [],
  adopted: null,
  q: '',
  page: 1,
};

const MAX_QUERY = 200;

export function parseListState(params: URLSearchParams): PracticeListState {
  const adopted = params.get('adopted');
  return {
    city: citiesIn(params),
    sdg: sdgsIn(params),
    theme: themesIn(params),
    adopted: adopted === 'true' ? true : adopted === 'false' ? false : null,
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
    page: pageIn(params),
  };
}

/** The search params of the list: filters in a fixed order, the page only when not 1. */
export function listSearchParams(state: PracticeListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const city of state.city) params.append('city', city);
  for (const sdg of state.sdg) params.append('sdg', String(sdg));
  for (const theme of state.theme) params.append('theme', theme);
  if (state.adopted !== null) params.set('adopted', String(state.adopted));
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The state as query parameters of `GET /api/v1/practices` (empty ones left out). */
export function listQuery(state: PracticeListState) {
  return {
    city: state.city.length ? state.city : undefined,
    sdg: state.sdg.length ? state.sdg : undefined,
    theme: state.theme.length ? state.theme : undefined,
    adopted: state.adopted ?? undefined,
    q: state.q || undefined,
    page: state.page,
  };
}

export function activeFilterCount(state: PracticeListState): number {
  return (
    state.city.length +
    state.sdg.length +
    state.theme.length +
    (state.adopted === null ? 0 : 1) +
    (state.q ? 1 : 0)
  );
}
