import type { Language } from '../../i18n/languages';

/**
 * Month grids in the reader's calendar: Gregorian months for English, Turkish
 * and Finnish, Solar Hijri months (Farvardin … Esfand) for Persian. Days are
 * civil dates written "YYYY-MM-DD" (Gregorian), whatever calendar shows them.
 */
export type CalendarSystem = 'gregory' | 'persian';

export function calendarSystemFor(language: Language): CalendarSystem {
  return language === 'fa' ? 'persian' : 'gregory';
}

/** The first day of the week as JavaScript counts (0 Sunday … 6 Saturday): Saturday in Iran, else Monday. */
export function weekStartFor(language: Language): number {
  return language === 'fa' ? 6 : 1;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const formats: Partial<Record<CalendarSystem, Intl.DateTimeFormat>> = {};

function calendarFormat(system: CalendarSystem): Intl.DateTimeFormat {
  let found = formats[system];
  if (found === undefined) {
    found = new Intl.DateTimeFormat(`en-US-u-ca-${system}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formats[system] = found;
  }
  return found;
}

function toDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = toDate(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Year, month and day of a civil date in a calendar: "2026-03-21" → 1405/1/1 in the Persian one. */
export function calendarDate(day: string, system: CalendarSystem): CalendarDate {
  const values: Record<string, number> = {};
  for (const part of calendarFormat(system).formatToParts(toDate(day))) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') {
      values[part.type] = Number(part.value);
    }
  }
  return { year: values.year ?? 0, month: values.month ?? 0, day: values.day ?? 0 };
}

export function addDays(day: string, count: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(day: string): number {
  return toDate(day).getUTCDay();
}

function sameMonth(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month;
}

/** The first and last days of the month that holds `day`, in `system`. */
export function monthBounds(day: string, system: CalendarSystem): { first: string; last: string } {
  const month = calendarDate(day, system);
  const first = addDays(day, 1 - month.day);
  let last = addDays(first, 27);
  while (sameMonth(calendarDate(addDays(last, 1), system), month)) last = addDays(last, 1);
  return { first, last };
}

export interface MonthGrid {
  first: string;
  last: string;
  /** Rows of seven cells from the week's first day; null where a cell is outside the month. */
  weeks: (string | null)[][];
}

export function monthGrid(day: string, system: CalendarSystem, weekStart: number): MonthGrid {
  const { first, last } = monthBounds(day, system);
  const lead = (weekday(first) - weekStart + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let current = first; current <= last; current = addDays(current, 1)) cells.push(current);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return { first, last, weeks };
}

/**
 * The same day of the month `count` months on (or back), kept inside the
 * month: 31 Farvardin plus one month is 31 Ordibehesht, 31 Shahrivar plus one is 30 Mehr.
 */
export function addMonths(day: string, count: number, system: CalendarSystem): string {
  const wanted = calendarDate(day, system).day;
  let first = monthBounds(day, system).first;
  for (let step = 0; step < Math.abs(count); step += 1) {
    first =
      count > 0
        ? addDays(monthBounds(first, system).last, 1)
        : monthBounds(addDays(first, -1), system).first;
  }
  const { last } = monthBounds(first, system);
  const target = addDays(first, wanted - 1);
  return target > last ? last : target;
}

/** The seven weekdays in grid order, each as one of its days (for naming the columns). */
export function weekdayColumns(weekStart: number): string[] {
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, index) => addDays('2023-01-01', (weekStart + index) % 7));
}
