from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.cities.models import City
from polylog.content.models import Link, Multilingual, content_tables, link_table, links
from polylog.core.db import Base, UTCDateTime, string_enum, utcnow

if TYPE_CHECKING:
    from polylog.accounts.models import User


class Practice(Multilingual, Base):
    """A best practice a city shares so that other cities can transfer it."""

    __tablename__ = "practices"

    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"), index=True)
    contact: Mapped[str] = mapped_column(String(500), default="")

    city: Mapped[City] = relationship(lazy="raise")
    initiative_links: Mapped[list[Link]] = links("PracticeInitiative", "initiative_id")
    adoptions: Mapped[list[Adoption]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="(Adoption.adopted_at, Adoption.id)",
    )

    @property
    def initiative_ids(self) -> list[int]:
        return [link.initiative_id for link in self.initiative_links]


# The long texts are Markdown, already made harmless on input.
PracticeTranslation, PracticeSdg, PracticeTheme = content_tables(
    Practice,
    key="practice_id",
    texts={name: None for name in ("problem", "solution", "results", "lessons", "transferability")},
    prefix="practice",
)


# An initiative of the city that the practice grew out of.
PracticeInitiative = link_table(
    "PracticeInitiative",
    table="practice_initiatives",
    owner_table="practices",
    key="practice_id",
    target_table="initiatives",
    target_key="initiative_id",
)


class Adoption(Base):
    """Another city says it is transferring the practice."""

    __tablename__ = "practice_adoptions"
    __table_args__ = (UniqueConstraint("practice_id", "city_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), index=True
    )
    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(String(1000), default="")
    adopted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    adopted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    city: Mapped[City] = relationship(lazy="raise")


class PostKind(enum.StrEnum):
    QUESTION = "question"
    ANSWER = "answer"


class Post(Base):
    """A question on a practice, or an answer to one; hidden by a moderator, never deleted."""

    __tablename__ = "practice_posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), index=True
    )
    # Set on answers: the question they answer.
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("practice_posts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[PostKind] = mapped_column(string_enum(PostKind, 16))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Set on answers: the city whose delegate answered (the practice's city).
    city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    language: Mapped[str] = mapped_column(String(2))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hidden_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    author: Mapped[User | None] = relationship(lazy="raise", foreign_keys=[author_id])
    city: Mapped[City | None] = relationship(lazy="raise")
    answers: Mapped[list[Post]] = relationship(
        lazy="raise", order_by="(Post.created_at, Post.id)", cascade="all, delete-orphan"
    )
    reports: Mapped[list[PostReport]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PostReport.id"
    )

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class PostReport(Base):
    """Someone's report that a post breaks the rules; one per person and post."""

    __tablename__ = "practice_post_reports"
    __table_args__ = (UniqueConstraint("post_id", "reporter_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(
        ForeignKey("practice_posts.id", ondelete="CASCADE"), index=True
    )
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    reporter: Mapped[User] = relationship(lazy="raise")
