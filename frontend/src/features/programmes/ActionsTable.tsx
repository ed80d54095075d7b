import { Link, useSearchParams } from 'react-router';
import { useThemeLabel } from '../../api/taxonomy';
import { DataTable } from '../../components/DataTable';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FilterPanel, OrderedFilterGroup, ThemeFilterGroup } from '../../components/FilterGroup';
import { SelectField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { pageIn } from '../../components/listParams';
import { useI18n } from '../../i18n/I18nProvider';
import {
  actionFilterParams,
  activeActionFilters,
  parseActionFilters,
  SORTS,
} from './actionFilters';
import { actionStatusLabel, ragLabel } from './labels';
import { moneyFormat } from './money';
import { useActionList, type ActionFilters } from './queries';
import { RagBadge, ragSymbol } from './RagBadge';
import { usePeriodLabel } from './usePeriodLabel';
import { ACTION_STATUSES, RAG_FILTERS, type ActionListItem } from './types';

function ActionRow({ action }: { action: ActionListItem }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const themeLabel = useThemeLabel();
  const periodLabel = usePeriodLabel();
  const latest = action.latest_check_in;
  return (
    <tr className={action.stalled ? 'action-row action-row--stalled' : 'action-row'}>
      <th scope="row">
        <Link to={`/actions/${action.id}`} lang={action.language} dir="auto">
          {action.title}
        </Link>
        {action.stalled && <span className="stalled-badge">{t('Stalled')}</span>}
      </th>
      <td>{actionStatusLabel(action.status, i18n)}</td>
      <td>
        <RagBadge rag={latest?.rag ?? 'none'} />
        {latest && <span className="action-row__period">{periodLabel(latest.period)}</span>}
      </td>
      <td>{latest ? format.number(latest.progress / 100, { style: 'percent' }) : '—'}</td>
      <td>{action.theme ? themeLabel(action.theme) : '—'}</td>
      <td>{action.owner ? <bdi>{action.owner}</bdi> : '—'}</td>
      <td>{action.due_date ? format.day(action.due_date) : '—'}</td>
      <td>
        {action.funding_gap !== null && action.currency
          ? format.number(action.funding_gap, moneyFormat(action.currency, action.funding_gap))
          : '—'}
      </td>
    </tr>
  );
}

function ActionFilterPanel({
  filters,
  onChange,
}: {
  filters: ActionFilters;
  onChange(next: ActionFilters): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const sortLabels: Record<(typeof SORTS)[number], string> = {
    due_date: t('Due date, soonest first'),
    '-due_date': t('Due date, latest first'),
    '-funding_gap': t('Funding gap, largest first'),
    funding_gap: t('Funding gap, smallest first'),
  };
  return (
    <FilterPanel
      titleId="action-filters-title"
      activeCount={activeActionFilters(filters)}
      onClear={() => onChange({ status: [], rag: [], theme: [], sort: filters.sort })}
      before={
        <SelectField
          id="action-sort"
          label={t('Order')}
          value={filters.sort ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            const sort = SORTS.find((item) => item === value) ?? null;
            onChange({ ...filters, sort });
          }}
        >
          <option value="">{t('As entered')}</option>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </SelectField>
      }
    >
      <OrderedFilterGroup
        id="filter-status"
        title={t('Status')}
        options={ACTION_STATUSES.map((status) => ({
          value: status,
          label: actionStatusLabel(status, i18n),
        }))}
        selected={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
      />
      <OrderedFilterGroup
        id="filter-rag"
        title={t('Rating')}
        options={RAG_FILTERS.map((rag) => ({
          value: rag,
          label: `${ragSymbol(rag)} ${ragLabel(rag, i18n)}`,
        }))}
        selected={filters.rag}
        onChange={(rag) => onChange({ ...filters, rag })}
      />
      <ThemeFilterGroup
        selected={filters.theme}
        onChange={(theme) => onChange({ ...filters, theme })}
      />
    </FilterPanel>
  );
}

/** The programme's actions, filtered by status, rating and theme, stalled ones marked. */
export function ActionsTable({ programmeId }: { programmeId: number }) {
  const { t, tn } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = parseActionFilters(params);
  const page = pageIn(params);
  const list = useActionList(programmeId, filters, page);

  function change(next: ActionFilters) {
    const query = actionFilterParams(next, params);
    query.delete('page');
    setParams(query, { replace: true, preventScrollReset: true });
  }

  return (
    <div className="actions-table">
      <ActionFilterPanel filters={filters} onChange={change} />
      <div aria-busy={list.isFetching} className="actions-table__results">
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.total === 0 ? (
          <p>
            {activeActionFilters(filters) > 0
              ? t('No action matches these filters. Try removing some of them.')
              : t('This programme has no actions yet.')}
          </p>
        ) : (
          <>
            <p aria-live="polite">{tn('{count} action', '{count} actions', list.data.total)}</p>
            <DataTable
              caption={t('Actions of the programme')}
              columns={[
                t('Action'),
                t('Status'),
                t('Latest rating'),
                t('Progress'),
                t('Theme'),
                t('Responsible'),
                t('Due date'),
                t('Funding gap'),
              ]}
            >
              {list.data.items.map((action) => (
                <ActionRow key={action.id} action={action} />
              ))}
            </DataTable>
            <Pagination
              page={page}
              total={list.data.total}
              perPage={list.data.per_page}
              label={t('Pages of the actions')}
              linkTo={(next) => {
                const query = new URLSearchParams(params);
                query.set('page', String(next));
                return `/programmes/${programmeId}?${query.toString()}`;
              }}
            />
          </>
        )}
      </div>
    </div>
  );
}
