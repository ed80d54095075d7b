from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.cities.models import City
from polylog.core.db import Base, UTCDateTime, string_enum, utcnow


class JourneyStatus(enum.StrEnum):
    INVITED = "invited"
    ACTIVE = "active"
    COMPLETED = "completed"
    DECLINED = "declined"


class StageStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class EvidenceKind(enum.StrEnum):
    INITIATIVE = "initiative"
    PRACTICE = "practice"
    PROGRAMME = "programme"
    SESSION = "session"
    LINK = "link"


class JourneyTemplate(Base):
    """A template a platform admin added; the built-in ones are reviewed data files."""

    __tablename__ = "journey_templates"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    # {"title": {lang: text}, "stages": [{"key", "title", "tasks": [{"key", "title", "required"}]}]}
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Journey(Base):
    """A coach city guiding another through the stages of a template, each signed off."""

    __tablename__ = "journeys"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_key: Mapped[str] = mapped_column(String(64))
    # The template as it was when the journey began: later edits of it change nothing here.
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    title: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    coach_city_id: Mapped[int] = mapped_column(
        ForeignKey("cities.id", ondelete="RESTRICT"), index=True
    )
    coachee_city_id: Mapped[int] = mapped_column(
        ForeignKey("cities.id", ondelete="RESTRICT"), index=True
    )
    starts_on: Mapped[date] = mapped_column(Date)
    status: Mapped[JourneyStatus] = mapped_column(string_enum(JourneyStatus, 16), index=True)
    certificate_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    coach_city: Mapped[City] = relationship(lazy="raise", foreign_keys=[coach_city_id])
    coachee_city: Mapped[City] = relationship(lazy="raise", foreign_keys=[coachee_city_id])
    stages: Mapped[list[JourneyStage]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="JourneyStage.position"
    )
    tasks: Mapped[list[JourneyTask]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="JourneyTask.position"
    )


class JourneyStage(Base):
    __tablename__ = "journey_stages"
    __table_args__ = (UniqueConstraint("journey_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journeys.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[StageStatus] = mapped_column(string_enum(StageStatus, 16), index=True)
    # The coach's words when returning or approving the stage.
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class JourneyTask(Base):
    __tablename__ = "journey_tasks"
    __table_args__ = (UniqueConstraint("journey_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journeys.id", ondelete="CASCADE"))
    stage_key: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    required: Mapped[bool] = mapped_column(Boolean)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    evidence: Mapped[list[JourneyEvidence]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="JourneyEvidence.id"
    )


class JourneyEvidence(Base):
    """What shows a task is done: the coachee's own content, or a link."""

    __tablename__ = "journey_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(
        ForeignKey("journey_tasks.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EvidenceKind] = mapped_column(string_enum(EvidenceKind, 16))
    ref_id: Mapped[int | None] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(String(2000))
