import { Link, NavLink } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { AccountArea } from '../features/accounts/AccountArea';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { useI18n } from '../i18n/I18nProvider';

export function SiteHeader() {
  const { t } = useI18n();
  const sections = [
    { to: '/map', label: t('Map') },
    { to: '/sessions', label: t('Sessions') },
    { to: '/practices', label: t('Practices') },
    { to: '/programmes', label: t('Programmes') },
    { to: '/journeys', label: t('Journeys') },
    { to: '/tracks', label: t('Tracks') },
    { to: '/cities', label: t('Cities') },
  ];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          Polylog
        </Link>
        <nav className="site-nav" aria-label={t('Site sections')}>
          <ul>
            {sections.map(({ to, label }) => (
              <li key={to}>
                <NavLink to={to}>{label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
        <div className="site-header__tools">
          <LanguageSwitcher />
          <AccountArea />
        </div>
      </div>
    </header>
  );
}
