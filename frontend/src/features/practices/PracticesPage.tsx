import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function PracticesPage() {
  const { t } = useI18n();
  return (
    <Page
      title={t('Best practices')}
      lead={t('What cities have learned, written down so that others can do the same.')}
    >
      <EmptyState
        message={t('No best practices have been shared yet.')}
        explanation={t(
          'When a city shares a practice, you will find here the problem it solved, how, the results and the lessons learned.',
        )}
      >
        <Link to="/cities">{t('Meet the cities')}</Link>
      </EmptyState>
    </Page>
  );
}
