import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { AccountMenu } from './AccountMenu';
import { useCurrentUser } from '../../api/currentUser';

/** The header's account corner: the account menu, or the ways in for a visitor. */
export function AccountArea() {
  const { t } = useI18n();
  const { data: user, isPending } = useCurrentUser();
  if (isPending) return null;
  if (user) return <AccountMenu user={user} />;
  return (
    <div className="account-links">
      <Link to="/login">{t('Log in')}</Link>
      <Link to="/register" className="button button--small">
        {t('Register')}
      </Link>
    </div>
  );
}
