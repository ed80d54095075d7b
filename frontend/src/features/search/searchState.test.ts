import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  hasSearch,
  parseSearch,
  resultPath,
  searchParams,
  searchQuery,
  toggleFacet,
  withQuery,
} from './searchState';

describe('the search in the address', () => {
  it('reads repeated and comma-separated values, dropping what cannot be right', () => {
    const state = parseSearch(
      new URLSearchParams(
        'q=%20energia%20&type=session,initiative&type=person&language=fa&language=xx' +
          '&city=salo&city=Bad%20Slug&sdg=13&sdg=7,07,18&theme=energy,no-such-key&page=2',
      ),
    );
    expect(state).toEqual({
      q: 'energia',
      type: ['initiative', 'session'],
      language: ['fa'],
      city: ['salo'],
      sdg: ['7', '13'],
      theme: ['energy'],
      page: 2,
    });
  });

  it('writes what it reads, in one order, without defaults', () => {
    const link = 'q=energia&type=initiative&language=fa&language=tr&city=salo&sdg=7&sdg=13&page=3';
    expect(searchParams(parseSearch(new URLSearchParams(link))).toString()).toBe(link);
    expect(searchParams(EMPTY_SEARCH).toString()).toBe('');
  });

  it('toggles a facet value and goes back to the first page', () => {
    const start = { ...EMPTY_SEARCH, q: 'energia', page: 4 };
    const chosen = toggleFacet(start, 'language', 'tr');
    expect(chosen).toMatchObject({ language: ['tr'], page: 1, q: 'energia' });
    const two = toggleFacet(chosen, 'language', 'fa');
    expect(two.language).toEqual(['fa', 'tr']);
    expect(searchParams(two).toString()).toBe('q=energia&language=fa&language=tr');
    expect(toggleFacet(two, 'language', 'tr').language).toEqual(['fa']);
    expect(toggleFacet(start, 'type', 'practice').type).toEqual(['practice']);
    expect(toggleFacet(start, 'sdg', '7').sdg).toEqual(['7']);
  });

  it('keeps the facets for a new query', () => {
    const state = { ...EMPTY_SEARCH, q: 'solar', city: ['salo'], page: 2 };
    expect(withQuery(state, '  aurinko ')).toEqual({ ...state, q: 'aurinko', page: 1 });
  });

  it('asks the API only when there are words or facets', () => {
    expect(hasSearch(EMPTY_SEARCH)).toBe(false);
    expect(hasSearch({ ...EMPTY_SEARCH, city: ['salo'] })).toBe(true);
    expect(searchQuery({ ...EMPTY_SEARCH, q: 'x', type: ['session'] }, 10)).toEqual({
      q: 'x',
      type: ['session'],
      language: undefined,
      city: undefined,
      sdg: undefined,
      theme: undefined,
      page: 1,
      per_page: 10,
    });
  });

  it('links each kind of result to its page', () => {
    expect(resultPath('initiative', 3)).toBe('/initiatives/3');
    expect(resultPath('practice', 4)).toBe('/practices/4');
    expect(resultPath('session', 5)).toBe('/sessions/5');
    expect(resultPath('programme', 6)).toBe('/programmes/6');
    expect(resultPath('action', 7)).toBe('/actions/7');
  });

  it('keeps a filter by programmes or actions from the address', () => {
    const state = parseSearch(
      new URLSearchParams('q=tree&type=action&type=programme&type=nonsense'),
    );
    expect(state.type).toEqual(['programme', 'action']);
  });
});
