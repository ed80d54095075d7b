import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

export function SessionsPage() {
  const { t } = useI18n();
  return (
    <Page
      title={t('Peer-learning sessions')}
      lead={t('Workshops, study visits, webinars and forums that cities host for each other.')}
    >
      <EmptyState
        message={t('No sessions have been scheduled yet.')}
        explanation={t(
          'When a city schedules a session, it will be listed here with its date in your time zone, its languages and the seats left.',
        )}
      >
        <Link to="/cities">{t('Meet the cities')}</Link>
      </EmptyState>
    </Page>
  );
}
