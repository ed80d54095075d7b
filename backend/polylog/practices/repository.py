"""Every query of the practices domain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.content.repository import ContentRepository, TaggedFilters, texts_and_tags
from polylog.practices.models import (
    Adoption,
    Post,
    PostKind,
    PostReport,
    Practice,
    PracticeSdg,
)


@dataclass(frozen=True)
class PracticeFilters(TaggedFilters):
    adopted: bool | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = self.tagged_conditions(
            PRACTICES, city_column=Practice.city_id, text_fields=("title", "problem", "solution")
        )
        if self.adopted is not None:
            adopted = exists().where(Adoption.practice_id == Practice.id)
            conditions.append(adopted if self.adopted else ~adopted)
        return conditions


def _list_options() -> list[LoaderOption]:
    return [
        *texts_and_tags(Practice),
        selectinload(Practice.city),
        selectinload(Practice.adoptions).selectinload(Adoption.city),
    ]


def _detail_options() -> list[LoaderOption]:
    return [*_list_options(), selectinload(Practice.initiative_links)]


PRACTICES = ContentRepository(Practice, list_options=_list_options, detail_options=_detail_options)


def get(session: Session, practice_id: int, *, for_update: bool = False) -> Practice | None:
    return PRACTICES.get(session, practice_id, for_update=for_update)


def by_ids(session: Session, ids: Sequence[int]) -> list[Practice]:
    return PRACTICES.by_ids(session, ids)


def sdg_counts(session: Session, city_id: int | None = None) -> dict[tuple[int, int], int]:
    """(city id, SDG) → number of published practices."""
    return PRACTICES.sdg_counts(
        session, sdg_link=PracticeSdg, city_column=Practice.city_id, city_id=city_id
    )


# --- adoptions ----------------------------------------------------------------------


def get_adoption(session: Session, *, practice_id: int, city_id: int) -> Adoption | None:
    return session.scalars(
        select(Adoption)
        .where(Adoption.practice_id == practice_id, Adoption.city_id == city_id)
        .options(selectinload(Adoption.city))
    ).one_or_none()


# --- questions and answers ------------------------------------------------------------


def _post_options() -> list[LoaderOption]:
    return [selectinload(Post.author), selectinload(Post.city)]


def question_page(
    session: Session, *, practice_id: int, include_hidden: bool, page: int, per_page: int
) -> tuple[list[Post], int]:
    """Questions newest first, each with its answers (hidden ones too: callers filter)."""
    conditions: list[ColumnElement[bool]] = [
        Post.practice_id == practice_id,
        Post.kind == PostKind.QUESTION,
    ]
    if not include_hidden:
        conditions.append(Post.hidden_at.is_(None))
    total = session.scalar(select(func.count()).select_from(Post).where(*conditions)) or 0
    questions = session.scalars(
        select(Post)
        .where(*conditions)
        .options(
            *_post_options(),
            selectinload(Post.answers).selectinload(Post.author),
            selectinload(Post.answers).selectinload(Post.city),
        )
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return list(questions), total


def get_post(session: Session, post_id: int) -> Post | None:
    return session.scalars(
        select(Post).where(Post.id == post_id).options(*_post_options())
    ).one_or_none()


def add_post(session: Session, post: Post) -> Post:
    session.add(post)
    session.flush()
    return post


def report_counts(session: Session, post_ids: Sequence[int]) -> dict[int, int]:
    if not post_ids:
        return {}
    statement = (
        select(PostReport.post_id, func.count())
        .where(PostReport.post_id.in_(post_ids))
        .group_by(PostReport.post_id)
    )
    return {post_id: count for post_id, count in session.execute(statement)}


def has_reported(session: Session, *, post_id: int, reporter_id: int) -> bool:
    return (
        session.scalar(
            select(func.count())
            .select_from(PostReport)
            .where(PostReport.post_id == post_id, PostReport.reporter_id == reporter_id)
        )
        or 0
    ) > 0


def add_report(session: Session, report: PostReport) -> PostReport:
    session.add(report)
    session.flush()
    return report


def reported_posts(session: Session, *, include_hidden: bool) -> list[Post]:
    """Posts with at least one report, most recently reported first."""
    latest = func.max(PostReport.created_at)
    reported = (
        select(PostReport.post_id, latest.label("latest")).group_by(PostReport.post_id).subquery()
    )
    statement = (
        select(Post)
        .join(reported, reported.c.post_id == Post.id)
        .options(*_post_options(), selectinload(Post.reports).selectinload(PostReport.reporter))
        .order_by(reported.c.latest.desc(), Post.id.desc())
    )
    if not include_hidden:
        statement = statement.where(Post.hidden_at.is_(None))
    return list(session.scalars(statement))


def shared_and_adopted(session: Session, city_id: int) -> tuple[int, int]:
    """How many practices the city shares, and how many adoptions of them by other cities."""
    shared = session.scalar(
        select(func.count())
        .select_from(Practice)
        .where(Practice.city_id == city_id, PRACTICES.published())
    )
    adopted = session.scalar(
        select(func.count())
        .select_from(Adoption)
        .join(Practice, Practice.id == Adoption.practice_id)
        .where(Practice.city_id == city_id, PRACTICES.published(), Adoption.city_id != city_id)
    )
    return shared or 0, adopted or 0
