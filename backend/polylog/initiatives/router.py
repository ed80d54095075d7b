from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from polylog.accounts.dependencies import OptionalUser
from polylog.cities import service as cities_service
from polylog.content.router import content_routes
from polylog.core.db import SessionDep
from polylog.core.errors import (
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.types import Id, PageNumber, PerPage
from polylog.indicators import service as indicators_service
from polylog.indicators.schemas import IndicatorCreate, IndicatorOut
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
from polylog.taxonomy.types import SdgNumber, ThemeKey

router = APIRouter(tags=["initiatives"])
content_routes(
    router,
    service.INITIATIVES,
    path="/initiatives",
    id_name="initiative_id",
    singular="initiative",
    present=lambda _db, initiative, _viewer: service.to_out(initiative),
    out=InitiativeOut,
    create_model=InitiativeCreate,
    update_model=InitiativeUpdate,
    similar=(
        SimilarInitiative,
        lambda item, score: SimilarInitiative(
            **service.to_list_item(item).model_dump(), score=score
        ),
    ),
)

_WRITE_ERRORS = (Unauthorized, Forbidden, NotFound, ValidationFailed)
CityFilter = Annotated[list[str], Query(description="City slugs; any of them.")]
SdgFilter = Annotated[list[SdgNumber], Query(description="SDG numbers; any of them.")]
ThemeFilter = Annotated[list[ThemeKey], Query(description="Theme keys; any of them.")]
StatusFilter = Annotated[list[Status], Query()]


def _filters(
    session: SessionDep,
    city: list[str],
    sdg: list[int],
    theme: list[str],
    status_: list[Status],
    q: str | None = None,
) -> InitiativeFilters:
    # An unknown city slug matches nothing rather than being ignored.
    city_ids = (cities_service.ids_for(session, slugs=city) or [-1]) if city else []
    return InitiativeFilters(
        city_ids=city_ids, sdgs=sdg, themes=theme, statuses=status_, text=(q or "").strip() or None
    )


@router.get("/initiatives", responses=problem_responses(ValidationFailed))
def list_initiatives(
    session: SessionDep,
    city: CityFilter = [],  # noqa: B006 - FastAPI copies query defaults
    sdg: SdgFilter = [],  # noqa: B006
    theme: ThemeFilter = [],  # noqa: B006
    status: StatusFilter = [],  # noqa: B006
    q: Annotated[str | None, Query(max_length=200)] = None,
    page: PageNumber = 1,
    per_page: PerPage = 20,
) -> InitiativePage:
    filters = _filters(session, city, sdg, theme, status, q)
    items, total = service.list_page(session, filters=filters, page=page, per_page=per_page)
    return InitiativePage(
        items=[service.to_list_item(item) for item in items],
        total=total,
        page=page,
        per_page=per_page,
    )


@router.post(
    "/initiatives/{initiative_id}/indicators",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*_WRITE_ERRORS),
)
def add_indicator(
    session: SessionDep, user: OptionalUser, initiative_id: Id, data: IndicatorCreate
) -> IndicatorOut:
    indicator = indicators_service.add(
        session, actor=user, owner="initiative_id", owner_id=initiative_id, data=data
    )
    return indicators_service.indicator_out(indicator)


@router.get("/map/initiatives", responses=problem_responses(ValidationFailed))
def map_initiatives(
    session: SessionDep,
    bbox: Annotated[str | None, Query(description="minLng,minLat,maxLng,maxLat")] = None,
    zoom: Annotated[int | None, Query(ge=0, le=geo.MAX_ZOOM)] = None,
    city: CityFilter = [],  # noqa: B006
    sdg: SdgFilter = [],  # noqa: B006
    theme: ThemeFilter = [],  # noqa: B006
    status: StatusFilter = [],  # noqa: B006
) -> geo.FeatureCollection:
    filters = _filters(session, city, sdg, theme, status)
    return geo.features(session, filters=filters, bbox=geo.parse_bbox(bbox), zoom=zoom)
