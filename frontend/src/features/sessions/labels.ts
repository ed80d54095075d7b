import type { Translator } from '../../i18n/translate';
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
