import { labelTable } from '../../i18n/labelTable';
import { sharedFieldLabel } from '../content/fieldLabels';

/** The name of a track's text field, as the editor and the merge view show it. */
export const textFieldLabel = labelTable<string>(
  () => ({}),
  (key, i18n) => sharedFieldLabel(key, i18n) ?? key,
);

/** The name of a top-level field, as revisions list what changed. */
export const fieldLabel = labelTable<string>(
  (t) => ({
    session_ids: t('Sessions of the track'),
    required_sessions: t('Sessions to attend'),
  }),
  (key, i18n) => textFieldLabel(key, i18n),
);
