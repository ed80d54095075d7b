import { useId } from 'react';
import { Link } from 'react-router';
import { useDisclosure } from '../../components/useDisclosure';
import { useI18n } from '../../i18n/I18nProvider';
import { useCities } from '../../api/cities';
import { useLogOut } from './queries';
import { type CurrentUser } from '../../api/currentUser';
import { roleLabel } from './roleLabel';

/** The signed-in user's name; opens to show who they are, their cities and "Log out". */
export function AccountMenu({ user }: { user: CurrentUser }) {
  const i18n = useI18n();
  const { t } = i18n;
  const panelId = useId();
  const { open, toggle, containerRef, buttonRef } = useDisclosure<HTMLDivElement>();
  const logOut = useLogOut();
  const cities = useCities();
  const cityNames = new Map(cities.data?.map((city) => [city.slug, city.name]));

  return (
    <div className="account-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {user.display_name}
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__name">{user.display_name}</p>
        <p className="account-menu__email">
          <bdi>{user.email}</bdi>
        </p>
        {user.is_admin && <p className="badge">{t('Platform administrator')}</p>}
        {user.memberships.length > 0 && (
          <ul className="account-menu__memberships" aria-label={t('Your cities')}>
            {user.memberships.map((membership) => (
              <li key={`${membership.city}-${membership.role}`}>
                {t('{role} in {city}', {
                  role: roleLabel(membership.role, i18n),
                  city: cityNames.get(membership.city) ?? membership.city,
                })}
              </li>
            ))}
          </ul>
        )}
        <ul className="account-menu__links">
          <li>
            <Link to="/me/bookings">{t('My bookings')}</Link>
          </li>
          <li>
            <Link to="/me/tracks">{t('My learning tracks')}</Link>
          </li>
          <li>
            <Link to="/me/follows">{t('What I follow')}</Link>
          </li>
          {user.memberships.length > 0 && (
            <li>
              <Link to="/exchange-requests">{t('Exchange requests')}</Link>
            </li>
          )}
        </ul>
        <button
          type="button"
          className="button button--secondary"
          disabled={logOut.isPending}
          onClick={() => logOut.mutate()}
        >
          {t('Log out')}
        </button>
      </div>
    </div>
  );
}
