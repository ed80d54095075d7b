import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

/** A page that needs an account, as a visitor sees it: why to log in, and the way to. */
export function LogInFirst({ title, lead }: { title: string; lead: string }) {
  const { t } = useI18n();
  return (
    <Page title={title} lead={lead}>
      <p>
        <Link className="button" to="/login">
          {t('Log in')}
        </Link>
      </p>
    </Page>
  );
}
