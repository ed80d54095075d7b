import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';

/** An answer that lists things: the list itself, or one page of it. */
type Listing = readonly unknown[] | { items: readonly unknown[] };

function hasNoItems(listing: Listing): boolean {
  return ('items' in listing ? listing.items : listing).length === 0;
}

interface QueryViewProps<Data> {
  query: UseQueryResult<Data>;
  /** For a listing: what stands in for an answer without items (why there are none). */
  empty?: Data extends Listing ? ReactNode : never;
  /** What the answer shows; called only once there is one (and, with `empty`, it has items). */
  children(data: Data): ReactNode;
}

/** The place of one query on a page: loading, its error with a retry, or what its answer shows. */
export function QueryView<Data>({ query, empty, children }: QueryViewProps<Data>) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (empty !== undefined && hasNoItems(query.data as Listing)) return empty;
  return children(query.data);
}
