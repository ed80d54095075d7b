import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parseDecimal';

describe('parseDecimal', () => {
  it('reads Persian and Arabic digits and separators', () => {
    expect(parseDecimal('۳۷٫۲۸')).toBe(37.28);
    expect(parseDecimal('٣٢,٦٥')).toBe(32.65);
    expect(parseDecimal('-12.5')).toBe(-12.5);
  });

  it('is NaN for what is not a number', () => {
    expect(parseDecimal('north')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
    expect(parseDecimal('1.2.3')).toBeNaN();
  });
});
