import { labelTable } from '../../i18n/labelTable';
import { sharedFieldLabel } from '../content/fieldLabels';

/** The name of a practice's text field, as the page, the editor and the merge view show it. */
export const textFieldLabel = labelTable<string>(
  (t) => ({
    problem: t('Problem'),
    solution: t('Solution'),
    results: t('Results'),
    lessons: t('Lessons learned'),
    transferability: t('Transferability'),
  }),
  (key, i18n) => sharedFieldLabel(key, i18n) ?? key,
);

/** The name of a top-level field, as revisions list what changed. */
export const fieldLabel = labelTable<string>(
  (t) => ({
    initiative_ids: t('Linked initiatives'),
    contact: t('Contact'),
  }),
  (key, i18n) => textFieldLabel(key, i18n),
);
