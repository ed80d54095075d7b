from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.cities.models import City
from polylog.content.models import Multilingual, content_tables
from polylog.core.db import Base, string_enum
from polylog.indicators.models import Indicator


class Status(enum.StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"


class Initiative(Multilingual, Base):
    __tablename__ = "initiatives"
    __table_args__ = (
        Index("ix_initiatives_location", "longitude", "latitude"),
        # Lists show the newest first: the first page is read from here, not sorted.
        Index("ix_initiatives_newest", "updated_at", "id"),
    )

    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"), index=True)
    status: Mapped[Status] = mapped_column(
        string_enum(Status, 16),
        index=True,
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)
    website: Mapped[str | None] = mapped_column(String(2000))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    district: Mapped[str | None] = mapped_column(String(100))

    city: Mapped[City] = relationship(lazy="raise")
    indicators: Mapped[list[Indicator]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="Indicator.id"
    )


InitiativeTranslation, InitiativeSdg, InitiativeTheme = content_tables(
    Initiative,
    key="initiative_id",
    texts={"summary": None, "description": None, "purpose": None},
    prefix="initiative",
)
