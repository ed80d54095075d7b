import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page
      title={t('Page not found')}
      lead={t('There is no page at this address. It may have moved, or the link may be mistyped.')}
    >
      <p>
        <Link to="/">{t('Go to the home page')}</Link>
      </p>
    </Page>
  );
}
