import { useI18n } from '../i18n/I18nProvider';

/**
 * A link to another site, opened in a new tab (screen readers are told so).
 * `shown` is the address as the page writes it, isolated because an address
 * reads left to right whatever the page's direction.
 */
export function ExternalLink({ href, shown }: { href: string; shown: string }) {
  const { t } = useI18n();
  return (
    <a href={href} rel="noopener noreferrer" target="_blank" className="break-anywhere">
      <bdi>{shown}</bdi>
      <span className="visually-hidden"> {t('(opens in a new tab)')}</span>
    </a>
  );
}
