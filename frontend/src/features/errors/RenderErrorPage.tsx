import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

/** Shown in place of a page that failed to render. */
export function RenderErrorPage() {
  const { t } = useI18n();
  return (
    <Page
      title={t('Something went wrong.')}
      lead={t('This page could not be shown. Reloading it often helps.')}
    >
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('Reload the page')}
        </button>
        <Link to="/">{t('Go to the home page')}</Link>
      </div>
    </Page>
  );
}
