from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.cities.models import City
from polylog.content.models import Link, Multilingual, content_tables, link_table, links
from polylog.core.db import Base, UTCDateTime, string_enum, utcnow
from polylog.indicators.models import Indicator

if TYPE_CHECKING:
    from polylog.accounts.models import User


class ProgrammeKind(enum.StrEnum):
    CLIMATE_CITY_CONTRACT = "climate_city_contract"
    CLIMATE_PROGRAMME = "climate_programme"
    SECAP = "secap"
    SMART_CITY_STRATEGY = "smart_city_strategy"
    SDG_LOCALISATION = "sdg_localisation"
    OTHER = "other"


class ActionStatus(enum.StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    STALLED = "stalled"
    DROPPED = "dropped"


class Rag(enum.StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Programme(Multilingual, Base):
    """A city's programme or plan (a Climate City Contract, a SECAP ...): targets and actions."""

    __tablename__ = "programmes"

    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[ProgrammeKind] = mapped_column(string_enum(ProgrammeKind, 32), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    baseline_year: Mapped[int | None] = mapped_column(Integer)

    city: Mapped[City] = relationship(lazy="raise")
    indicators: Mapped[list[Indicator]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="Indicator.id"
    )


ProgrammeTranslation, ProgrammeSdg, ProgrammeTheme = content_tables(
    Programme, key="programme_id", texts={"summary": None}, prefix="programme"
)


class Action(Multilingual, Base):
    """One action of a programme: who does it, when, what it costs and how it is funded."""

    __tablename__ = "actions"
    __table_args__ = (
        Index("ix_actions_programme_status", "programme_id", "status"),
        Index("ix_actions_programme_rag", "programme_id", "latest_rag"),
    )

    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"))
    # The programme's city, kept on the action so permissions and search need no join.
    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"), index=True)
    status: Mapped[ActionStatus] = mapped_column(string_enum(ActionStatus, 16))
    owner: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    # Money in whole hundredths of ``currency``: exact on every database.
    cost_cents: Mapped[int | None] = mapped_column(BigInteger)
    funded_cents: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str | None] = mapped_column(String(3))
    funding_sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The latest check-in's period and rating, kept here when a check-in is recorded, so the
    # programme's figures, filters and stalled list are plain column queries.
    latest_period: Mapped[str | None] = mapped_column(String(7))
    latest_rag: Mapped[Rag | None] = mapped_column(string_enum(Rag, 8))

    city: Mapped[City] = relationship(lazy="raise")
    initiative_links: Mapped[list[Link]] = links("ActionInitiative", "initiative_id")
    indicator_links: Mapped[list[Link]] = links("ActionIndicator", "indicator_id")
    check_ins: Mapped[list[CheckIn]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="CheckIn.period.desc()"
    )


ActionTranslation, ActionSdg, ActionTheme = content_tables(
    Action, key="action_id", texts={"description": None}, prefix="action"
)


# An initiative of the city that the action carries out or builds on.
ActionInitiative = link_table(
    "ActionInitiative",
    table="action_initiatives",
    owner_table="actions",
    key="action_id",
    target_table="initiatives",
    target_key="initiative_id",
)
# An indicator (of the programme or an initiative) that the action moves.
ActionIndicator = link_table(
    "ActionIndicator",
    table="action_indicators",
    owner_table="actions",
    key="action_id",
    target_table="indicators",
    target_key="indicator_id",
)


class CheckIn(Base):
    """The quarterly follow-up of an action: one per period, never edited afterwards."""

    __tablename__ = "action_check_ins"
    __table_args__ = (UniqueConstraint("action_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    # "2026-Q3": sorts in time order as text.
    period: Mapped[str] = mapped_column(String(7))
    rag: Mapped[Rag] = mapped_column(string_enum(Rag, 8))
    progress: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    blockers: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    created_by: Mapped[User | None] = relationship(lazy="raise")
