from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.cities.models import City
from polylog.content.models import Multilingual, content_tables
from polylog.core.db import Base, UTCDateTime, string_enum, utcnow

if TYPE_CHECKING:
    from polylog.accounts.models import User


class Kind(enum.StrEnum):
    WORKSHOP = "workshop"
    STUDY_VISIT = "study_visit"
    WEBINAR = "webinar"
    TRAINING = "training"
    BILATERAL_MEETING = "bilateral_meeting"
    FORUM = "forum"


class Format(enum.StrEnum):
    ONLINE = "online"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"


class BookingStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class PeerSession(Multilingual, Base):
    __tablename__ = "peer_sessions"

    host_city_id: Mapped[int] = mapped_column(
        ForeignKey("cities.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[Kind] = mapped_column(string_enum(Kind), index=True)
    format: Mapped[Format] = mapped_column(string_enum(Format))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    capacity: Mapped[int] = mapped_column(Integer)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    interpretation: Mapped[bool] = mapped_column(Boolean, default=False)
    registration_closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    venue: Mapped[str | None] = mapped_column(String(300))
    online_url: Mapped[str | None] = mapped_column(String(2000))
    series: Mapped[str | None] = mapped_column(String(120), index=True)
    journey_id: Mapped[int | None] = mapped_column(
        ForeignKey("journeys.id", ondelete="SET NULL"), index=True
    )
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Not published yet (an accepted exchange request's session, say): only the host's
    # organisers and city admins see it; it is not listed, searched or bookable until published.
    draft: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    host_city: Mapped[City] = relationship(lazy="raise")

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None


PeerSessionTranslation, PeerSessionSdg, PeerSessionTheme = content_tables(
    PeerSession, key="session_id", texts={"description": None}, prefix="peer_session"
)


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        # At most one active booking per person and session, whatever the concurrency.
        Index(
            "uq_bookings_active_per_user",
            "session_id",
            "user_id",
            unique=True,
            sqlite_where=text("status != 'cancelled'"),
            postgresql_where=text("status != 'cancelled'"),
        ),
        UniqueConstraint("user_id", "idempotency_key"),
        Index("ix_bookings_session_status", "session_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("peer_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    seats: Mapped[int] = mapped_column(Integer)
    status: Mapped[BookingStatus] = mapped_column(string_enum(BookingStatus))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    # Arrival order: the waitlist is served by this, first come first served.
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    certificate_code: Mapped[str | None] = mapped_column(String(32), unique=True)

    session: Mapped[PeerSession] = relationship(lazy="raise")
    user: Mapped[User] = relationship(lazy="raise")
    city: Mapped[City | None] = relationship(lazy="raise")


class CalendarFeed(Base):
    """A private address for calendar apps: the person's booked sessions, without signing in."""

    __tablename__ = "calendar_feeds"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
