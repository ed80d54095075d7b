import { intlLocale, type Language } from './languages';

/**
 * Formatting in the reader's conventions: Persian gets Persian digits and the
 * Solar Hijri calendar, Turkish, Finnish and English their own formats.
 */
export interface Formatters {
  /** A calendar date, e.g. "21 March 2026" or "۱ فروردین ۱۴۰۵". */
  date(value: Date, timeZone?: string): string;
  /** The time of day, e.g. "15:30" or "۱۵:۳۰". */
  time(value: Date, timeZone?: string): string;
  /** A calendar date given as "YYYY-MM-DD" (no time zone), e.g. "2026-03-21" → "۱ فروردین ۱۴۰۵". */
  day(isoDate: string): string;
  /** A date given as "YYYY-MM-DD", short, e.g. for chart axes: "3/2025" or "۱۴۰۴/۱". */
  monthYear(isoDate: string): string;
  /** A moment with its date and time, e.g. "21 March 2026, 12:00". */
  dateTime(value: Date, timeZone?: string): string;
  /** A number in the reader's digits and separators, e.g. 1405.5 → "۱٬۴۰۵٫۵". */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Items joined as a list, e.g. "status, themes and website". */
  list(items: readonly string[]): string;
  /** A country's name from its ISO 3166 code, e.g. "TR" → "Türkiye". */
  country(code: string): string;
  /** A language's name from its code, e.g. "fi" → "Finnish", as a standalone label. */
  language(code: string): string;
  /** A language's name as written inside a sentence, e.g. "fi" → "suomi" in Finnish. */
  languageInSentence(code: string): string;
  /** An IANA time zone's everyday name, e.g. "Europe/Helsinki" → "Eastern European Time". */
  timeZone(timeZone: string): string;
}

export function createFormatters(language: Language): Formatters {
  const locale = intlLocale(language);
  const countries = new Intl.DisplayNames(locale, { type: 'region' });
  const languages = new Intl.DisplayNames(locale, { type: 'language' });

  const numberFormats = new Map<string, Intl.NumberFormat>();
  function numberFormat(options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
    const key = JSON.stringify(options ?? {});
    let found = numberFormats.get(key);
    if (found === undefined) {
      found = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, found);
    }
    return found;
  }
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  });

  // Building a DateTimeFormat costs far more than formatting with one: one per style and zone.
  const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
  function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = JSON.stringify(options);
    let found = dateTimeFormats.get(key);
    if (found === undefined) {
      found = new Intl.DateTimeFormat(locale, options);
      dateTimeFormats.set(key, found);
    }
    return found;
  }

  function capitalised(text: string): string {
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  }

  return {
    date: (value, timeZone) => dateTimeFormat({ dateStyle: 'long', timeZone }).format(value),
    time: (value, timeZone) => dateTimeFormat({ timeStyle: 'short', timeZone }).format(value),
    day: (isoDate) => {
      const value = parseIsoDate(isoDate);
      return value === null ? isoDate : days.format(value);
    },
    monthYear: (isoDate) => {
      const value = parseIsoDate(isoDate);
      return value === null ? isoDate : months.format(value);
    },
    dateTime: (value, timeZone) =>
      dateTimeFormat({ dateStyle: 'long', timeStyle: 'short', timeZone }).format(value),
    number: (value, options) => numberFormat(options).format(value),
    list: (items) => lists.format(items),
    country: (code) => countries.of(code.toUpperCase()) ?? code,
    language: (code) => capitalised(languages.of(code) ?? code),
    languageInSentence: (code) => languages.of(code) ?? code,
    timeZone: (timeZone) => {
      const parts = dateTimeFormat({ timeZone, timeZoneName: 'longGeneric' }).formatToParts(
        new Date(),
      );
      return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    },
  };
}

/** "2026-03-21" → that day at midnight UTC; null for anything else. */
export function parseIsoDate(isoDate: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const value = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(value.getTime()) ? null : value;
}
