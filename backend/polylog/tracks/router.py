from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from polylog.accounts.dependencies import CurrentUser, OptionalUser
from polylog.content.router import content_routes
from polylog.core import downloads
from polylog.core.db import SessionDep
from polylog.core.errors import (
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.types import Id, PageNumber, PerPage
from polylog.tracks import service
from polylog.tracks.schemas import MyTrack, TrackCreate, TrackOut, TrackPage, TrackUpdate

router = APIRouter(tags=["tracks"])
content_routes(
    router,
    service.TRACKS,
    path="/tracks",
    id_name="track_id",
    singular="track",
    present=lambda db, track, _viewer: service.to_out(db, track),
    out=TrackOut,
    create_model=TrackCreate,
    update_model=TrackUpdate,
    routes={"create", "get", "update", "delete", "restore", "revisions"},
)


@router.get("/tracks", responses=problem_responses(ValidationFailed))
def list_tracks(
    db: SessionDep,
    city: Annotated[str | None, Query(max_length=64, description="The host city's slug.")] = None,
    session: Annotated[Id | None, Query(description="Only the tracks with this session.")] = None,
    page: PageNumber = 1,
    per_page: PerPage = 20,
) -> TrackPage:
    items, total = service.page(db, city=city, session_id=session, page=page, per_page=per_page)
    return TrackPage(
        items=[service.to_out(db, item) for item in items],
        total=total,
        page=page,
        per_page=per_page,
    )


@router.get("/me/tracks", responses=problem_responses(Unauthorized))
def my_tracks(db: SessionDep, user: CurrentUser) -> list[MyTrack]:
    return service.mine(db, user=user)


@router.get(
    "/tracks/{track_id}/certificate.pdf",
    response_class=Response,
    responses={
        200: {"content": {"application/pdf": {}}},
        **problem_responses(Unauthorized, Forbidden, NotFound),
    },
)
def track_certificate(db: SessionDep, user: OptionalUser, track_id: Id) -> Response:
    return downloads.attachment(
        service.certificate_pdf(db, actor=user, track_id=track_id),
        media_type=downloads.PDF,
        filename=f"track-{track_id}-certificate.pdf",
    )
