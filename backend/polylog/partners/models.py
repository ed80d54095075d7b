from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.cities.models import City
from polylog.core.db import Base, UTCDateTime, string_enum, utcnow


class ProposedKind(enum.StrEnum):
    """The kinds of session one city may propose to another: each is a peer session kind."""

    STUDY_VISIT = "study_visit"
    WEBINAR = "webinar"
    BILATERAL_MEETING = "bilateral_meeting"
    WORKSHOP = "workshop"


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class ExchangeRequest(Base):
    """One city proposing a study visit, webinar, meeting or workshop to another."""

    __tablename__ = "exchange_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_city_id: Mapped[int] = mapped_column(
        ForeignKey("cities.id", ondelete="CASCADE"), index=True
    )
    to_city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="CASCADE"), index=True)
    sdg: Mapped[int | None] = mapped_column(Integer)
    theme: Mapped[str | None] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    proposed_kind: Mapped[ProposedKind] = mapped_column(string_enum(ProposedKind))
    status: Mapped[RequestStatus] = mapped_column(
        string_enum(RequestStatus), default=RequestStatus.PENDING
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The draft session an acceptance created, hosted by the city asked.
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("peer_sessions.id", ondelete="SET NULL")
    )

    from_city: Mapped[City] = relationship(foreign_keys=[from_city_id], lazy="raise")
    to_city: Mapped[City] = relationship(foreign_keys=[to_city_id], lazy="raise")
