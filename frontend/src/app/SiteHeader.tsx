import { Link, NavLink } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useCurrentUser } from '../api/currentUser';
import { AccountArea } from '../features/accounts/AccountArea';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { useI18n } from '../i18n/I18nProvider';

export function SiteHeader() {
  const { t } = useI18n();
  const user = useCurrentUser();
  // Members of a city (and platform admins, who act for every city) have a workspace.
  const staff = Boolean(user.data && (user.data.is_admin || user.data.memberships.length > 0));
  const sections = [
    ...(staff ? [{ to: '/workspace', label: t('My city') }] : []),
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
