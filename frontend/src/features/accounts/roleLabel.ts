import { labelTable } from '../../i18n/labelTable';
import type { components } from '../../api/schema';

export type MembershipRole = components['schemas']['Role'];

export const roleLabel = labelTable<MembershipRole>((t) => ({
  delegate: t('City delegate'),
  organiser: t('Session organiser'),
  city_admin: t('City administrator'),
}));
