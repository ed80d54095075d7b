import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function SearchPage() {
  const { t } = useI18n();
  return (
    <Page
      title={t('Search')}
      lead={t('Find initiatives, practices and sessions in any of the four languages.')}
    >
      <EmptyState
        message={t('There is nothing to search yet.')}
        explanation={t(
          'Once cities publish initiatives, practices and sessions, you can search them here in Turkish, Persian, Finnish or English and find results in all four.',
        )}
      >
        <Link to="/cities">{t('Meet the cities')}</Link>
      </EmptyState>
    </Page>
  );
}
