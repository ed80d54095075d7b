import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

// Nowruz 1405: 21 March 2026, noon in Tehran.
const NOWRUZ = new Date('2026-03-21T08:30:00Z');

describe('Persian formatting', () => {
  const format = createFormatters('fa');

  it('gives dates in the Solar Hijri calendar', () => {
    expect(format.date(NOWRUZ, 'Asia/Tehran')).toBe('۱ فروردین ۱۴۰۵');
  });

  it('gives the time in the asked time zone', () => {
    expect(format.time(NOWRUZ, 'Asia/Tehran')).toBe('۱۲:۰۰');
  });

  it('names countries in Persian', () => {
    expect(format.country('fi')).toBe('فنلاند');
  });
});

describe('Turkish, Finnish and English formatting', () => {
  it('uses each language’s own date format', () => {
    expect(createFormatters('tr').date(NOWRUZ, 'Europe/Istanbul')).toBe('21 Mart 2026');
    expect(createFormatters('fi').date(NOWRUZ, 'Europe/Helsinki')).toBe('21. maaliskuuta 2026');
    expect(createFormatters('en').date(NOWRUZ, 'Europe/London')).toBe('21 March 2026');
  });

  it('writes times with each language’s separator', () => {
    expect(createFormatters('fi').time(NOWRUZ, 'Europe/Helsinki')).toBe('10.30');
    expect(createFormatters('tr').time(NOWRUZ, 'Europe/Istanbul')).toBe('11:30');
  });

  it('capitalises a language name used as a label', () => {
    expect(createFormatters('fi').language('tr')).toBe('Turkki');
    expect(createFormatters('tr').language('fi')).toBe('Fince');
  });
});
