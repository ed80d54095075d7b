import { describe, expect, it } from 'vitest';
import type { I18n } from '../../i18n/I18nProvider';
import { loadCatalog } from '../../i18n/catalogs';
import { createFormatters } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { createTranslator } from '../../i18n/translate';
import { auditEntityPath, auditFieldsText, periodLabel } from './auditLabels';

async function i18nIn(language: Language): Promise<I18n> {
  const catalog = await loadCatalog(language);
  return {
    language,
    format: createFormatters(language),
    ...createTranslator(language, catalog),
    setLanguage: () => undefined,
  };
}

describe('the audit log in words', () => {
  it('names shared fields and counts the others', async () => {
    const en = await i18nIn('en');
    expect(auditFieldsText(['translations', 'sdgs', 'capacity', 'venue'], en)).toBe(
      'Texts, Sustainable Development Goals and 2 other fields',
    );
    expect(auditFieldsText(['session_id'], en)).toBe('1 field');
  });

  it('writes a quarter in the reader’s digits', async () => {
    expect(periodLabel('2026-Q3', await i18nIn('en'))).toBe('Q3 2026');
    expect(periodLabel('2026-Q3', await i18nIn('fa'))).toBe('فصل ۳ سال ۲۰۲۶');
    expect(periodLabel('someday', await i18nIn('en'))).toBe('someday');
  });

  it('links only what has a page of its own', () => {
    expect(auditEntityPath('peer_session', '4')).toBe('/sessions/4');
    expect(auditEntityPath('booking', '23')).toBeNull();
    expect(auditEntityPath('city', 'izmir')).toBeNull();
  });
});
