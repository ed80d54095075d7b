from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from polylog.cities import service as cities_service
from polylog.content.listing import CityFilter, Listing, SdgFilter, SearchedText, ThemeFilter
from polylog.content.router import content_routes
from polylog.core.db import SessionDep
from polylog.core.errors import (
    ValidationFailed,
    problem_responses,
)
from polylog.indicators.router import indicators_route
from polylog.initiatives import geo, service
from polylog.initiatives.models import Status
from polylog.initiatives.repository import InitiativeFilters
from polylog.initiatives.schemas import (
    InitiativeCreate,
    InitiativeOut,
    InitiativePage,
    InitiativeUpdate,
    SimilarInitiative,
)


def _filters(
    session: SessionDep,
    city: CityFilter = [],  # noqa: B006 - FastAPI copies query defaults
    sdg: SdgFilter = [],  # noqa: B006
    theme: ThemeFilter = [],  # noqa: B006
    status: Annotated[list[Status], Query()] = [],  # noqa: B006
) -> InitiativeFilters:
    """What the list and the map are filtered by."""
    return InitiativeFilters(
        city_ids=cities_service.filter_ids(session, slugs=city),
        sdgs=sdg,
        themes=theme,
        statuses=status,
    )


def _searched(
    filters: Annotated[InitiativeFilters, Depends(_filters)], text: SearchedText
) -> InitiativeFilters:
    return replace(filters, text=text)


router = APIRouter(tags=["initiatives"])
content_routes(
    router,
    service.INITIATIVES,
    present=lambda _db, initiative, _viewer: service.to_out(initiative),
    out=InitiativeOut,
    create_model=InitiativeCreate,
    update_model=InitiativeUpdate,
    similar=(SimilarInitiative, service.to_list_item),
    listing=Listing(
        filters=_searched,
        find=service.INITIATIVES.list_page,
        show=lambda _db, initiative: service.to_list_item(initiative),
        page=InitiativePage,
    ),
)


indicators_route(router, owner="initiative_id", name="add_indicator")


@router.get("/map/initiatives", responses=problem_responses(ValidationFailed))
def map_initiatives(
    session: SessionDep,
    filters: Annotated[InitiativeFilters, Depends(_filters)],
    bbox: Annotated[str | None, Query(description="minLng,minLat,maxLng,maxLat")] = None,
    zoom: Annotated[int | None, Query(ge=0, le=geo.MAX_ZOOM)] = None,
) -> geo.FeatureCollection:
    return geo.features(session, filters=filters, bbox=geo.parse_bbox(bbox), zoom=zoom)
