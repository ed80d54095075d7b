import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDate,
  calendarSystemFor,
  isIsoDay,
  monthBounds,
  monthGrid,
  weekday,
  weekdayColumns,
  weekStartFor,
} from './calendarGrid';

describe('Gregorian month grids', () => {
  it('starts the week on Monday and pads the month with empty cells', () => {
    const grid = monthGrid('2027-01-14', 'gregory', 1);
    expect(grid.first).toBe('2027-01-01');
    expect(grid.last).toBe('2027-01-31');
    // 1 January 2027 is a Friday: four empty cells before it.
    expect(grid.weeks[0]).toEqual([
      null,
      null,
      null,
      null,
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.at(-1)).toEqual([
      '2027-01-25',
      '2027-01-26',
      '2027-01-27',
      '2027-01-28',
      '2027-01-29',
      '2027-01-30',
      '2027-01-31',
    ]);
  });

  it('knows leap years', () => {
    expect(monthBounds('2028-02-10', 'gregory')).toEqual({
      first: '2028-02-01',
      last: '2028-02-29',
    });
    expect(monthBounds('2027-02-10', 'gregory').last).toBe('2027-02-28');
  });
});

describe('Solar Hijri month grids', () => {
  it('begins Farvardin 1405 at Nowruz, 21 March 2026, and ends it after 31 days', () => {
    expect(calendarDate('2026-03-21', 'persian')).toEqual({ year: 1405, month: 1, day: 1 });
    expect(monthBounds('2026-04-01', 'persian')).toEqual({
      first: '2026-03-21',
      last: '2026-04-20',
    });
  });

  it('starts the week on Saturday: Nowruz 1405 fills the first cell', () => {
    const grid = monthGrid('2026-03-21', 'persian', 6);
    expect(weekday('2026-03-21')).toBe(6);
    expect(grid.weeks[0]?.[0]).toBe('2026-03-21');
    expect(grid.weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('gives the autumn and winter months 30 days and Esfand 29 or 30', () => {
    expect(monthBounds('2026-12-25', 'persian')).toEqual({
      first: '2026-12-22',
      last: '2027-01-20',
    });
    // Esfand 1403 (a leap year) has 30 days, Esfand 1404 has 29.
    expect(monthBounds('2025-03-01', 'persian')).toEqual({
      first: '2025-02-19',
      last: '2025-03-20',
    });
    expect(monthBounds('2026-03-01', 'persian')).toEqual({
      first: '2026-02-20',
      last: '2026-03-20',
    });
  });

  it('crosses the Gregorian new year inside one Persian month', () => {
    const grid = monthGrid('2027-01-01', 'persian', 6);
    const days = grid.weeks.flat().filter(Boolean);
    expect(days[0]).toBe('2026-12-22');
    expect(days).toContain('2027-01-01');
    // 1 Dey 1405 is a Tuesday: three cells (Saturday to Monday) are empty.
    expect(grid.weeks[0]?.slice(0, 3)).toEqual([null, null, null]);
  });
});

describe('moving by months', () => {
  it('keeps the day of the month, inside the month', () => {
    expect(addMonths('2027-01-31', 1, 'gregory')).toBe('2027-02-28');
    expect(addMonths('2027-03-15', -2, 'gregory')).toBe('2027-01-15');
    expect(addMonths('2026-12-15', 1, 'gregory')).toBe('2027-01-15');
  });

  it('moves by Persian months', () => {
    // 31 Shahrivar 1405 → 30 Mehr 1405 (Mehr has 30 days).
    expect(calendarDate('2026-09-22', 'persian')).toEqual({ year: 1405, month: 6, day: 31 });
    expect(calendarDate(addMonths('2026-09-22', 1, 'persian'), 'persian')).toEqual({
      year: 1405,
      month: 7,
      day: 30,
    });
    // Back from 1 Farvardin 1405 to 1 Esfand 1404.
    expect(addMonths('2026-03-21', -1, 'persian')).toBe('2026-02-20');
  });
});

describe('reader’s conventions', () => {
  it('uses the Persian calendar and a Saturday week for Persian only', () => {
    expect(calendarSystemFor('fa')).toBe('persian');
    expect(calendarSystemFor('fi')).toBe('gregory');
    expect(weekStartFor('fa')).toBe(6);
    expect(weekStartFor('tr')).toBe(1);
  });

  it('names the columns from the first day of the week', () => {
    expect(weekdayColumns(6).map(weekday)).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayColumns(1).map(weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it('accepts only real days', () => {
    expect(isIsoDay('2027-01-14')).toBe(true);
    expect(isIsoDay('2027-02-30')).toBe(false);
    expect(isIsoDay('14.1.2027')).toBe(false);
  });
});
