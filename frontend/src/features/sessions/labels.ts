import type { Translator } from '../../i18n/translate';
import { sharedFieldLabel } from '../content/fieldLabels';
import type { BookingStatus, SessionFormat, SessionKind } from './types';

export function kindLabel(kind: SessionKind, { t }: Pick<Translator, 't'>): string {
  switch (kind) {
    case 'workshop':
      return t('Workshop');
    case 'study_visit':
      return t('Study visit');
    case 'webinar':
      return t('Webinar');
    case 'training':
      return t('Training');
    case 'bilateral_meeting':
      return t('Bilateral meeting');
    case 'forum':
      return t('Forum');
  }
}

export function formatLabel(format: SessionFormat, { t }: Pick<Translator, 't'>): string {
  switch (format) {
    case 'in_person':
      return t('In person');
    case 'online':
      return t('Online');
    case 'hybrid':
      return t('Hybrid');
  }
}

export function bookingStatusLabel(status: BookingStatus, { t }: Pick<Translator, 't'>): string {
  switch (status) {
    case 'confirmed':
      return t('Confirmed');
    case 'waitlisted':
      return t('On the waitlist');
    case 'cancelled':
      return t('Cancelled');
  }
}

/** The name of a session's field, as revisions and the merge view list what changed. */
export function fieldLabel(field: string, i18n: Pick<Translator, 't'>): string {
  const { t } = i18n;
  switch (field) {
    case 'kind':
      return t('Kind of session');
    case 'format':
      return t('Format');
    case 'starts_at':
      return t('Starts');
    case 'ends_at':
      return t('Ends');
    case 'timezone':
      return t('Time zone');
    case 'registration_closes_at':
      return t('Registration closes at');
    case 'capacity':
      return t('Seats');
    case 'languages':
      return t('Spoken languages');
    case 'interpretation':
      return t('Interpretation');
    case 'venue':
      return t('Venue');
    case 'online_url':
      return t('Online link');
    case 'series':
      return t('Series');
    case 'cancelled':
      return t('Cancelled');
    default:
      return sharedFieldLabel(field, i18n) ?? field;
  }
}

export function textFieldLabel(field: string, i18n: Pick<Translator, 't'>): string {
  return sharedFieldLabel(field, i18n) ?? field;
}
