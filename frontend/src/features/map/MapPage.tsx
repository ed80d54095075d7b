import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function MapPage() {
  const { t } = useI18n();
  return (
    <Page
      title={t('Sustainability map')}
      lead={t('Where the cities’ sustainability initiatives take place.')}
    >
      <EmptyState
        message={t('No initiatives have been published on the map yet.')}
        explanation={t(
          'When cities publish their initiatives, each one will appear here at its place, with its goals, status and partners.',
        )}
      >
        <Link to="/cities">{t('Meet the cities')}</Link>
      </EmptyState>
    </Page>
  );
}
