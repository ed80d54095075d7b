import { inOrder, themesIn } from '../../components/listParams';
import type { ActionFilters } from './queries';
import { ACTION_STATUSES, isActionStatus, isRagFilter, RAG_FILTERS } from './types';

export const SORTS = ['due_date', 'funding_gap', '-funding_gap', '-due_date'] as const;
type Sort = (typeof SORTS)[number];

function isSort(value: string | null): value is Sort {
  return value !== null && (SORTS as readonly string[]).includes(value);
}

/** The action table's filters and order, read from the page's address; wrong values are dropped. */
export function parseActionFilters(params: URLSearchParams): ActionFilters {
  const sort = params.get('sort');
  return {
    status: inOrder(ACTION_STATUSES, params.getAll('status').filter(isActionStatus)),
    rag: inOrder(RAG_FILTERS, params.getAll('rag').filter(isRagFilter)),
    theme: themesIn(params),
    sort: isSort(sort) ? sort : null,
  };
}

/** The address's query for `filters`, keeping what else the address says. */
export function actionFilterParams(
  filters: ActionFilters,
  params: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['status', 'rag', 'theme', 'sort']) next.delete(key);
  for (const status of filters.status) next.append('status', status);
  for (const rag of filters.rag) next.append('rag', rag);
  for (const theme of filters.theme) next.append('theme', theme);
  if (filters.sort !== null) next.set('sort', filters.sort);
  return next;
}

export function activeActionFilters(filters: ActionFilters): number {
  return filters.status.length + filters.rag.length + filters.theme.length;
}
