from __future__ import annotations

from fastapi import APIRouter, status

from polylog.accounts.dependencies import OptionalUser
from polylog.core.db import SessionDep
from polylog.core.errors import (
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.types import Id
from polylog.indicators import service
from polylog.indicators.schemas import IndicatorOut, MeasurementCreate

router = APIRouter(tags=["indicators"])


@router.post(
    "/indicators/{indicator_id}/measurements",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Unauthorized, Forbidden, NotFound, ValidationFailed),
)
def add_measurement(
    db: SessionDep, user: OptionalUser, indicator_id: Id, data: MeasurementCreate
) -> IndicatorOut:
    indicator = service.add_measurement(db, actor=user, indicator_id=indicator_id, data=data)
    return service.indicator_out(indicator)
