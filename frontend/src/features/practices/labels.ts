import type { Translator } from '../../i18n/translate';
import { sharedFieldLabel } from '../content/fieldLabels';

/** The name of a practice's text field, as the page, the editor and the merge view show it. */
export function textFieldLabel(field: string, i18n: Pick<Translator, 't'>): string {
  const { t } = i18n;
  switch (field) {
    case 'problem':
      return t('Problem');
    case 'solution':
      return t('Solution');
    case 'results':
      return t('Results');
    case 'lessons':
      return t('Lessons learned');
    case 'transferability':
      return t('Transferability');
    default:
      return sharedFieldLabel(field, i18n) ?? field;
  }
}

/** The name of a top-level field, as revisions list what changed. */
export function fieldLabel(field: string, i18n: Pick<Translator, 't'>): string {
  const { t } = i18n;
  switch (field) {
    case 'initiative_ids':
      return t('Linked initiatives');
    case 'contact':
      return t('Contact');
    default:
      return textFieldLabel(field, i18n);
  }
}
