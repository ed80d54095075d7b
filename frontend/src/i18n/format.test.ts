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

describe('calendar dates without a time zone', () => {
  it('keeps the day, whatever the reader’s time zone', () => {
    expect(createFormatters('en').day('2026-03-21')).toBe('21 March 2026');
    expect(createFormatters('fa').day('2026-03-21')).toBe('۱ فروردین ۱۴۰۵');
    expect(createFormatters('fi').day('2025-12-31')).toBe('31. joulukuuta 2025');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(createFormatters('tr').day('soon')).toBe('soon');
  });
});

describe('numbers and language names', () => {
  it('writes numbers in Persian digits for Persian', () => {
    expect(createFormatters('fa').number(1405.5)).toBe('۱٬۴۰۵٫۵');
    expect(createFormatters('tr').number(1405.5)).toBe('1.405,5');
  });

  it('keeps a language name lower-case inside a Finnish sentence', () => {
    expect(createFormatters('fi').languageInSentence('en')).toBe('englanti');
    expect(createFormatters('tr').languageInSentence('en')).toBe('İngilizce');
  });
});
