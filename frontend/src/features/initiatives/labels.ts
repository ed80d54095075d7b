import type { Translator } from '../../i18n/translate';
import type { InitiativeStatus } from './types';

export function statusLabel(status: InitiativeStatus, { t }: Pick<Translator, 't'>): string {
  switch (status) {
    case 'planned':
      return t('Planned');
    case 'ongoing':
      return t('Ongoing');
    case 'completed':
      return t('Completed');
  }
}

/** The name of a top-level field, as revisions list what changed. */
export function fieldLabel(field: string, { t }: Pick<Translator, 't'>): string {
  switch (field) {
    case 'original_language':
      return t('Original language');
    case 'translations':
      return t('Texts');
    case 'status':
      return t('Status');
    case 'start_date':
      return t('Start date');
    case 'end_date':
      return t('End date');
    case 'target_groups':
      return t('Target groups');
    case 'sdgs':
      return t('Sustainable Development Goals');
    case 'themes':
      return t('Themes');
    case 'location':
      return t('Location');
    case 'partners':
      return t('Partners');
    case 'website':
      return t('Website');
    default:
      return field;
  }
}

export function textFieldLabel(field: string, { t }: Pick<Translator, 't'>): string {
  switch (field) {
    case 'title':
      return t('Title');
    case 'summary':
      return t('Summary');
    case 'description':
      return t('Description');
    case 'purpose':
      return t('Purpose');
    default:
      return field;
  }
}
