/**
 * Reading a list's filters from its address: every list (the map, practices,
 * sessions, search) takes cities, goals and themes the same way and drops
 * values that cannot be right, so a hand-edited link cannot break a page.
 */

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const THEME_KEY = /^[a-z][a-z0-9_]{0,63}$/;

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** City slugs, once each, sorted. */
export function citiesIn(params: URLSearchParams): string[] {
  return unique(params.getAll('city').filter((slug) => SLUG.test(slug))).sort();
}

/** Goal numbers from 1 to 17, once each, in order. */
export function sdgsIn(params: URLSearchParams): number[] {
  return unique(
    params
      .getAll('sdg')
      .filter((value) => /^\d{1,2}$/.test(value))
      .map(Number)
      .filter((sdg) => sdg >= 1 && sdg <= 17),
  ).sort((a, b) => a - b);
}

/** Theme keys, once each, sorted. */
export function themesIn(params: URLSearchParams): string[] {
  return unique(params.getAll('theme').filter((key) => THEME_KEY.test(key))).sort();
}

/** The list's page: a whole number from 1, else 1. */
export function pageIn(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The values of `order` that are among `values`, in the order of `order`. */
export function inOrder<T>(order: readonly T[], values: readonly T[]): T[] {
  return order.filter((item) => values.includes(item));
}
