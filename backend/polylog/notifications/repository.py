"""Every query of the outbox."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from polylog.notifications.models import OutboxMessage


def dedupe_key_exists(session: Session, dedupe_key: str) -> bool:
    found = session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key))
    return found is not None


def existing_dedupe_keys(session: Session, dedupe_keys: Sequence[str]) -> set[str]:
    if not dedupe_keys:
        return set()
    found = session.scalars(
        select(OutboxMessage.dedupe_key).where(OutboxMessage.dedupe_key.in_(dedupe_keys))
    )
    return set(found)


def add_unless_queued(session: Session, **values: Any) -> bool:
    """Insert a message; False, with nothing changed, if its dedupe key is already taken.

    One statement (INSERT ... ON CONFLICT DO NOTHING, on SQLite and PostgreSQL alike):
    no flush of the caller's changes, no savepoint, and a concurrent transaction
    queueing the same message is waited for instead of failing the caller's.
    """
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(OutboxMessage)
        .values(**values)
        .on_conflict_do_nothing(index_elements=[OutboxMessage.dedupe_key])
        .returning(OutboxMessage.id)
    )
    # RETURNING says whether a row went in (rowcount is not reliable here on psycopg).
    return session.execute(statement).first() is not None


def _claimable(*, stale_before: datetime) -> list[ColumnElement[bool]]:
    return [
        OutboxMessage.sent_at.is_(None),
        (OutboxMessage.claimed_at.is_(None)) | (OutboxMessage.claimed_at < stale_before),
    ]


def due_message_ids(
    session: Session, *, now: datetime, stale_before: datetime, max_attempts: int, limit: int
) -> list[int]:
    query = (
        select(OutboxMessage.id)
        .where(
            *_claimable(stale_before=stale_before),
            OutboxMessage.not_before <= now,
            OutboxMessage.attempts < max_attempts,
        )
        .order_by(OutboxMessage.not_before, OutboxMessage.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def claim(session: Session, message_id: int, *, now: datetime, stale_before: datetime) -> bool:
    """Take one message for delivery; False when another worker holds or has sent it.

    The condition is checked again by the UPDATE itself, so of two workers racing
    for the same row exactly one changes it.
    """
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, *_claimable(stale_before=stale_before))
        .values(claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def messages(session: Session, ids: Sequence[int]) -> list[OutboxMessage]:
    if not ids:
        return []
    query = select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id)
    return list(session.scalars(query))


def mark_sent(session: Session, message_id: int, *, now: datetime) -> None:
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id)
        .values(sent_at=now, claimed_at=None, last_error=None)
        .execution_options(synchronize_session=False)
    )


def mark_failed(
    session: Session, message_id: int, *, error: str, retry_at: datetime
) -> OutboxMessage | None:
    message = session.get(OutboxMessage, message_id)
    if message is None:
        return None
    message.attempts += 1
    message.last_error = error
    message.claimed_at = None
    message.not_before = retry_at
    session.flush()
    return message
