import { citiesIn, inOrder, pageIn, themesIn } from '../../components/listParams';
import { isLanguage, type Language } from '../../i18n/languages';
import { isIsoDay } from './calendarGrid';
import { isKind, KINDS, type SessionKind } from './types';
import { dayIn, nextDay, startOfDay } from './zones';

/** Which sessions to show: any of the cities, any of the kinds, and so on. Empty means all. */
export interface SessionFilters {
  city: string[];
  kind: SessionKind[];
  language: Language[];
  theme: string[];
  series: string | null;
  /** First and last day ("YYYY-MM-DD", in the viewer's zone); no first day means from now on. */
  from: string | null;
  to: string | null;
}

export const NO_SESSION_FILTERS: SessionFilters = {
  city: [],
  kind: [],
  language: [],
  theme: [],
  series: null,
  from: null,
  to: null,
};

export type SessionsView = 'list' | 'calendar';

export interface SessionsPageState {
  view: SessionsView;
  filters: SessionFilters;
  page: number;
  /** The calendar's chosen day; its month is shown. */
  day: string | null;
}

const LANGUAGE_ORDER: readonly Language[] = ['en', 'tr', 'fa', 'fi'];

export function parseSessionFilters(params: URLSearchParams): SessionFilters {
  const series = (params.get('series') ?? '').trim().slice(0, 120);
  const from = params.get('from');
  const to = params.get('to');
  return {
    city: citiesIn(params),
    kind: inOrder(KINDS, params.getAll('kind').filter(isKind)),
    language: inOrder(LANGUAGE_ORDER, params.getAll('language').filter(isLanguage)),
    theme: themesIn(params),
    series: series === '' ? null : series,
    from: isIsoDay(from) ? from : null,
    to: isIsoDay(to) ? to : null,
  };
}

export function parseSessionsPage(params: URLSearchParams): SessionsPageState {
  const day = params.get('day');
  return {
    view: params.get('view') === 'calendar' ? 'calendar' : 'list',
    filters: parseSessionFilters(params),
    page: pageIn(params),
    day: isIsoDay(day) ? day : null,
  };
}

/** The page's address: the view, the filters, then the list's page or the calendar's day. */
export function toSearchParams({ view, filters, page, day }: SessionsPageState): URLSearchParams {
  const params = new URLSearchParams();
  if (view === 'calendar') params.set('view', 'calendar');
  for (const city of filters.city) params.append('city', city);
  for (const kind of filters.kind) params.append('kind', kind);
  for (const language of filters.language) params.append('language', language);
  for (const theme of filters.theme) params.append('theme', theme);
  if (filters.series !== null) params.set('series', filters.series);
  if (view === 'list') {
    if (filters.from !== null) params.set('from', filters.from);
    if (filters.to !== null) params.set('to', filters.to);
    if (page > 1) params.set('page', String(page));
  } else if (day !== null) {
    params.set('day', day);
  }
  return params;
}

/** How many filters are chosen, counting the dates as one each. */
export function filterCount(filters: SessionFilters): number {
  return (
    filters.city.length +
    filters.kind.length +
    filters.language.length +
    filters.theme.length +
    (filters.series === null ? 0 : 1) +
    (filters.from === null ? 0 : 1) +
    (filters.to === null ? 0 : 1)
  );
}

/** The last instant of `day` in `zone`, as the API's inclusive "starting before" bound. */
function endOfDay(day: string, zone: string): Date | null {
  const next = startOfDay(nextDay(day), zone);
  return next === null ? null : new Date(next.getTime() - 1);
}

/**
 * The API query for the filters: sessions still running at the start of the
 * first day (else now) and starting by the end of the last day, both days in the viewer's zone.
 */
export function sessionQuery(
  filters: SessionFilters,
  range: { from: Date | null; to: Date | null },
) {
  return {
    city: filters.city.length ? filters.city : undefined,
    kind: filters.kind.length ? filters.kind : undefined,
    language: filters.language.length ? filters.language : undefined,
    theme: filters.theme.length ? filters.theme : undefined,
    series: filters.series ?? undefined,
    from: range.from?.toISOString(),
    to: range.to?.toISOString(),
  };
}

/** The list's time range: the chosen days in the viewer's zone, from now when no first day is chosen. */
export function listRange(
  filters: SessionFilters,
  zone: string,
  now: Date,
): { from: Date | null; to: Date | null } {
  return {
    from: filters.from === null ? now : startOfDay(filters.from, zone),
    to: filters.to === null ? null : endOfDay(filters.to, zone),
  };
}

/** The calendar's time range: from the first to the last day of the month shown, in the viewer's zone. */
export function monthRange(
  first: string,
  last: string,
  zone: string,
): { from: Date | null; to: Date | null } {
  return { from: startOfDay(first, zone), to: endOfDay(last, zone) };
}

export interface DayGroup<T> {
  day: string;
  items: T[];
}

/** Sessions grouped by the day they start in `zone`, in the order given. */
export function groupByDay<T extends { starts_at: string }>(
  items: readonly T[],
  zone: string,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = dayIn(new Date(item.starts_at), zone);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** The same, keyed by day, for the calendar's cells. */
export function byDay<T extends { starts_at: string }>(
  items: readonly T[],
  zone: string,
): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const day = dayIn(new Date(item.starts_at), zone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return days;
}
