from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.orm.collections import attribute_keyed_dict

from polylog.cities.models import City
from polylog.core.db import Base, UTCDateTime, utcnow
from polylog.core.versioning import VersionedMixin

if TYPE_CHECKING:
    from polylog.accounts.models import User


class Practice(VersionedMixin, Base):
    """A best practice a city shares so that other cities can transfer it."""

    __tablename__ = "practices"

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"), index=True)
    original_language: Mapped[str] = mapped_column(String(2))
    contact: Mapped[str] = mapped_column(String(500), default="")

    city: Mapped[City] = relationship(lazy="raise")
    translations: Mapped[dict[str, PracticeTranslation]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        collection_class=attribute_keyed_dict("language"),
    )
    sdg_links: Mapped[list[PracticeSdg]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PracticeSdg.sdg"
    )
    theme_links: Mapped[list[PracticeTheme]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PracticeTheme.theme"
    )
    initiative_links: Mapped[list[PracticeInitiative]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PracticeInitiative.initiative_id"
    )
    adoptions: Mapped[list[Adoption]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="(Adoption.adopted_at, Adoption.id)",
    )

    @property
    def sdgs(self) -> list[int]:
        return [link.sdg for link in self.sdg_links]

    @property
    def themes(self) -> list[str]:
        return [link.theme for link in self.theme_links]

    @property
    def initiative_ids(self) -> list[int]:
        return [link.initiative_id for link in self.initiative_links]


class PracticeTranslation(Base):
    """A practice in one language; the long fields are Markdown, already made harmless."""

    __tablename__ = "practice_translations"

    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    transferability: Mapped[str] = mapped_column(Text, default="")


class PracticeSdg(Base):
    __tablename__ = "practice_sdgs"

    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), primary_key=True
    )
    sdg: Mapped[int] = mapped_column(primary_key=True, index=True)


class PracticeTheme(Base):
    __tablename__ = "practice_themes"

    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class PracticeInitiative(Base):
    """An initiative of the city that the practice grew out of."""

    __tablename__ = "practice_initiatives"

    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), primary_key=True
    )
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True
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
    kind: Mapped[PostKind] = mapped_column(
        Enum(
            PostKind,
            native_enum=False,
            length=16,
            values_callable=lambda kinds: [k.value for k in kinds],
        )
    )
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
