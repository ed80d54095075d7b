import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorPanel } from './ErrorPanel';
import { Loading } from './Loading';
import { Pagination } from './Pagination';

interface ListSectionProps<Item> {
  /** The heading's id, which names the section. */
  id: string;
  /** How many there are, once known: "12 practices"; what they are before. */
  heading(total: number | undefined): string;
  headingClassName?: string;
  /** One page of the list. */
  list: UseQueryResult<{ items: Item[]; total: number }>;
  /** Whether filters narrow the list: then an empty page matches nothing rather than there being nothing. */
  filtered: boolean;
  /** What the page says when nothing has been published at all. */
  empty: ReactNode;
  /** What it says when nothing matches the filters. */
  noMatch: string;
  listClassName: string;
  /** One item of the list, an `li` with its key. */
  renderItem(item: Item): ReactNode;
  page: number;
  perPage: number;
  /** The address of another page of the same list. */
  linkTo(page: number): string;
}

/** A filtered, paged list with its count: loading, failing, empty, matching nothing, or its items. */
export function ListSection<Item>(props: ListSectionProps<Item>) {
  const { t } = useI18n();
  const { list } = props;
  let results: ReactNode;
  if (list.isPending) results = <Loading />;
  else if (list.isError)
    results = <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.total === 0 && !props.filtered) results = props.empty;
  else
    results = (
      <>
        {list.data.items.length === 0 ? (
          <p>{props.noMatch}</p>
        ) : (
          <ul className={props.listClassName}>{list.data.items.map(props.renderItem)}</ul>
        )}
        <Pagination
          page={props.page}
          total={list.data.total}
          perPage={props.perPage}
          label={t('Pages of the list')}
          linkTo={props.linkTo}
        />
      </>
    );
  return (
    <section aria-labelledby={props.id} aria-busy={list.isFetching}>
      <h2 id={props.id} className={props.headingClassName}>
        {props.heading(list.data?.total)}
      </h2>
      {results}
    </section>
  );
}
