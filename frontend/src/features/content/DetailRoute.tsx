import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';

interface DetailRouteProps<Item> {
  /** Loads the item whose id is in the address (the hook runs on every render, as hooks do). */
  useItem(id: number): UseQueryResult<Item>;
  /** The page title while the item cannot be shown. */
  title: string;
  /** Where to go instead: the kind's list. */
  back: { to: string; label: string };
  render(item: Item): ReactNode;
}

/** A page for one item at `…/:id`: not found for an id that cannot be one, loading, or the error. */
export function DetailRoute<Item extends { id: number }>({
  useItem,
  title,
  back,
  render,
}: DetailRouteProps<Item>) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const itemId = Number(id);
  const item = useItem(itemId);
  const backLink = (
    <p>
      <Link to={back.to}>{back.label}</Link>
    </p>
  );
  if (!Number.isInteger(itemId) || itemId <= 0) {
    return <Page title={t('Page not found')}>{backLink}</Page>;
  }
  if (item.isPending) return <Loading />;
  if (item.isError) {
    return (
      <Page title={title}>
        <ErrorPanel error={item.error} onRetry={() => void item.refetch()} />
        {backLink}
      </Page>
    );
  }
  // Another item is another page, with state of its own.
  return <Fragment key={item.data.id}>{render(item.data)}</Fragment>;
}
