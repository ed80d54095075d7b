import { labelTable } from '../../i18n/labelTable';
import type { ProposedKind } from './queries';

export const proposedKindLabel = labelTable<ProposedKind>((t) => ({
  study_visit: t('Study visit'),
  webinar: t('Webinar'),
  bilateral_meeting: t('Bilateral meeting'),
  workshop: t('Workshop'),
}));
