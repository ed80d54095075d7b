import { describe, expect, it } from 'vitest';
import { createSessionFormatters } from './sessionFormat';

const start = new Date('2027-01-14T08:00:00Z');
const end = new Date('2027-01-14T10:30:00Z');

describe('session dates in the reader’s calendar', () => {
  it('gives Persian days and months in the Solar Hijri calendar, month before year', () => {
    const fa = createSessionFormatters('fa');
    expect(fa.day('2027-01-14')).toBe('پنجشنبه ۲۴ دی ۱۴۰۵');
    expect(fa.month('2027-01-14')).toBe('دی ۱۴۰۵');
    expect(fa.dayOfMonth('2027-01-14')).toBe('۲۴');
  });

  it('capitalises a Finnish month used as a heading', () => {
    expect(createSessionFormatters('fi').month('2027-01-14')).toBe('Tammikuu 2027');
    expect(createSessionFormatters('tr').month('2027-01-14')).toBe('Ocak 2027');
  });
});

describe('session times', () => {
  it('gives the times in the zone asked', () => {
    const en = createSessionFormatters('en');
    expect(en.timeRange(start, end, 'Europe/Helsinki')).toBe('10:00–12:30');
    expect(en.timeRange(start, end, 'Asia/Tehran')).toBe('11:30–14:00');
    expect(createSessionFormatters('fi').timeRange(start, end, 'Europe/Helsinki')).toBe(
      '10.00–12.30',
    );
  });

  it('adds the dates when the session runs past midnight in that zone', () => {
    const late = new Date('2027-01-14T19:00:00Z');
    const after = new Date('2027-01-14T21:00:00Z');
    const range = createSessionFormatters('en').timeRange(late, after, 'Asia/Tehran');
    expect(range).toContain('14 Jan 2027');
    expect(range).toContain('15 Jan 2027');
  });
});
