import { Link, useParams, useSearchParams } from 'react-router';
import { useCities } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { pageIn } from '../../components/listParams';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { useI18n } from '../../i18n/I18nProvider';
import { canActFor } from '../content/permissions';
import {
  auditActionLabel,
  auditEntityLabel,
  auditEntityPath,
  auditFieldsText,
} from '../content/auditLabels';
import { useAuditLog, type AuditEntry } from './queries';
import './admin.css';

const PER_PAGE = 50;

function AuditRow({ entry }: { entry: AuditEntry }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const path = auditEntityPath(entry.entity_type, entry.entity_id);
  const number = /^\d+$/.test(entry.entity_id)
    ? format.number(Number(entry.entity_id), { useGrouping: false })
    : entry.entity_id;
  const fields = Object.keys(entry.changes);
  return (
    <tr>
      <td>
        <time dateTime={entry.at}>{format.dateTime(new Date(entry.at))}</time>
      </td>
      <td>{entry.actor === null ? t('The system') : <bdi>{entry.actor.display_name}</bdi>}</td>
      <td>{auditActionLabel(entry.action, i18n)}</td>
      <td>
        {auditEntityLabel(entry.entity_type, i18n)}{' '}
        {path === null ? <bdi>{number}</bdi> : <Link to={path}>{number}</Link>}
      </td>
      <td>{fields.length === 0 ? '—' : auditFieldsText(fields, i18n)}</td>
    </tr>
  );
}

/** Who changed what in a city, newest first: for its city admins and platform admins. */
export default function AuditLogPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const page = pageIn(params);
  const user = useCurrentUser();
  const cities = useCities();
  const city = cities.data?.find((candidate) => candidate.slug === slug);
  const name = city?.name ?? slug;
  const allowed = canActFor(user.data, slug, 'city_admin');
  const log = useAuditLog(slug, page, PER_PAGE, allowed);
  if (user.isPending || cities.isPending) return <Loading />;
  if (!allowed) {
    return (
      <Page
        title={t('Audit log of {city}', { city: name })}
        lead={t('Only the city administrators of {city} see its audit log.', { city: name })}
      />
    );
  }
  return (
    <Page
      title={t('Audit log of {city}', { city: name })}
      lead={t('Every change in {city}: who made it and when, newest first.', { city: name })}
    >
      {log.isPending && <Loading />}
      {log.isError && <ErrorPanel error={log.error} onRetry={() => void log.refetch()} />}
      {log.data !== undefined &&
        (log.data.items.length === 0 ? (
          <EmptyState
            message={t('Nothing has been changed in {city} yet.', { city: name })}
            explanation={t(
              'When members publish, edit or delete something, or book a session, it is recorded here.',
            )}
          />
        ) : (
          <>
            <DataTable
              caption={t('Audit log of {city}', { city: name })}
              className="admin-table"
              columns={[t('When'), t('Who'), t('What'), t('Which'), t('Changed')]}
            >
              {log.data.items.map((entry, index) => (
                <AuditRow key={`${entry.at}-${index}`} entry={entry} />
              ))}
            </DataTable>
            <Pagination
              page={page}
              total={log.data.total}
              perPage={PER_PAGE}
              label={t('Pages of the audit log')}
              linkTo={(next) => `/cities/${slug}/audit?page=${next}`}
            />
          </>
        ))}
      <p>
        <Link to="/workspace">{t('Back to my city')}</Link>
      </p>
    </Page>
  );
}
