"""Revisions, optimistic versions and soft deletion: one mechanism for every kind of content.

A versioned row carries ``version``; an edit names the version it was based on
(``If-Match`` or a body field) and a stale one is refused with nothing changed.
Before each change the previous state is kept as a ``Revision`` (who, when, which
fields), and deleting only hides the row until a platform admin restores it.
Every step is also written to the audit log.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship, selectinload

from polylog.accounts.models import User
from polylog.content.schemas import RevisionAuthor, RevisionOut
from polylog.core import audit
from polylog.core.db import Base, UTCDateTime, utcnow
from polylog.core.errors import PolylogError, StaleVersion
from polylog.core.i18n import L_


class VersionRequired(PolylogError):
    status = 428
    slug = "version-required"
    title = L_("Version required")
    default_detail = L_(
        "Say which version you edited, in an If-Match header or a version field, "
        "so that nobody's changes are overwritten."
    )


class VersionedMixin:
    """Columns every revisioned, soft-deletable row has."""

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Revision(Base):
    """The state of a row as it was before one change."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("entity_type", "entity_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed_fields: Mapped[list[str]] = mapped_column(JSON)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    changed_by: Mapped[User | None] = relationship(lazy="raise")


class Versioned(Protocol):
    id: int
    version: int
    updated_at: datetime
    updated_by_id: int | None
    deleted_at: datetime | None


def parse_if_match(header: str | None) -> int | None:
    """``If-Match: 3`` or ``If-Match: "3"`` (an ETag) → 3; anything else → None."""
    if not header:
        return None
    value = header.strip().removeprefix("W/").strip('"')
    return int(value) if value.isdigit() else None


def expect_version(entity: Versioned, *, if_match: str | None, body_version: int | None) -> None:
    expected = parse_if_match(if_match)
    if expected is None:
        expected = body_version
    if expected is None:
        raise VersionRequired()
    if expected != entity.version:
        raise StaleVersion()


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def record_change(
    session: Session,
    *,
    entity_type: str,
    entity: Versioned,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    actor: User,
    city_id: int,
) -> list[str]:
    """Keeps ``before`` as a revision and moves the row to its next version."""
    fields = changed_fields(before, after)
    if not fields:
        return fields
    session.add(
        Revision(
            entity_type=entity_type,
            entity_id=entity.id,
            version=entity.version,
            snapshot=dict(before),
            changed_fields=fields,
            changed_by_id=actor.id,
        )
    )
    entity.version += 1
    _touch(
        session,
        entity_type=entity_type,
        entity=entity,
        actor=actor,
        city_id=city_id,
        action="update",
        changes={field: after.get(field) for field in fields},
    )
    return fields


def soft_delete(
    session: Session, *, entity_type: str, entity: Versioned, actor: User, city_id: int
) -> None:
    entity.deleted_at = _touch(
        session,
        entity_type=entity_type,
        entity=entity,
        actor=actor,
        city_id=city_id,
        action="delete",
    )


def restore(
    session: Session, *, entity_type: str, entity: Versioned, actor: User, city_id: int
) -> None:
    entity.deleted_at = None
    _touch(
        session,
        entity_type=entity_type,
        entity=entity,
        actor=actor,
        city_id=city_id,
        action="restore",
    )


def _touch(
    session: Session,
    *,
    entity_type: str,
    entity: Versioned,
    actor: User,
    city_id: int,
    action: str,
    changes: dict[str, Any] | None = None,
) -> datetime:
    """Marks ``entity`` changed by ``actor`` now, writes ``action`` to the audit log; the time."""
    entity.updated_at, entity.updated_by_id = utcnow(), actor.id
    audit.record(
        session,
        actor_id=actor.id,
        city_id=city_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity.id,
        changes=changes,
    )
    return entity.updated_at


def history(session: Session, *, entity_type: str, entity_id: int) -> list[RevisionOut]:
    """Every earlier version of a row, newest first, as the API shows it."""
    revisions = session.scalars(
        select(Revision)
        .where(Revision.entity_type == entity_type, Revision.entity_id == entity_id)
        .options(selectinload(Revision.changed_by))
        .order_by(Revision.version.desc())
    )
    return [
        RevisionOut(
            version=revision.version,
            changed_at=revision.changed_at,
            changed_by=RevisionAuthor(
                id=revision.changed_by.id, display_name=revision.changed_by.display_name
            )
            if revision.changed_by
            else None,
            changed_fields=revision.changed_fields,
            snapshot=revision.snapshot,
        )
        for revision in revisions
    ]
