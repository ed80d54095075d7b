import type { Translator } from '../../i18n/translate';
import { sharedFieldLabel } from '../content/fieldLabels';
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
export function fieldLabel(field: string, i18n: Pick<Translator, 't'>): string {
  const { t } = i18n;
  switch (field) {
    case 'status':
      return t('Status');
    case 'start_date':
      return t('Start date');
    case 'end_date':
      return t('End date');
    case 'target_groups':
      return t('Target groups');
    case 'location':
      return t('Location');
    case 'partners':
      return t('Partners');
    case 'website':
      return t('Website');
    default:
      return sharedFieldLabel(field, i18n) ?? field;
  }
}

export function textFieldLabel(field: string, i18n: Pick<Translator, 't'>): string {
  const { t } = i18n;
  switch (field) {
    case 'summary':
      return t('Summary');
    case 'purpose':
      return t('Purpose');
    default:
      return sharedFieldLabel(field, i18n) ?? field;
  }
}
