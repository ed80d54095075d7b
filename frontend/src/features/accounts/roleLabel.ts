import type { Translator } from '../../i18n/translate';
import type { components } from '../../api/schema';

export type MembershipRole = components['schemas']['Role'];

export function roleLabel(role: MembershipRole, { t }: Pick<Translator, 't'>): string {
  switch (role) {
    case 'delegate':
      return t('City delegate');
    case 'organiser':
      return t('Session organiser');
    case 'city_admin':
      return t('City administrator');
  }
}
