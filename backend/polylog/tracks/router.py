from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from polylog.accounts.dependencies import CurrentUser, OptionalUser
from polylog.cities import service as cities_service
from polylog.content.listing import Listing
from polylog.content.router import content_routes
from polylog.core import downloads
from polylog.core.db import SessionDep
from polylog.core.errors import ACCESS_ERRORS, Unauthorized, problem_responses
from polylog.core.types import Id
from polylog.tracks import service
from polylog.tracks.repository import TrackFilters
from polylog.tracks.schemas import MyTrack, TrackCreate, TrackOut, TrackPage, TrackUpdate


def _filters(
    db: SessionDep,
    city: Annotated[str | None, Query(max_length=64, description="The host city's slug.")] = None,
    session: Annotated[Id | None, Query(description="Only the tracks with this session.")] = None,
) -> TrackFilters:
    city_ids = cities_service.filter_ids(db, slugs=[city] if city else [])
    return TrackFilters(city_ids=city_ids, session_id=session)


router = APIRouter(tags=["tracks"])
content_routes(
    router,
    service.TRACKS,
    present=lambda db, track, _viewer: service.to_out(db, track),
    out=TrackOut,
    create_model=TrackCreate,
    update_model=TrackUpdate,
    listing=Listing(
        filters=_filters, find=service.TRACKS.list_page, show=service.to_out, page=TrackPage
    ),
)


@router.get("/me/tracks", responses=problem_responses(Unauthorized))
def my_tracks(db: SessionDep, user: CurrentUser) -> list[MyTrack]:
    return service.mine(db, user=user)


@downloads.file_route(
    router, "/tracks/{track_id}/certificate.pdf", downloads.PDF, errors=ACCESS_ERRORS
)
def track_certificate(db: SessionDep, user: OptionalUser, track_id: Id) -> Response:
    return downloads.attachment(
        service.certificate_pdf(db, actor=user, track_id=track_id),
        media_type=downloads.PDF,
        filename=f"track-{track_id}-certificate.pdf",
    )
