import { Link } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useI18n } from '../../i18n/I18nProvider';
import { useInitiativeActions } from './queries';

/**
 * Where an initiative is followed up: the actions of programmes that name it, each with
 * its programme. Nothing is drawn for an initiative no programme builds on.
 */
export function InitiativeActions({ initiativeId }: { initiativeId: number }) {
  const { t } = useI18n();
  const actions = useInitiativeActions(initiativeId);
  if (actions.isPending) return null;
  if (actions.isError) return <ErrorPanel error={actions.error} />;
  if (actions.data.length === 0) return null;
  return (
    <section aria-labelledby="initiative-actions">
      <h2 id="initiative-actions">{t('In programmes and action plans')}</h2>
      <ul className="plain-list">
        {actions.data.map((action) => (
          <li key={action.id}>
            <Link to={`/actions/${action.id}`} lang={action.language} dir="auto">
              {action.title}
            </Link>{' '}
            · <Link to={`/programmes/${action.programme_id}`}>{t('Open its programme')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
