import type { Translator } from '../../i18n/translate';

/**
 * The names of the fields every kind of content has, as revisions and the
 * merge view list them; null for a kind's own field.
 */
export function sharedFieldLabel(field: string, { t }: Pick<Translator, 't'>): string | null {
  switch (field) {
    case 'original_language':
      return t('Original language');
    case 'translations':
      return t('Texts');
    case 'sdgs':
      return t('Sustainable Development Goals');
    case 'themes':
      return t('Themes');
    case 'title':
      return t('Title');
    case 'description':
      return t('Description');
    default:
      return null;
  }
}
