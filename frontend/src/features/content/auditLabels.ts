import { contentPath } from './contentPages';
import type { I18n } from '../../i18n/I18nProvider';
import { labelTable } from '../../i18n/labelTable';
import { sharedFieldLabel } from './fieldLabels';

/** What someone did, as the audit log records it: "create" → "Created". */
export const auditActionLabel = labelTable<string>((t) => ({
  create: t('Created'),
  update: t('Edited'),
  delete: t('Deleted'),
  restore: t('Restored'),
  add_indicator: t('Added an indicator'),
  add_measurement: t('Added a measurement'),
  check_in: t('Checked in'),
  book: t('Booked seats'),
  cancel: t('Cancelled'),
  attendance: t('Marked attendance'),
  unmark_attendance: t('Took back attendance'),
  invite: t('Invited to a journey'),
  accept: t('Accepted'),
  decline: t('Declined'),
  update_task: t('Worked on a task'),
  submit_stage: t('Submitted a stage'),
  approve_stage: t('Approved a stage'),
  return_stage: t('Returned a stage'),
  add_member: t('Added a member'),
  remove_member: t('Removed a member'),
  register: t('Registered'),
  report: t('Reported a post'),
  hide: t('Hid a post'),
  unhide: t('Showed a post again'),
  adopt: t('Adopted a practice'),
  withdraw_adoption: t('Withdrew an adoption'),
}));

/** What was changed, by the kind the audit log names: "peer_session" → "Session". */
export const auditEntityLabel = labelTable<string>((t) => ({
  initiative: t('Initiative'),
  practice: t('Practice'),
  practice_post: t('Question or answer'),
  peer_session: t('Session'),
  booking: t('Booking'),
  programme: t('Programme'),
  action: t('Action'),
  track: t('Learning track'),
  journey: t('Coaching journey'),
  journey_template: t('Journey template'),
  city: t('City'),
  user: t('Account'),
}));

/** Where an entry's item is shown in the app, for the kinds that have a page of their own. */
export function auditEntityPath(entityType: string, entityId: string): string | null {
  // The audit log names sessions by their table; everywhere else they are "session".
  const kind = entityType === 'peer_session' ? 'session' : entityType;
  return /^\d+$/.test(entityId) ? contentPath(kind, entityId) : null;
}

/** The fields an entry changed, named where every kind shares them, the rest counted. */
export function auditFieldsText(fields: readonly string[], i18n: I18n): string {
  const named = fields.flatMap((field) => sharedFieldLabel(field, i18n) ?? []);
  const others = fields.length - named.length;
  if (others === 0) return i18n.format.list(named);
  const rest = i18n.tn('{count} other field', '{count} other fields', others);
  return named.length === 0
    ? i18n.tn('{count} field', '{count} fields', others)
    : i18n.format.list([...named, rest]);
}

/** A follow-up period as the API names it, "2026-Q3", in the reader's words and digits. */
export function periodLabel(period: string, i18n: Pick<I18n, 't' | 'format'>): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match === null) return period;
  return i18n.t('Q{quarter} {year}', {
    quarter: i18n.format.number(Number(match[2])),
    year: i18n.format.number(Number(match[1]), { useGrouping: false }),
  });
}
