import type { Translator } from '../../i18n/translate';

/**
 * The names of the fields every kind of content has, as revisions and the
 * merge view list them; null for a kind's own field.
 */
export function sharedFieldLabel(field: string, i18n: Pick<Translator, 't'>): string | null {
  return sharedNames(i18n.t)[field] ?? null;
}

const sharedNames = (t: Translator['t']): Readonly<Record<string, string>> => ({
  original_language: t('Original language'),
  translations: t('Texts'),
  sdgs: t('Sustainable Development Goals'),
  themes: t('Themes'),
  title: t('Title'),
  description: t('Description'),
});
