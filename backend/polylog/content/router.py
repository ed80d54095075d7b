"""The HTTP routes every kind of content shares, made once for all of them.

``content_routes`` adds to a kind's router: creating an item (201, as its GET
would show it), reading one (with its version as ETag), editing it (``If-Match`` or a body version; 412 when stale, 428 when
missing), deleting it softly, restoring it (platform admins), listing its
revisions and, given a ``Listing``, listing its items a page at a time. Each kind
names its path, its id parameter, its edit body and how an item is shown; the
operation ids stay ``<tag>-<verb>_<kind>``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, Header, Query, Response, status
from pydantic import BaseModel
from sqlalchemy.orm import Session

from polylog.accounts.dependencies import OptionalUser
from polylog.accounts.models import User
from polylog.content.kind import ContentKind
from polylog.content.listing import Listing, list_route
from polylog.content.models import Multilingual
from polylog.content.schemas import RevisionOut
from polylog.content.versioning import VersionRequired
from polylog.core.db import SessionDep
from polylog.core.endpoints import endpoint, parameter
from polylog.core.errors import (
    ACCESS_ERRORS,
    WRITE_ERRORS,
    NotFound,
    PolylogError,
    StaleVersion,
    problem_responses,
)
from polylog.core.types import Id

Item = TypeVar("Item", bound=Multilingual)
Presenter = Callable[[Session, Item, User | None], BaseModel]
# The model of a similar item (as it is listed, with a score) and how an item is listed.
Similar = tuple[type[BaseModel], Callable[[Item], BaseModel]]

ROUTES = frozenset({"create", "get", "update", "delete", "restore", "revisions", "similar"})
SIMILAR_LIMIT = 50


class _Routes(Generic[Item]):
    def __init__(
        self,
        kind: ContentKind[Item],
        *,
        id_name: str,
        present: Presenter[Item],
        similar: Similar[Item] | None,
    ) -> None:
        self.kind, self.id_name, self.present = kind, id_name, present
        self.similar_to = similar

    def endpoint(
        self,
        name: str,
        run: Callable[..., Any],
        params: list[Any],
        returns: Any,
        *,
        with_id: bool = True,
    ) -> Callable[..., Any]:
        """The endpoint ``name``: ``run`` gets the session, the caller, the id and ``params``."""
        return endpoint(
            name,
            run,
            [
                parameter("db", SessionDep),
                parameter("user", OptionalUser),
                *([parameter(self.id_name, Id)] if with_id else []),
                *params,
            ],
            returns,
        )

    def shown(self, db: Session, item: Item, user: User | None, response: Response) -> BaseModel:
        response.headers["ETag"] = f'"{item.version}"'
        return self.present(db, item, user)

    def create(self, **values: Any) -> BaseModel:
        db, user = values["db"], values["user"]
        item = self.kind.create(db, actor=user, data=values["data"])
        return self.shown(db, item, user, values["response"])

    def get(self, **values: Any) -> BaseModel:
        db, user = values["db"], values["user"]
        item = self.kind.get_visible(db, values[self.id_name], viewer=user)
        return self.shown(db, item, user, values["response"])

    def update(self, **values: Any) -> BaseModel:
        db, user = values["db"], values["user"]
        item = self.kind.update(
            db,
            values[self.id_name],
            actor=user,
            data=values["data"],
            if_match=values["if_match"],
        )
        return self.shown(db, item, user, values["response"])

    def delete(self, **values: Any) -> None:
        self.kind.delete(values["db"], values[self.id_name], actor=values["user"])

    def restore(self, **values: Any) -> BaseModel:
        db, user = values["db"], values["user"]
        return self.present(db, self.kind.restore(db, values[self.id_name], actor=user), user)

    def similar(self, **values: Any) -> list[BaseModel]:
        assert self.similar_to is not None
        model, listed = self.similar_to
        found = self.kind.similar(
            values["db"], values[self.id_name], viewer=values["user"], limit=values["limit"]
        )
        return [model(**listed(item).model_dump(), score=score) for item, score in found]

    def revisions(self, **values: Any) -> list[RevisionOut]:
        return self.kind.revisions(values["db"], values[self.id_name], viewer=values["user"])


def content_routes(
    router: APIRouter,
    kind: ContentKind[Item],
    *,
    present: Presenter[Item],
    out: type[BaseModel],
    create_model: type[BaseModel] | None = None,
    update_model: type[BaseModel] | None = None,
    routes: Collection[str] = ROUTES,
    update_errors: tuple[type[PolylogError], ...] = (),
    similar: Similar[Item] | None = None,
    listing: Listing[Any, Any] | None = None,
    singular: str | None = None,
) -> None:
    """Adds the shared routes of ``kind`` to ``router``, under ``/<singular>s/{<singular>_id}``:
    ``/initiatives/{initiative_id}``. The singular is the kind's name unless given. Of
    ``routes``, creating is added only with a ``create_model`` and similar items only with
    ``similar``."""
    singular = singular or kind.name
    path, id_name = f"/{singular}s", f"{singular}_id"
    unknown = set(routes) - ROUTES
    assert not unknown, f"unknown content routes: {unknown}"
    shared = _Routes(kind, id_name=id_name, present=present, similar=similar)
    item_path = f"{path}/{{{id_name}}}"
    response = parameter("response", Response)
    if "create" in routes and create_model is not None:
        router.add_api_route(
            path,
            shared.endpoint(
                f"create_{singular}",
                shared.create,
                [parameter("data", create_model), response],
                out,
                with_id=False,
            ),
            methods=["POST"],
            status_code=status.HTTP_201_CREATED,
            response_model=out,
            responses=problem_responses(*WRITE_ERRORS),
        )
    if "get" in routes:
        router.add_api_route(
            item_path,
            shared.endpoint(f"get_{singular}", shared.get, [response], out),
            methods=["GET"],
            response_model=out,
            responses=problem_responses(NotFound),
        )
    if "update" in routes:
        assert update_model is not None, "an editable kind names its edit body"
        router.add_api_route(
            item_path,
            shared.endpoint(
                f"update_{singular}",
                shared.update,
                [
                    parameter("data", update_model),
                    response,
                    parameter("if_match", Annotated[str | None, Header()], None),
                ],
                out,
            ),
            methods=["PATCH"],
            response_model=out,
            responses=problem_responses(
                *WRITE_ERRORS, *update_errors, StaleVersion, VersionRequired
            ),
        )
    if "delete" in routes:
        router.add_api_route(
            item_path,
            shared.endpoint(f"delete_{singular}", shared.delete, [], None),
            methods=["DELETE"],
            status_code=status.HTTP_204_NO_CONTENT,
            responses=problem_responses(*ACCESS_ERRORS),
        )
    if "restore" in routes:
        router.add_api_route(
            f"{item_path}/restore",
            shared.endpoint(f"restore_{singular}", shared.restore, [], out),
            methods=["POST"],
            response_model=out,
            responses=problem_responses(*ACCESS_ERRORS),
        )
    if "similar" in routes and similar is not None:
        similar_model = similar[0]
        router.add_api_route(
            f"{item_path}/similar",
            shared.endpoint(
                f"similar_{singular}s",
                shared.similar,
                [parameter("limit", Annotated[int, Query(ge=1, le=SIMILAR_LIMIT)], default=10)],
                list[similar_model],  # type: ignore[valid-type]
            ),
            methods=["GET"],
            response_model=list[similar_model],  # type: ignore[valid-type]
            responses=problem_responses(NotFound),
        )
    if "revisions" in routes:
        router.add_api_route(
            f"{item_path}/revisions",
            shared.endpoint(f"list_{singular}_revisions", shared.revisions, [], list[RevisionOut]),
            methods=["GET"],
            response_model=list[RevisionOut],
            responses=problem_responses(NotFound),
        )
    if listing is not None:
        list_route(router, listing, path=path, name=f"list_{singular}s")
