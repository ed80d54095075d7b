from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy.orm import Session

from polylog.accounts.dependencies import OptionalUser
from polylog.accounts.models import User
from polylog.core.db import SessionDep
from polylog.core.endpoints import endpoint, parameter
from polylog.core.errors import WRITE_ERRORS, problem_responses
from polylog.core.types import Id
from polylog.indicators import service
from polylog.indicators.schemas import IndicatorCreate, IndicatorOut, MeasurementCreate

router = APIRouter(tags=["indicators"])


def indicators_route(owners_router: APIRouter, *, owner: service.OwnerColumn, name: str) -> None:
    """Adds ``POST /initiatives/{initiative_id}/indicators`` (for the owner column
    ``initiative_id``) to the owners' router: the endpoint ``name`` adds an indicator."""

    def add(db: Session, user: User | None, data: IndicatorCreate, **owner_id: int) -> IndicatorOut:
        indicator = service.add(db, actor=user, owner=owner, owner_id=owner_id[owner], data=data)
        return service.indicator_out(indicator)

    owners_router.add_api_route(
        f"/{owner.removesuffix('_id')}s/{{{owner}}}/indicators",
        endpoint(
            name,
            add,
            [
                parameter("db", SessionDep),
                parameter("user", OptionalUser),
                parameter(owner, Id),
                parameter("data", IndicatorCreate),
            ],
            IndicatorOut,
        ),
        methods=["POST"],
        status_code=status.HTTP_201_CREATED,
        response_model=IndicatorOut,
        responses=problem_responses(*WRITE_ERRORS),
    )


@router.post(
    "/indicators/{indicator_id}/measurements",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(*WRITE_ERRORS),
)
def add_measurement(
    db: SessionDep, user: OptionalUser, indicator_id: Id, data: MeasurementCreate
) -> IndicatorOut:
    indicator = service.add_measurement(db, actor=user, indicator_id=indicator_id, data=data)
    return service.indicator_out(indicator)
