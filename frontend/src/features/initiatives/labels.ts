import { labelTable } from '../../i18n/labelTable';
import { sharedFieldLabel } from '../content/fieldLabels';
import type { InitiativeStatus } from './types';

export const statusLabel = labelTable<InitiativeStatus>((t) => ({
  planned: t('Planned'),
  ongoing: t('Ongoing'),
  completed: t('Completed'),
}));

/** The name of a top-level field, as revisions list what changed. */
export const fieldLabel = labelTable<string>(
  (t) => ({
    status: t('Status'),
    start_date: t('Start date'),
    end_date: t('End date'),
    target_groups: t('Target groups'),
    location: t('Location'),
    partners: t('Partners'),
    website: t('Website'),
  }),
  (key, i18n) => sharedFieldLabel(key, i18n) ?? key,
);

export const textFieldLabel = labelTable<string>(
  (t) => ({
    summary: t('Summary'),
    purpose: t('Purpose'),
  }),
  (key, i18n) => sharedFieldLabel(key, i18n) ?? key,
);
