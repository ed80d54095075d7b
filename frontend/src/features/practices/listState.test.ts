import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  EMPTY_LIST_STATE,
  listQuery,
  listSearchParams,
  parseListState,
} from './listState';

describe('the practices list in the address', () => {
  it('reads filters, dropping what cannot be right', () => {
    const state = parseListState(
      new URLSearchParams(
        'city=salo&city=Izmir&city=rasht&sdg=7&sdg=18&sdg=x&sdg=7&theme=energy&theme=bad-key' +
          '&adopted=true&q=%20solar%20&page=3',
      ),
    );
    expect(state).toEqual({
      city: ['rasht', 'salo'],
      sdg: [7],
      theme: ['energy'],
      adopted: true,
      q: 'solar',
      page: 3,
    });
  });

  it('treats anything but true and false as either, and bad pages as the first', () => {
    expect(parseListState(new URLSearchParams('adopted=yes&page=-2'))).toEqual(EMPTY_LIST_STATE);
    expect(parseListState(new URLSearchParams('adopted=false')).adopted).toBe(false);
  });

  it('writes the same state back, leaving out the defaults', () => {
    const params = 'q=solar&city=rasht&city=salo&sdg=7&theme=energy&adopted=false&page=2';
    const state = parseListState(new URLSearchParams(params));
    expect(listSearchParams(state).toString()).toBe(params);
    expect(listSearchParams(EMPTY_LIST_STATE).toString()).toBe('');
  });

  it('asks the API only for the filters chosen', () => {
    expect(listQuery(EMPTY_LIST_STATE)).toEqual({
      city: undefined,
      sdg: undefined,
      theme: undefined,
      adopted: undefined,
      q: undefined,
      page: 1,
    });
    expect(listQuery({ ...EMPTY_LIST_STATE, adopted: false, sdg: [7] })).toMatchObject({
      adopted: false,
      sdg: [7],
    });
  });

  it('counts the filters chosen', () => {
    expect(activeFilterCount(EMPTY_LIST_STATE)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_LIST_STATE, city: ['salo'], adopted: false, q: 'x' })).toBe(
      3,
    );
  });
});
