from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from polylog.core.db import Base, UTCDateTime, string_enum, utcnow


class FollowKind(enum.StrEnum):
    CITY = "city"
    SDG = "sdg"
    THEME = "theme"
    SERIES = "series"
    PROGRAMME = "programme"


class Follow(Base):
    """A person following a city (slug), an SDG (1–17), a theme, a session series or a programme."""

    __tablename__ = "follows"
    __table_args__ = (UniqueConstraint("user_id", "kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FollowKind] = mapped_column(string_enum(FollowKind))
    key: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DigestSchedule(Base):
    """When a follower's next weekly digest is due, and up to when the last one reported."""

    __tablename__ = "digest_schedules"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # Changes after this instant go into the next digest.
    covered_until: Mapped[datetime] = mapped_column(UTCDateTime)
