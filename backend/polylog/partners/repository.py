"""Every query of the partners domain: exchange requests."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from polylog.partners.models import ExchangeRequest, RequestStatus


def add(db: Session, request: ExchangeRequest) -> ExchangeRequest:
    db.add(request)
    db.flush()
    return request


def get(db: Session, request_id: int, *, for_update: bool = False) -> ExchangeRequest | None:
    statement = (
        select(ExchangeRequest)
        .where(ExchangeRequest.id == request_id)
        .options(selectinload(ExchangeRequest.from_city), selectinload(ExchangeRequest.to_city))
    )
    if for_update:
        statement = statement.with_for_update(of=ExchangeRequest)
    return db.scalars(statement).one_or_none()


def page(
    db: Session, *, city_ids: Sequence[int], page: int, per_page: int
) -> tuple[list[ExchangeRequest], int]:
    """Requests sent or received by any of these cities, newest first."""
    condition = or_(
        ExchangeRequest.from_city_id.in_(city_ids), ExchangeRequest.to_city_id.in_(city_ids)
    )
    total = db.scalar(select(func.count()).select_from(ExchangeRequest).where(condition)) or 0
    items = db.scalars(
        select(ExchangeRequest)
        .where(condition)
        .options(selectinload(ExchangeRequest.from_city), selectinload(ExchangeRequest.to_city))
        .order_by(ExchangeRequest.created_at.desc(), ExchangeRequest.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return list(items), total


def pending_to(db: Session, *, city_id: int, limit: int) -> tuple[list[ExchangeRequest], int]:
    """Requests addressed to this city that wait for its answer, the longest waiting first."""
    condition = (ExchangeRequest.to_city_id == city_id) & (
        ExchangeRequest.status == RequestStatus.PENDING
    )
    total = db.scalar(select(func.count()).select_from(ExchangeRequest).where(condition)) or 0
    items = db.scalars(
        select(ExchangeRequest)
        .where(condition)
        .options(selectinload(ExchangeRequest.from_city), selectinload(ExchangeRequest.to_city))
        .order_by(ExchangeRequest.created_at, ExchangeRequest.id)
        .limit(limit)
    )
    return list(items), total
