from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response, status
from sqlalchemy.orm import Session

from polylog.accounts.dependencies import OptionalUser
from polylog.accounts.models import User
from polylog.core import downloads
from polylog.core.db import SessionDep
from polylog.core.errors import (
    WRITE_ERRORS,
    Conflict,
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.types import Id, PageNumber, PerPage
from polylog.journeys import service, templates
from polylog.journeys.schemas import (
    JourneyCreate,
    JourneyOut,
    JourneyPage,
    StageDecision,
    TaskUpdate,
    TemplateIn,
    TemplateOut,
)

router = APIRouter(tags=["journeys"])
_STEP_ERRORS = (*WRITE_ERRORS, Conflict)


@router.get("/journey-templates")
def list_journey_templates(db: SessionDep) -> list[TemplateOut]:
    return [templates.to_out(raw) for raw in templates.everything(db)]


@router.post(
    "/journey-templates",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Unauthorized, Forbidden, ValidationFailed, Conflict),
)
def add_journey_template(db: SessionDep, user: OptionalUser, data: TemplateIn) -> TemplateOut:
    return templates.to_out(templates.add(db, actor=user, data=data))


@router.post(
    "/journeys", status_code=status.HTTP_201_CREATED, responses=problem_responses(*_STEP_ERRORS)
)
def invite_to_journey(db: SessionDep, user: OptionalUser, data: JourneyCreate) -> JourneyOut:
    return service.to_out(db, service.invite(db, actor=user, data=data))


@router.get("/journeys", responses=problem_responses(ValidationFailed))
def list_journeys(
    db: SessionDep,
    city: Annotated[str | None, Query(max_length=64)] = None,
    role: Literal["coach", "coachee"] | None = None,
    page: PageNumber = 1,
    per_page: PerPage = 20,
) -> JourneyPage:
    items, total = service.page(db, city=city, role=role, page=page, per_page=per_page)
    return JourneyPage(
        items=[service.summary(item) for item in items], total=total, page=page, per_page=per_page
    )


@router.get("/journeys/{journey_id}", responses=problem_responses(NotFound))
def get_journey(db: SessionDep, journey_id: Id) -> JourneyOut:
    return service.to_out(db, service.get(db, journey_id))


@router.post("/journeys/{journey_id}/accept", responses=problem_responses(*_STEP_ERRORS))
def accept_journey(db: SessionDep, user: OptionalUser, journey_id: Id) -> JourneyOut:
    return service.to_out(db, service.answer(db, actor=user, journey_id=journey_id, accept=True))


@router.post("/journeys/{journey_id}/decline", responses=problem_responses(*_STEP_ERRORS))
def decline_journey(db: SessionDep, user: OptionalUser, journey_id: Id) -> JourneyOut:
    return service.to_out(db, service.answer(db, actor=user, journey_id=journey_id, accept=False))


@router.patch("/journeys/{journey_id}/tasks/{task_key}", responses=problem_responses(*_STEP_ERRORS))
def update_journey_task(
    db: SessionDep, user: OptionalUser, journey_id: Id, task_key: str, data: TaskUpdate
) -> JourneyOut:
    journey = service.update_task(
        db, actor=user, journey_id=journey_id, task_key=task_key, data=data
    )
    return service.to_out(db, journey)


@router.post(
    "/journeys/{journey_id}/stages/{stage_key}/submit",
    responses=problem_responses(*_STEP_ERRORS),
)
def submit_journey_stage(
    db: SessionDep, user: OptionalUser, journey_id: Id, stage_key: str
) -> JourneyOut:
    return service.to_out(
        db, service.submit(db, actor=user, journey_id=journey_id, stage_key=stage_key)
    )


@router.post(
    "/journeys/{journey_id}/stages/{stage_key}/approve",
    responses=problem_responses(*_STEP_ERRORS),
)
def approve_journey_stage(
    db: SessionDep,
    user: OptionalUser,
    journey_id: Id,
    stage_key: str,
    data: StageDecision | None = None,
) -> JourneyOut:
    comment = data.comment if data else ""
    return _decided(db, user, journey_id, stage_key, approve=True, comment=comment)


@router.post(
    "/journeys/{journey_id}/stages/{stage_key}/return",
    responses=problem_responses(*_STEP_ERRORS),
)
def return_journey_stage(
    db: SessionDep, user: OptionalUser, journey_id: Id, stage_key: str, data: StageDecision
) -> JourneyOut:
    return _decided(db, user, journey_id, stage_key, approve=False, comment=data.comment)


def _decided(
    db: Session, user: User | None, journey_id: int, stage_key: str, *, approve: bool, comment: str
) -> JourneyOut:
    """The journey once the coach approved its stage or returned it with ``comment``."""
    journey = service.decide(
        db,
        actor=user,
        journey_id=journey_id,
        stage_key=stage_key,
        approve=approve,
        comment=comment,
    )
    return service.to_out(db, journey)


@downloads.file_route(
    router, "/journeys/{journey_id}/certificate.pdf", downloads.PDF, errors=(NotFound, Conflict)
)
def journey_certificate(db: SessionDep, journey_id: Id) -> Response:
    return downloads.attachment(
        service.certificate_pdf(db, journey_id=journey_id),
        media_type=downloads.PDF,
        filename=f"journey-{journey_id}-certificate.pdf",
    )
