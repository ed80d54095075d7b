import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCityName } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { ConfirmAction } from '../../components/ConfirmAction';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { pageIn } from '../../components/listParams';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { labelTable } from '../../i18n/labelTable';
import {
  isRestorableKind,
  RESTORABLE_KINDS,
  useDeleted,
  useRestore,
  type DeletedItem,
  type RestorableKind,
} from './queries';
import { CONTENT_PAGES } from '../content/contentPages';
import './admin.css';

const PER_PAGE = 20;

const kindTab = labelTable<RestorableKind>((t) => ({
  initiative: t('Initiatives'),
  practice: t('Practices'),
  programme: t('Programmes'),
  action: t('Actions'),
  track: t('Learning tracks'),
}));

function DeletedRow({
  item,
  onRestored,
}: {
  item: DeletedItem;
  onRestored(item: DeletedItem): void;
}) {
  const { t, format } = useI18n();
  const cityName = useCityName();
  const restore = useRestore();
  const kind = item.kind as RestorableKind;
  return (
    <tr>
      <td lang={item.language} dir="auto">
        {item.title}
      </td>
      <td>{cityName(item.city)}</td>
      <td>
        <time dateTime={item.deleted_at}>{format.dateTime(new Date(item.deleted_at))}</time>
      </td>
      <td>
        <ConfirmAction
          label={t('Restore')}
          variant="secondary"
          questionId={`restore-${item.kind}-${item.id}`}
          question={t('Restore “{title}”? It is shown again in lists, on the map and in search.', {
            title: isolate(item.title),
          })}
          confirmLabel={t('Yes, restore it')}
          keepLabel={t('Keep it deleted')}
          pending={restore.isPending}
          error={restore.error}
          onConfirm={(done) =>
            restore.mutate(
              { kind, id: item.id },
              {
                onSuccess: () => {
                  done();
                  onRestored(item);
                },
              },
            )
          }
        />
      </td>
    </tr>
  );
}

function DeletedList({ kind, page }: { kind: RestorableKind; page: number }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const deleted = useDeleted(kind, page, PER_PAGE);
  const [restored, setRestored] = useState<DeletedItem | null>(null);
  return (
    <section id="deleted-panel" aria-labelledby="deleted-kind-title">
      <h2 id="deleted-kind-title">{kindTab(kind, i18n)}</h2>
      <div role="status" className="admin-status">
        {restored !== null && restored.kind === kind && (
          <p className="notice">
            {t('“{title}” is restored.', { title: isolate(restored.title) })}{' '}
            <Link to={`${CONTENT_PAGES[kind]}/${restored.id}`}>{t('Open it')}</Link>
          </p>
        )}
      </div>
      {deleted.isPending && <Loading />}
      {deleted.isError && (
        <ErrorPanel error={deleted.error} onRetry={() => void deleted.refetch()} />
      )}
      {deleted.data !== undefined &&
        (deleted.data.items.length === 0 ? (
          <EmptyState
            message={t('Nothing of this kind is deleted.')}
            explanation={t(
              'When someone deletes an item, it is hidden from everyone and listed here, so you can bring it back.',
            )}
          />
        ) : (
          <>
            <p>{tn('{count} deleted item.', '{count} deleted items.', deleted.data.total)}</p>
            <DataTable
              className="admin-table"
              columns={[
                t('Title'),
                t('City'),
                t('Deleted on'),
                <span className="visually-hidden">{t('Restore')}</span>,
              ]}
            >
              {deleted.data.items.map((item) => (
                <DeletedRow key={item.id} item={item} onRestored={setRestored} />
              ))}
            </DataTable>
            <Pagination
              page={page}
              total={deleted.data.total}
              perPage={PER_PAGE}
              label={t('Pages of the list')}
              linkTo={(next) => `/admin/deleted?kind=${kind}&page=${next}`}
            />
          </>
        ))}
    </section>
  );
}

/** Deleted content of every kind, for platform admins to bring back. */
export default function DeletedPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const asked = params.get('kind');
  const kind: RestorableKind = isRestorableKind(asked) ? asked : 'initiative';
  const page = pageIn(params);
  if (user.isPending) return <Loading />;
  if (!user.data?.is_admin) {
    return (
      <Page
        title={t('Deleted items')}
        lead={t('Only platform administrators can see and restore deleted items.')}
      />
    );
  }
  return (
    <Page
      title={t('Deleted items')}
      lead={t('Deleting hides an item; nothing is lost. Restore what was deleted by mistake.')}
    >
      <nav className="kind-tabs" aria-label={t('Kinds of content')}>
        <ul>
          {RESTORABLE_KINDS.map((option) => (
            <li key={option}>
              <Link
                to={`/admin/deleted?kind=${option}`}
                aria-current={option === kind ? 'page' : undefined}
                className={
                  option === kind ? 'kind-tabs__tab kind-tabs__tab--current' : 'kind-tabs__tab'
                }
              >
                {kindTab(option, i18n)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DeletedList key={kind} kind={kind} page={page} />
    </Page>
  );
}
