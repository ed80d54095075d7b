import { useQuery } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '../../api/client';
import type { paths } from '../../api/schema';
import { useApi } from '../../api/useApi';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import type { Revision, VersionedItem } from './contentKind';
import type { EditorEndpoints } from './useVersionedEditor';

/** Where a kind lives in the API and what its writes make stale. */
export interface ContentPlace<Base extends string, Id extends string> {
  /** The first part of every query key of the kind: "practices". */
  key: string;
  /**
   * The collection, "/api/v1/practices", where new items are posted (when the
   * kind's are); one item is at "/api/v1/practices/{practice_id}".
   */
  path: Base;
  /** The name of the item's id in the paths: "practice_id". */
  id: Id;
  /** The query keys every write refetches (the kind's own among them). */
  refresh: readonly string[];
}

type ItemPath<Base extends string, Id extends string> = `${Base}/{${Id}}` & keyof paths;
/** Refuses a place whose item path the schema lacks ("practiceid" for "practice_id"). */
type KnownItemPath<Base extends string, Id extends string> = {
  id: `${Base}/{${Id}}` extends keyof paths ? Id : never;
};
type JsonOf<Part> = Part extends { content: { 'application/json': infer Body } } ? Body : never;
type Answer<Operation> = Operation extends { responses: { 200: infer Ok } }
  ? JsonOf<Ok>
  : Operation extends { responses: { 201: infer Created } }
    ? JsonOf<Created>
    : never;
type RequestBody<Operation> = Operation extends { requestBody: infer Body } ? JsonOf<Body> : never;
type OperationOf<Path, Method extends string> = Path extends keyof paths
  ? Method extends keyof paths[Path]
    ? paths[Path][Method]
    : never
  : never;

/** The API object of one item, its PATCH body and the collection's POST body, as the schema has them. */
export type ItemOf<Base extends string, Id extends string> = Answer<
  OperationOf<ItemPath<Base, Id>, 'get'>
>;
type UpdateOf<Base extends string, Id extends string> = RequestBody<
  OperationOf<ItemPath<Base, Id>, 'patch'>
>;
type CreateOf<Base extends string> = RequestBody<OperationOf<Base, 'post'>>;

/** A versioned PATCH: based on `version`, refused with 412 when someone else saved since. */
export interface UpdateRequest<Body> {
  id: number;
  version: number;
  body: Body;
}

/** What the editor's create needs: the call, and whether it is under way. */
export interface CreateCall<Draft> {
  create(draft: Draft): Promise<number | undefined>;
  saving: boolean;
}

type AnyResult = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * The client with paths built from a kind's place. The place's types are
 * checked against the schema (ItemOf is `never` for a path it lacks); the
 * calls themselves take the built strings.
 */
type PathClient = Record<
  'GET' | 'POST' | 'PATCH' | 'DELETE',
  (path: string, init?: object) => AnyResult
>;

function pathClient(api: ApiClient): PathClient {
  return api as unknown as PathClient;
}

/** Brings a deleted item back: a POST to its ".../restore". */
export function restoreItem<Base extends string, Id extends string>(
  api: ApiClient,
  place: Pick<ContentPlace<Base, Id>, 'path' | 'id'> & KnownItemPath<Base, Id>,
  id: number,
): Promise<unknown> {
  return unwrap(
    pathClient(api).POST(`${place.path}/{${place.id}}/restore`, {
      params: { path: { [place.id]: id } },
    }),
  );
}

/**
 * The queries and writes every kind of versioned content has: one item, its
 * revisions, create, a versioned update, delete, and what the editor calls.
 * A kind declares where it lives; its own queries (lists, similar items…) stay with it.
 */
export function contentQueries<Base extends string, Id extends string>(
  place: ContentPlace<Base, Id> & KnownItemPath<Base, Id>,
) {
  type Item = ItemOf<Base, Id>;
  type Update = UpdateOf<Base, Id>;
  const itemPath = `${place.path}/{${place.id}}`;
  const inPath = (id: number) => ({ params: { path: { [place.id]: id } } });

  function readItem(api: ApiClient, id: number): Promise<Item> {
    return unwrap(pathClient(api).GET(itemPath, inPath(id))) as Promise<Item>;
  }

  function readRevisions(api: ApiClient, id: number): Promise<Revision[]> {
    return unwrap(pathClient(api).GET(`${itemPath}/revisions`, inPath(id))) as Promise<Revision[]>;
  }

  function useItem(id: number) {
    const api = useApi();
    const { language } = useI18n();
    return useQuery({
      queryKey: [place.key, 'one', id, language],
      queryFn: () => readItem(api, id),
      enabled: Number.isInteger(id) && id > 0,
    });
  }

  function useRevisions(id: number) {
    const api = useApi();
    return useQuery({
      queryKey: [place.key, 'revisions', id],
      queryFn: () => readRevisions(api, id),
    });
  }

  function useCreate() {
    return useWrite(
      place.refresh,
      (api, body: CreateOf<Base>) =>
        unwrap(pathClient(api).POST(place.path, { body })) as Promise<Item>,
    );
  }

  function useUpdate() {
    return useWrite(
      place.refresh,
      (api, { id, version, body }: UpdateRequest<Update>) =>
        unwrap(
          pathClient(api).PATCH(itemPath, {
            params: { path: { [place.id]: id }, header: { 'if-match': `"${version}"` } },
            body,
          }),
        ) as Promise<Item>,
    );
  }

  function useDelete() {
    return useWrite(place.refresh, (api, id: number) =>
      unwrap(pathClient(api).DELETE(itemPath, inPath(id))),
    );
  }

  /** What the editor calls, with a create of the kind's own (a series, a programme's action…). */
  function useEditorEndpoints<Draft>(
    create: CreateCall<Draft>,
  ): EditorEndpoints<Item & VersionedItem, Draft> {
    const api = useApi();
    const update = useUpdate();
    return {
      create: create.create,
      update: ({ id, version, body }) =>
        update.mutateAsync({ id, version, body: body as Update }) as Promise<Item & VersionedItem>,
      current: (id) => readItem(api, id) as Promise<Item & VersionedItem>,
      revisions: (id) => readRevisions(api, id),
      saving: create.saving || update.isPending,
    };
  }

  /** What the editor calls when a new item is a POST to the collection of `payload(draft)`. */
  function useEndpoints<Draft>(
    payload: (draft: Draft) => unknown,
  ): EditorEndpoints<Item & VersionedItem, Draft> {
    const create = useCreate();
    return useEditorEndpoints<Draft>({
      create: (draft) =>
        create
          .mutateAsync(payload(draft) as CreateOf<Base>)
          .then((created) => (created as { id: number }).id),
      saving: create.isPending,
    });
  }

  return {
    refresh: place.refresh,
    useItem,
    useRevisions,
    useCreate,
    useUpdate,
    useDelete,
    useEditorEndpoints,
    useEndpoints,
    readRevisions,
  };
}
