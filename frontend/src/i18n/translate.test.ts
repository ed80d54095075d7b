import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog';
import { createTranslator } from './translate';

const finnish: Catalog = {
  messages: {
    'Welcome, {name}.': ['Tervetuloa, {name}.'],
    '{count} city': ['{count} kaupunki', '{count} kaupunkia'],
  },
};

const persian: Catalog = {
  messages: { '{count} city': ['{count} شهر'] },
};

describe('t', () => {
  it('fills placeholders in the translation', () => {
    const { t } = createTranslator('fi', finnish);
    expect(t('Welcome, {name}.', { name: 'Aino' })).toBe('Tervetuloa, Aino.');
  });

  it('falls back to the source text when the catalog has no translation', () => {
    const { t } = createTranslator('fi', finnish);
    expect(t('Log out')).toBe('Log out');
    expect(t('Hello, {name}.', { name: 'Aino' })).toBe('Hello, Aino.');
  });

  it('leaves placeholders without a value as they are', () => {
    const { t } = createTranslator('fi', finnish);
    expect(t('Welcome, {name}.')).toBe('Tervetuloa, {name}.');
  });

  it('writes numbers in the reader’s digits', () => {
    const { t } = createTranslator('fa', persian);
    expect(t('Seats: {seats}', { seats: 1405 })).toBe('Seats: ۱٬۴۰۵');
  });
});

describe('tn', () => {
  it('chooses the Finnish singular for one and the plural otherwise', () => {
    const { tn } = createTranslator('fi', finnish);
    expect(tn('{count} city', '{count} cities', 1)).toBe('1 kaupunki');
    expect(tn('{count} city', '{count} cities', 5)).toBe('5 kaupunkia');
    expect(tn('{count} city', '{count} cities', 0)).toBe('0 kaupunkia');
  });

  it('uses the single Persian form for every count, in Persian digits', () => {
    const { tn } = createTranslator('fa', persian);
    expect(tn('{count} city', '{count} cities', 1)).toBe('۱ شهر');
    expect(tn('{count} city', '{count} cities', 25)).toBe('۲۵ شهر');
  });

  it('falls back to the English forms when the catalog has no translation', () => {
    const { tn } = createTranslator('tr', { messages: {} });
    expect(tn('{count} seat', '{count} seats', 1)).toBe('1 seat');
    expect(tn('{count} seat', '{count} seats', 3)).toBe('3 seats');
  });
});
