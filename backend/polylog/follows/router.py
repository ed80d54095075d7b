from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, status

from polylog.accounts.dependencies import OptionalUser
from polylog.core import downloads
from polylog.core.db import SessionDep
from polylog.core.errors import (
    Conflict,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.follows import feeds, service
from polylog.follows.schemas import DigestOut, FollowCreate, FollowOut

router = APIRouter(tags=["follows"])
ATOM = "application/atom+xml; charset=utf-8"


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.post(
    "/me/follows",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Unauthorized, ValidationFailed, Conflict),
)
def follow(db: SessionDep, user: OptionalUser, data: FollowCreate) -> FollowOut:
    return service.to_out(db, service.follow(db, actor=user, data=data))


@router.get("/me/follows", responses=problem_responses(Unauthorized))
def my_follows(db: SessionDep, user: OptionalUser) -> list[FollowOut]:
    return service.follows(db, actor=user)


@router.delete(
    "/me/follows/{follow_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(Unauthorized, NotFound),
)
def unfollow(db: SessionDep, user: OptionalUser, follow_id: int) -> Response:
    service.unfollow(db, actor=user, follow_id=follow_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/me/digest-preview", responses=problem_responses(Unauthorized))
def digest_preview(db: SessionDep, user: OptionalUser) -> DigestOut:
    """The items of the caller's next weekly digest, as it would be sent now."""
    return service.preview(db, actor=user)


@downloads.file_route(router, "/cities/{slug}/feed.atom", ATOM, errors=(NotFound,))
def city_feed(db: SessionDep, slug: str, request: Request) -> Response:
    """An Atom 1.0 feed of the city's new and changed content, in ``?lang=``."""
    return Response(feeds.city_feed(db, slug=slug, base_url=_base_url(request)), media_type=ATOM)


@downloads.file_route(router, "/sdgs/{number}/feed.atom", ATOM, errors=(NotFound, ValidationFailed))
def sdg_feed(
    db: SessionDep, number: Annotated[int, Path(ge=1, le=17)], request: Request
) -> Response:
    """An Atom 1.0 feed of every city's new and changed content on the SDG, in ``?lang=``."""
    return Response(feeds.sdg_feed(db, number=number, base_url=_base_url(request)), media_type=ATOM)
