"""Every query of the journeys domain."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.journeys.models import Journey, JourneyTask, JourneyTemplate


def _options() -> list[LoaderOption]:
    return [
        selectinload(Journey.coach_city),
        selectinload(Journey.coachee_city),
        selectinload(Journey.stages),
        selectinload(Journey.tasks).selectinload(JourneyTask.evidence),
    ]


def get(db: Session, journey_id: int, *, for_update: bool = False) -> Journey | None:
    statement = select(Journey).where(Journey.id == journey_id).options(*_options())
    if for_update:
        statement = statement.with_for_update(of=Journey)
    return db.scalars(statement).one_or_none()


def add(db: Session, journey: Journey) -> Journey:
    db.add(journey)
    db.flush()
    return journey


def page(
    db: Session,
    *,
    city_id: int | None,
    role: str | None,
    page: int,
    per_page: int,
) -> tuple[list[Journey], int]:
    conditions = []
    if city_id is not None:
        if role == "coach":
            conditions.append(Journey.coach_city_id == city_id)
        elif role == "coachee":
            conditions.append(Journey.coachee_city_id == city_id)
        else:
            conditions.append(
                or_(Journey.coach_city_id == city_id, Journey.coachee_city_id == city_id)
            )
    total = db.scalar(select(func.count()).select_from(Journey).where(*conditions)) or 0
    items = db.scalars(
        select(Journey)
        .where(*conditions)
        .options(*_options())
        .order_by(Journey.created_at.desc(), Journey.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return list(items), total


def template(db: Session, key: str) -> JourneyTemplate | None:
    return db.get(JourneyTemplate, key)


def templates(db: Session) -> Sequence[JourneyTemplate]:
    return db.scalars(select(JourneyTemplate).order_by(JourneyTemplate.key)).all()


def by_certificate(db: Session, code: str) -> Journey | None:
    return db.scalars(
        select(Journey).where(Journey.certificate_code == code).options(*_options())
    ).one_or_none()
