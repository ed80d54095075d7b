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
  /** A country's name from its ISO 3166 code, e.g. "TR" → "Türkiye". */
  country(code: string): string;
  /** A language's name from its code, e.g. "fi" → "Finnish", as a standalone label. */
  language(code: string): string;
  /** An IANA time zone's everyday name, e.g. "Europe/Helsinki" → "Eastern European Time". */
  timeZone(timeZone: string): string;
}

export function createFormatters(language: Language): Formatters {
  const locale = intlLocale(language);
  const countries = new Intl.DisplayNames(locale, { type: 'region' });
  const languages = new Intl.DisplayNames(locale, { type: 'language' });

  function capitalised(text: string): string {
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  }

  return {
    date: (value, timeZone) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(value),
    time: (value, timeZone) =>
      new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(value),
    country: (code) => countries.of(code.toUpperCase()) ?? code,
    language: (code) => capitalised(languages.of(code) ?? code),
    timeZone: (timeZone) => {
      const parts = new Intl.DateTimeFormat(locale, {
        timeZone,
        timeZoneName: 'longGeneric',
      }).formatToParts(new Date());
      return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    },
  };
}
