import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { Page } from './Page';

/** The way to the login page, as a button in a paragraph of its own. */
export function LogInButton() {
  const { t } = useI18n();
  return (
    <p>
      <Link className="button" to="/login">
        {t('Log in')}
      </Link>
    </p>
  );
}

/** What a visitor sees instead of a page that needs an account: what it would show, and the way in. */
export function LogInPage({ title, lead }: { title: string; lead: string }) {
  return (
    <Page title={title} lead={lead}>
      <LogInButton />
    </Page>
  );
}
