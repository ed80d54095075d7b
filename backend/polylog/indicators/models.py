from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.core.db import Base, UTCDateTime, utcnow


class Indicator(Base):
    """Something measured over time towards a target, owned by an initiative or a programme."""

    __tablename__ = "indicators"
    __table_args__ = (
        CheckConstraint("(initiative_id IS NULL) <> (programme_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The owner's city, so that permissions and reports need not ask the owner.
    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="CASCADE"), index=True)
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), index=True
    )
    # {"fi": "Päästöt", "en": "Emissions"}: named in one or more languages.
    name: Mapped[dict[str, Any]] = mapped_column(JSON)
    unit: Mapped[str] = mapped_column(String(40))
    baseline: Mapped[float] = mapped_column(Float)
    target: Mapped[float] = mapped_column(Float)
    target_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    measurements: Mapped[list[Measurement]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="(Measurement.measured_on, Measurement.id)",
    )


class Measurement(Base):
    __tablename__ = "measurements"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
