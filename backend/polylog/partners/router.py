from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from polylog.accounts.dependencies import OptionalUser
from polylog.core.db import SessionDep
from polylog.core.errors import (
    ACCESS_ERRORS,
    WRITE_ERRORS,
    Conflict,
    Forbidden,
    NotFound,
    Unauthorized,
    ValidationFailed,
    problem_responses,
)
from polylog.core.types import PageNumber, PerPage
from polylog.partners import service
from polylog.partners.schemas import (
    ExchangeRequestCreate,
    ExchangeRequestOut,
    ExchangeRequestPage,
    PartnerList,
)
from polylog.taxonomy.types import SdgNumber, ThemeKey

router = APIRouter(tags=["partners"])
_DECISION_ERRORS = (*ACCESS_ERRORS, Conflict)


@router.get("/cities/{slug}/partners", responses=problem_responses(NotFound, ValidationFailed))
def find_partners(
    db: SessionDep,
    slug: str,
    sdg: Annotated[SdgNumber | None, Query(description="Partners strong in this SDG.")] = None,
    theme: Annotated[ThemeKey | None, Query(description="Partners strong in this theme.")] = None,
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
) -> PartnerList:
    """Other cities strong where this city has gaps (or in the SDG or theme), and why."""
    return service.partners(db, slug=slug, sdg=sdg, theme=theme, limit=limit)


@router.post(
    "/exchange-requests",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(Unauthorized, Forbidden, ValidationFailed),
)
def send_exchange_request(
    db: SessionDep, user: OptionalUser, data: ExchangeRequestCreate
) -> ExchangeRequestOut:
    return service.to_out(service.send(db, actor=user, data=data), viewer=user)


@router.get(
    "/exchange-requests",
    responses=problem_responses(*WRITE_ERRORS),
)
def list_exchange_requests(
    db: SessionDep,
    user: OptionalUser,
    city: Annotated[str | None, Query(description="A city the caller belongs to.")] = None,
    page: PageNumber = 1,
    per_page: PerPage = 20,
) -> ExchangeRequestPage:
    """Requests the city sent and received, newest first (else those of the caller's cities)."""
    items, total = service.page(db, actor=user, city=city, page=page, per_page=per_page)
    return ExchangeRequestPage(
        items=[service.to_out(item, viewer=user) for item in items],
        total=total,
        page=page,
        per_page=per_page,
    )


@router.post(
    "/exchange-requests/{request_id}/accept", responses=problem_responses(*_DECISION_ERRORS)
)
def accept_exchange_request(
    db: SessionDep, user: OptionalUser, request_id: int
) -> ExchangeRequestOut:
    """Accepted: a draft session hosted by the city asked (``session_id``) to complete."""
    return service.to_out(service.accept(db, actor=user, request_id=request_id), viewer=user)


@router.post(
    "/exchange-requests/{request_id}/decline", responses=problem_responses(*_DECISION_ERRORS)
)
def decline_exchange_request(
    db: SessionDep, user: OptionalUser, request_id: int
) -> ExchangeRequestOut:
    return service.to_out(service.decline(db, actor=user, request_id=request_id), viewer=user)
