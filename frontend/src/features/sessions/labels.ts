import { labelTable } from '../../i18n/labelTable';
import type { Translator } from '../../i18n/translate';
import { sharedFieldLabel } from '../content/fieldLabels';
import type { BookingStatus, SessionFormat, SessionKind } from './types';

export const kindLabel = labelTable<SessionKind>((t) => ({
  workshop: t('Workshop'),
  study_visit: t('Study visit'),
  webinar: t('Webinar'),
  training: t('Training'),
  bilateral_meeting: t('Bilateral meeting'),
  forum: t('Forum'),
}));

export const formatLabel = labelTable<SessionFormat>((t) => ({
  in_person: t('In person'),
  online: t('Online'),
  hybrid: t('Hybrid'),
}));

export const bookingStatusLabel = labelTable<BookingStatus>((t) => ({
  confirmed: t('Confirmed'),
  waitlisted: t('On the waitlist'),
  cancelled: t('Cancelled'),
}));

/** The name of a session's field, as revisions and the merge view list what changed. */
export const fieldLabel = labelTable<string>(
  (t) => ({
    kind: t('Kind of session'),
    format: t('Format'),
    starts_at: t('Starts'),
    ends_at: t('Ends'),
    timezone: t('Time zone'),
    registration_closes_at: t('Registration closes at'),
    capacity: t('Seats'),
    languages: t('Spoken languages'),
    interpretation: t('Interpretation'),
    venue: t('Venue'),
    online_url: t('Online link'),
    series: t('Series'),
    cancelled: t('Cancelled'),
  }),
  (key, i18n) => sharedFieldLabel(key, i18n) ?? key,
);

export function textFieldLabel(field: string, i18n: Pick<Translator, 't'>): string {
  return sharedFieldLabel(field, i18n) ?? field;
}
