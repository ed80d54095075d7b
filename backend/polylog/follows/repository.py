"""Every query of the follows domain: follows and digest schedules."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from polylog.follows.models import DigestSchedule, Follow, FollowKind


def of_user(db: Session, user_id: int) -> list[Follow]:
    statement = (
        select(Follow).where(Follow.user_id == user_id).order_by(Follow.created_at, Follow.id)
    )
    return list(db.scalars(statement))


def find(db: Session, *, user_id: int, kind: FollowKind, key: str) -> Follow | None:
    statement = select(Follow).where(
        Follow.user_id == user_id, Follow.kind == kind, Follow.key == key
    )
    return db.scalars(statement).one_or_none()


def get(db: Session, follow_id: int) -> Follow | None:
    return db.get(Follow, follow_id)


def add(db: Session, follow: Follow) -> Follow:
    db.add(follow)
    db.flush()
    return follow


def remove(db: Session, follow: Follow) -> None:
    db.delete(follow)
    db.flush()


def schedule(db: Session, user_id: int) -> DigestSchedule | None:
    return db.get(DigestSchedule, user_id)


def add_schedule(db: Session, schedule_: DigestSchedule) -> None:
    db.add(schedule_)
    db.flush()


def due_schedules(db: Session, *, now: datetime, limit: int) -> list[DigestSchedule]:
    statement = (
        select(DigestSchedule)
        .where(DigestSchedule.due_at <= now)
        .order_by(DigestSchedule.due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(db.scalars(statement))
