"""The audit log: who changed what, when. Every write records an entry here."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from polylog.core.db import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_entity", "entity_type", "entity_id"),
        Index("ix_audit_entries_city_at", "city_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    # The city in whose name the change was made: its audit log lists only these, so a
    # member's work for another city stays out of this one's. None for platform-wide acts.
    city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def record(
    session: Session,
    *,
    actor_id: int | None,
    city_id: int | None,
    action: str,
    entity_type: str,
    entity_id: int | str,
    changes: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            actor_id=actor_id,
            city_id=city_id,
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id),
            changes=changes or {},
        )
    )


def record_on_city(
    session: Session,
    *,
    actor_id: int | None,
    city_id: int,
    action: str,
    changes: dict[str, Any] | None = None,
) -> None:
    """Records a change to a city itself (its profile, its members), in its own name."""
    record(
        session,
        actor_id=actor_id,
        city_id=city_id,
        action=action,
        entity_type="city",
        entity_id=city_id,
        changes=changes,
    )


def in_city(
    session: Session,
    city_id: int,
    *,
    actor_ids: Collection[int] | None = None,
    page: int,
    per_page: int,
) -> tuple[list[AuditEntry], int]:
    """What was done in this city's name (by these people only, if given), newest first."""
    condition = AuditEntry.city_id == city_id
    if actor_ids is not None:
        if not actor_ids:
            return [], 0
        condition = condition & AuditEntry.actor_id.in_(actor_ids)
    total = session.scalar(select(func.count()).select_from(AuditEntry).where(condition)) or 0
    entries = session.scalars(
        select(AuditEntry)
        .where(condition)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return list(entries), total
