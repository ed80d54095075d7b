import { describe, expect, it } from 'vitest';
import { negotiateLanguage, textDirection } from './languages';

describe('textDirection', () => {
  it('is right-to-left for Persian only', () => {
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('tr')).toBe('ltr');
    expect(textDirection('fi')).toBe('ltr');
    expect(textDirection('en')).toBe('ltr');
  });
});

describe('negotiateLanguage', () => {
  it('takes the first supported language of the browser', () => {
    expect(negotiateLanguage(['de-DE', 'fi-FI', 'en-US'])).toBe('fi');
    expect(negotiateLanguage(['fa-IR'])).toBe('fa');
    expect(negotiateLanguage(['TR'])).toBe('tr');
  });

  it('falls back to English', () => {
    expect(negotiateLanguage(['de', 'sv-FI'])).toBe('en');
    expect(negotiateLanguage([])).toBe('en');
  });
});
