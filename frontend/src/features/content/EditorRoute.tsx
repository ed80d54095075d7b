import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useCities, type City } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { LogInPage } from '../../components/LogIn';
import { Page } from '../../components/Page';
import { citiesActingAs, type RoleNeeded } from './permissions';

interface EditorRouteProps<Item> {
  /** Loads the item edited, by the id in the address (`…/:id/edit`); `…/new` has none. */
  useItem(id: number): UseQueryResult<Item>;
  /** Who may write: delegates publish initiatives and practices, organisers schedule sessions. */
  role: RoleNeeded;
  cityOf(item: Item): string;
  titles: { create: string; edit: string };
  /** Asks a visitor to log in. */
  loginLead: string;
  /** Tells a member without the role that they cannot. */
  forbiddenLead: string;
  /** A reason the item cannot be edited at all (a cancelled session), as a page; null when it can. */
  refuse?(item: Item, title: string): ReactNode | null;
  /** The editor itself, for the item (null: new) and the cities the user may write for. */
  render(item: Item | null, cities: City[]): ReactNode;
}

/** The editor's page: the user, the cities and the item loaded, and whether the user may write. */
export function EditorRoute<Item extends { id: number }>(props: EditorRouteProps<Item>) {
  const { id } = useParams();
  const itemId = id === undefined ? null : Number(id);
  const user = useCurrentUser();
  const cities = useCities();
  const item = props.useItem(itemId ?? 0);

  if (user.isPending || cities.isPending || (itemId !== null && item.isPending)) {
    return <Loading />;
  }
  const title = itemId === null ? props.titles.create : props.titles.edit;
  if (!user.data) return <LogInPage title={title} lead={props.loginLead} />;
  if (cities.isError)
    return <ErrorPanel error={cities.error} onRetry={() => void cities.refetch()} />;
  if (itemId !== null && item.isError) {
    return (
      <Page title={title}>
        <ErrorPanel error={item.error} onRetry={() => void item.refetch()} />
      </Page>
    );
  }
  const allowed = citiesActingAs(
    user.data,
    cities.data.map((city) => city.slug),
    props.role,
  );
  const editing = itemId !== null ? (item.data ?? null) : null;
  if (allowed.length === 0 || (editing !== null && !allowed.includes(props.cityOf(editing)))) {
    return <Page title={title} lead={props.forbiddenLead} />;
  }
  const refusal = editing === null ? null : (props.refuse?.(editing, title) ?? null);
  if (refusal !== null) return refusal;
  return (
    // Another item (or a new one) is another editor, with a form of its own.
    <Fragment key={editing?.id ?? 'new'}>
      {props.render(
        editing,
        // In the order the user may write for them: the allowed cities as the reader sorts names.
        cities.data.filter((city) => allowed.includes(city.slug)),
      )}
    </Fragment>
  );
}
