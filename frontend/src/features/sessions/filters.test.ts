import { describe, expect, it } from 'vitest';
import {
  byDay,
  filterCount,
  groupByDay,
  listRange,
  monthRange,
  NO_SESSION_FILTERS,
  parseSessionsPage,
  sessionQuery,
  toSearchParams,
  type SessionsPageState,
} from './filters';

describe('the sessions page’s URL', () => {
  const state: SessionsPageState = {
    view: 'list',
    filters: {
      city: ['rasht', 'salo'],
      kind: ['workshop', 'forum'],
      language: ['en', 'fi'],
      theme: ['energy'],
      series: null,
      from: '2027-01-01',
      to: '2027-01-31',
    },
    page: 2,
    day: null,
  };

  it('reproduces the list’s filters, dates and page', () => {
    const params = toSearchParams(state);
    expect(params.toString()).toBe(
      'city=rasht&city=salo&kind=workshop&kind=forum&language=en&language=fi&theme=energy&from=2027-01-01&to=2027-01-31&page=2',
    );
    expect(parseSessionsPage(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('keeps the calendar’s day, not the list’s dates and page', () => {
    const params = toSearchParams({ ...state, view: 'calendar', day: '2027-01-14' });
    expect(params.toString()).toBe(
      'view=calendar&city=rasht&city=salo&kind=workshop&kind=forum&language=en&language=fi&theme=energy&day=2027-01-14',
    );
  });

  it('drops values that cannot be right', () => {
    const parsed = parseSessionsPage(
      new URLSearchParams('kind=party&language=de&city=Bad%20Slug&from=2027-02-30&page=0&view=x'),
    );
    expect(parsed).toEqual({ view: 'list', filters: NO_SESSION_FILTERS, page: 1, day: null });
  });

  it('counts the chosen filters', () => {
    expect(filterCount(state.filters)).toBe(9);
    expect(filterCount(NO_SESSION_FILTERS)).toBe(0);
  });
});

describe('the API query', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it('asks for upcoming sessions by default', () => {
    const range = listRange(NO_SESSION_FILTERS, 'Europe/Istanbul', now);
    expect(sessionQuery(NO_SESSION_FILTERS, range)).toEqual({
      city: undefined,
      kind: undefined,
      language: undefined,
      theme: undefined,
      series: undefined,
      from: '2026-11-22T12:00:00.000Z',
      to: undefined,
    });
  });

  it('reads the chosen days in the viewer’s zone', () => {
    const filters = { ...NO_SESSION_FILTERS, from: '2027-01-14', to: '2027-01-14' };
    const range = listRange(filters, 'Asia/Tehran', now);
    expect(range.from?.toISOString()).toBe('2027-01-13T20:30:00.000Z');
    expect(range.to?.toISOString()).toBe('2027-01-14T20:29:59.999Z');
  });

  it('covers the whole month shown in the calendar', () => {
    const range = monthRange('2026-12-22', '2027-01-20', 'Asia/Tehran');
    expect(range.from?.toISOString()).toBe('2026-12-21T20:30:00.000Z');
    expect(range.to?.toISOString()).toBe('2027-01-20T20:29:59.999Z');
  });
});

describe('grouping by day', () => {
  const late = { id: 1, starts_at: '2027-01-14T21:00:00Z' };
  const morning = { id: 2, starts_at: '2027-01-15T07:00:00Z' };

  it('groups by the day in the viewer’s zone', () => {
    expect(groupByDay([late, morning], 'Europe/London')).toEqual([
      { day: '2027-01-14', items: [late] },
      { day: '2027-01-15', items: [morning] },
    ]);
    // In Tehran both start on 15 January.
    expect(groupByDay([late, morning], 'Asia/Tehran')).toEqual([
      { day: '2027-01-15', items: [late, morning] },
    ]);
  });

  it('keys the calendar’s cells by day', () => {
    expect(byDay([morning, late], 'Asia/Tehran').get('2027-01-15')).toEqual([morning, late]);
  });
});
