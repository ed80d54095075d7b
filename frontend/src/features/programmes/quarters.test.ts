import { describe, expect, it } from 'vitest';
import { quarterJustEnded, quarterOf, recentQuarters, shiftedQuarter } from './quarters';

describe('quarters', () => {
  it('names the quarter of a day', () => {
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-09-30T23:00:00Z'))).toBe('2026-Q3');
    expect(quarterOf(new Date('2026-12-03T10:00:00Z'))).toBe('2026-Q4');
  });

  it('shifts across years', () => {
    expect(shiftedQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftedQuarter('2025-Q4', 1)).toBe('2026-Q1');
    expect(shiftedQuarter('2026-Q4', -2)).toBe('2026-Q2');
  });

  it('defaults a check-in to the quarter just ended', () => {
    expect(quarterJustEnded(new Date('2026-12-03T10:00:00Z'))).toBe('2026-Q3');
    expect(quarterJustEnded(new Date('2027-02-10T10:00:00Z'))).toBe('2026-Q4');
  });

  it('offers the quarter under way and the ones before it, newest first', () => {
    expect(recentQuarters(new Date('2026-12-03T10:00:00Z'), 3)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
    ]);
  });
});
