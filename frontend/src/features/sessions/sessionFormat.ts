import { intlLocale, type Language } from '../../i18n/languages';
import { dayIn } from './zones';

/**
 * Dates and times of sessions in the reader's language and calendar. Persian
 * strings are put together from parts, because some ICU versions order a
 * Solar Hijri month and year oddly ("۱۴۰۵ دی" for "دی ۱۴۰۵").
 */
export interface SessionFormatters {
  /** A day as a heading, e.g. "Thursday 14 January 2027" or "پنجشنبه ۲۴ دی ۱۴۰۵". */
  day(day: string): string;
  /** A day in a few letters, e.g. "14 Jan 2027". */
  shortDay(day: string): string;
  /** A month and its year, e.g. "January 2027", "Tammikuu 2027" or "دی ۱۴۰۵". */
  month(day: string): string;
  /** The day of the month in the reader's digits and calendar: "14" or "۲۴". */
  dayOfMonth(day: string): string;
  /** A weekday's short and long names, for a calendar's column. */
  weekday(day: string): { short: string; long: string };
  /**
   * From start to end in `zone`: the times only ("10:00–12:30"), or with the
   * date when asked or when the session runs past midnight there.
   */
  timeRange(start: Date, end: Date, zone: string, withDate?: boolean): string;
  /** An instant with its date and time in `zone`, e.g. "14 Jan 2027, 10:00". */
  dateTime(value: Date, zone: string): string;
}

function utcDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function createSessionFormatters(language: Language): SessionFormatters {
  const locale = intlLocale(language);
  const persian = language === 'fa';
  const make = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  const fullDay = make(persian ? { dateStyle: 'long' } : { dateStyle: 'full' });
  const mediumDay = make({ dateStyle: 'medium' });
  const weekdayLong = make({ weekday: 'long' });
  const weekdayShort = make({ weekday: 'short' });
  const monthName = make({ month: 'long' });
  const monthYear = make({ month: 'long', year: 'numeric' });
  const year = make({ year: 'numeric' });
  const dayNumber = make({ day: 'numeric' });

  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  const rangeFormats = new Map<string, Intl.DateTimeFormat>();
  function rangeFormat(zone: string, withDate: boolean): Intl.DateTimeFormat {
    const key = `${zone} ${withDate}`;
    let found = rangeFormats.get(key);
    if (found === undefined) {
      found = new Intl.DateTimeFormat(locale, {
        timeZone: zone,
        timeStyle: 'short',
        ...(withDate ? { dateStyle: 'medium' } : {}),
      });
      rangeFormats.set(key, found);
    }
    return found;
  }

  return {
    day: (day) => {
      const value = utcDay(day);
      return persian
        ? `${weekdayLong.format(value)} ${fullDay.format(value)}`
        : capitalised(fullDay.format(value));
    },
    shortDay: (day) => mediumDay.format(utcDay(day)),
    month: (day) => {
      const value = utcDay(day);
      return persian
        ? `${monthName.format(value)} ${year.format(value)}`
        : capitalised(monthYear.format(value));
    },
    dayOfMonth: (day) => dayNumber.format(utcDay(day)),
    weekday: (day) => ({
      short: weekdayShort.format(utcDay(day)),
      long: weekdayLong.format(utcDay(day)),
    }),
    timeRange: (start, end, zone, withDate = false) => {
      const spansDays = dayIn(start, zone) !== dayIn(end, zone);
      return rangeFormat(zone, withDate || spansDays).formatRange(start, end);
    },
    dateTime: (value, zone) => rangeFormat(zone, true).format(value),
  };
}
