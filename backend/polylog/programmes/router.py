from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Query, Response, UploadFile, status

from polylog.accounts.dependencies import OptionalUser
from polylog.cities import service as cities_service
from polylog.content.listing import CityFilter, Listing
from polylog.content.router import content_routes
from polylog.core import downloads
from polylog.core.db import SessionDep
from polylog.core.errors import WRITE_ERRORS, Conflict, NotFound, problem_responses
from polylog.core.i18n import gettext as _
from polylog.core.types import Id, PageNumber, PerPage
from polylog.indicators.router import indicators_route
from polylog.programmes import service, spreadsheets
from polylog.programmes.models import ActionStatus, ProgrammeKind
from polylog.programmes.repository import NO_RATING, ActionFilters, ProgrammeFilters
from polylog.programmes.schemas import (
    ActionCreate,
    ActionListItem,
    ActionOut,
    ActionPage,
    ActionUpdate,
    CheckInCreate,
    CheckInOut,
    ImportResult,
    ProgrammeCreate,
    ProgrammeOut,
    ProgrammePage,
    ProgrammeUpdate,
)
from polylog.taxonomy.types import ThemeKey

RagFilter = Literal["green", "amber", "red", "none"]
ActionSort = Literal["due_date", "-due_date", "funding_gap", "-funding_gap"]


def _filters(
    db: SessionDep,
    city: CityFilter = [],  # noqa: B006 - FastAPI copies query defaults
    kind: Annotated[list[ProgrammeKind], Query()] = [],  # noqa: B006
) -> ProgrammeFilters:
    return ProgrammeFilters(city_ids=cities_service.filter_ids(db, slugs=city), kinds=kind)


router = APIRouter(tags=["programmes"])
content_routes(
    router,
    service.PROGRAMMES,
    present=lambda db, programme, _viewer: service.programme_out(db, programme),
    out=ProgrammeOut,
    create_model=ProgrammeCreate,
    update_model=ProgrammeUpdate,
    listing=Listing(
        filters=_filters,
        find=service.PROGRAMMES.list_page,
        show=lambda _db, programme: service.programme_list_item(programme),
        page=ProgrammePage,
    ),
)
content_routes(
    router,
    service.ACTIONS,
    present=lambda db, action, _viewer: service.action_out(db, action),
    out=ActionOut,
    update_model=ActionUpdate,
)


indicators_route(router, owner="programme_id", name="add_target")


@router.get("/programmes/{programme_id}/actions", responses=problem_responses(NotFound))
def list_actions(
    db: SessionDep,
    user: OptionalUser,
    programme_id: Id,
    status: Annotated[list[ActionStatus], Query()] = [],  # noqa: B006
    rag: Annotated[
        list[RagFilter], Query(description=f"The latest check-in's rating; {NO_RATING}: none yet.")
    ] = [],  # noqa: B006
    theme: Annotated[list[ThemeKey], Query()] = [],  # noqa: B006
    sort: ActionSort | None = None,
    page: PageNumber = 1,
    per_page: PerPage = 100,
) -> ActionPage:
    filters = ActionFilters(
        programme_id=programme_id, statuses=status, rags=rag, themes=theme, sort=sort
    )
    items, total = service.action_page(db, filters, viewer=user, page=page, per_page=per_page)
    return ActionPage(items=items, total=total, page=page, per_page=per_page)


@router.post(
    "/programmes/{programme_id}/actions",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS),
)
def create_action(
    db: SessionDep, user: OptionalUser, programme_id: Id, data: ActionCreate, response: Response
) -> ActionOut:
    action = service.add_action(db, actor=user, programme_id=programme_id, data=data)
    response.headers["ETag"] = f'"{action.version}"'
    return service.action_out(db, action)


@downloads.file_route(
    router, "/programmes/{programme_id}/actions.csv", downloads.CSV, errors=(NotFound,)
)
def export_actions_csv(db: SessionDep, user: OptionalUser, programme_id: Id) -> Response:
    programme = service.PROGRAMMES.get_visible(db, programme_id, viewer=user)
    content = spreadsheets.to_csv(spreadsheets.export_rows(db, programme))
    return downloads.attachment(
        content, media_type=downloads.CSV, filename=f"programme-{programme_id}-actions.csv"
    )


@downloads.file_route(
    router, "/programmes/{programme_id}/actions.xlsx", downloads.XLSX, errors=(NotFound,)
)
def export_actions_xlsx(db: SessionDep, user: OptionalUser, programme_id: Id) -> Response:
    programme = service.PROGRAMMES.get_visible(db, programme_id, viewer=user)
    content = spreadsheets.to_xlsx(
        spreadsheets.export_rows(db, programme), sheet_title=_("Actions")
    )
    return downloads.attachment(
        content, media_type=downloads.XLSX, filename=f"programme-{programme_id}-actions.xlsx"
    )


@router.post(
    "/programmes/{programme_id}/actions/import",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS),
)
def import_actions(
    db: SessionDep,
    user: OptionalUser,
    programme_id: Id,
    file: Annotated[UploadFile, File(description="CSV (UTF-8) or XLSX, the export's columns.")],
) -> ImportResult:
    content = file.file.read()
    created = spreadsheets.import_actions(
        db, actor=user, programme_id=programme_id, content=content, filename=file.filename or ""
    )
    return ImportResult(created=created)


@router.post(
    "/actions/{action_id}/check-ins",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS, Conflict),
)
def add_check_in(
    db: SessionDep, user: OptionalUser, action_id: Id, data: CheckInCreate
) -> CheckInOut:
    check_in = service.add_check_in(db, actor=user, action_id=action_id, data=data)
    return service.check_in_out(check_in)


@router.get("/actions/{action_id}/check-ins", responses=problem_responses(NotFound))
def list_check_ins(db: SessionDep, user: OptionalUser, action_id: Id) -> list[CheckInOut]:
    return service.check_ins(db, action_id=action_id, viewer=user)


@router.get("/initiatives/{initiative_id}/actions", responses=problem_responses(NotFound))
def list_actions_of_initiative(db: SessionDep, initiative_id: Id) -> list[ActionListItem]:
    """The actions of programmes that build on the initiative: where it is followed up."""
    return service.actions_of_initiative(db, initiative_id=initiative_id)
