import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';

interface QueryViewProps<Data> {
  query: UseQueryResult<Data>;
  /** What the answer shows (an empty list says so itself); called only once there is one. */
  children(data: Data): ReactNode;
}

/** The place of one query on a page: loading, its error with a retry, or what its answer shows. */
export function QueryView<Data>({ query, children }: QueryViewProps<Data>) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  }
  return children(query.data);
}
