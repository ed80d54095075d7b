"""Every query of the indicators domain."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from polylog.indicators.models import Indicator


def get(db: Session, indicator_id: int) -> Indicator | None:
    return db.scalars(
        select(Indicator)
        .where(Indicator.id == indicator_id)
        .options(selectinload(Indicator.measurements))
    ).one_or_none()
