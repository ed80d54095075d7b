import { describe, expect, it } from 'vitest';
import { fundedShare, moneyFormat, moneyRows } from './money';

describe('money per currency', () => {
  it('has one row per currency any figure uses, in code order', () => {
    expect(moneyRows({ TRY: 100, EUR: 50 }, { EUR: 20 }, { EUR: 30, TRY: 100 })).toEqual([
      { currency: 'EUR', cost: 50, funded: 20, gap: 30 },
      { currency: 'TRY', cost: 100, funded: null, gap: 100 },
    ]);
  });

  it('says how much of the cost is funded, never more than all of it', () => {
    expect(fundedShare({ cost: 200, funded: 50 })).toBe(0.25);
    expect(fundedShare({ cost: 200, funded: 500 })).toBe(1);
    expect(fundedShare({ cost: 0, funded: 0 })).toBeNull();
    expect(fundedShare({ cost: null, funded: 10 })).toBeNull();
  });

  it('formats in the reader’s digits with the currency code', () => {
    const fa = new Intl.NumberFormat('fa-IR', moneyFormat('EUR', 1250000)).format(1250000);
    expect(fa).toContain('۱');
    expect(fa).toContain('EUR');
    const fi = new Intl.NumberFormat('fi-FI', moneyFormat('EUR', 10.5)).format(10.5);
    expect(fi).toMatch(/10,50/);
  });
});
