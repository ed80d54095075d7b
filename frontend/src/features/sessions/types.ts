import type { components } from '../../api/schema';

export type SessionSummary = components['schemas']['SessionListItem'];
export type Session = components['schemas']['SessionOut'];
export type SessionCreate = components['schemas']['SessionCreate'];
export type SeriesCreate = components['schemas']['SeriesCreate'];
export type SessionUpdate = components['schemas']['SessionUpdate'];
export type SessionKind = components['schemas']['Kind'];
export type SessionFormat = components['schemas']['Format'];
export type Booking = components['schemas']['BookingOut'];
export type BookingCreate = components['schemas']['BookingCreate'];
export type BookingStatus = components['schemas']['BookingStatus'];
export type MyBooking = components['schemas']['MyBookingOut'];
export type OrganiserBooking = components['schemas']['OrganiserBookingOut'];
export type CertificateCheck = components['schemas']['CertificateCheck'];

export const KINDS: readonly SessionKind[] = [
  'workshop',
  'study_visit',
  'webinar',
  'training',
  'bilateral_meeting',
  'forum',
];

export const FORMATS: readonly SessionFormat[] = ['in_person', 'online', 'hybrid'];

export function isKind(value: unknown): value is SessionKind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

export function isFormat(value: unknown): value is SessionFormat {
  return typeof value === 'string' && (FORMATS as readonly string[]).includes(value);
}

/** What a session list item and a full session have in common: enough to show its times and seats. */
export type SessionTimes = Pick<SessionSummary, 'starts_at' | 'ends_at' | 'timezone' | 'host_city'>;
