import { useId, type FocusEvent } from 'react';
import { Link, NavLink, matchPath } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useDisclosure } from '../components/useDisclosure';
import { useCurrentUser } from '../api/currentUser';
import { AccountArea } from '../features/accounts/AccountArea';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { useI18n } from '../i18n/I18nProvider';

interface Section {
  to: string;
  label: string;
}

/**
 * The sections that do not fit the header's line, behind a "More" button that
 * opens and closes them (a disclosure: Escape, a click elsewhere or leaving it
 * with Tab closes it, and so does going to another page).
 */
function MoreSections({ sections }: { sections: readonly Section[] }) {
  const { t } = useI18n();
  const panelId = useId();
  const { open, close, toggle, containerRef, buttonRef, pathname } =
    useDisclosure<HTMLLIElement>();
  const current = sections.some(({ to }) => matchPath({ path: to, end: false }, pathname));

  function closeWhenFocusLeaves(event: FocusEvent<HTMLLIElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) close();
  }

  return (
    <li className="site-nav__more" ref={containerRef} onBlur={closeWhenFocusLeaves}>
      <button
        ref={buttonRef}
        type="button"
        className={`site-nav__more-button${current ? ' site-nav__more-button--current' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {t('More')}
        <svg aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
          <path
            d="M2.5 4.5 6 8l3.5-3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <ul id={panelId} className="site-nav__panel" hidden={!open}>
        {sections.map(({ to, label }) => (
          <li key={to}>
            <NavLink to={to}>{label}</NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function SiteHeader() {
  const { t } = useI18n();
  const user = useCurrentUser();
  // Members of a city (and platform admins, who act for every city) have a workspace.
  const staff = Boolean(user.data && (user.data.is_admin || user.data.memberships.length > 0));
  const sections: Section[] = [
    ...(staff ? [{ to: '/workspace', label: t('My city') }] : []),
    { to: '/map', label: t('Map') },
    { to: '/sessions', label: t('Sessions') },
    { to: '/practices', label: t('Practices') },
    { to: '/cities', label: t('Cities') },
  ];
  // Nine entries do not fit one line at 1280 px in every language: these wait behind "More".
  const more: Section[] = [
    { to: '/programmes', label: t('Programmes') },
    { to: '/journeys', label: t('Journeys') },
    { to: '/tracks', label: t('Tracks') },
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
            <MoreSections sections={more} />
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
