"""The queries every kind of content shares, in the spirit of a repository base class.

A kind's own repository builds on one of these for what is particular to it
(filters, map cells, bookings); reading an item, a page, items by id, the
soft-deletion filter and rows locked for an edit are written here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, joinedload, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.content.models import Multilingual

Item = TypeVar("Item", bound=Multilingual)


def texts_and_tags(model: type[Multilingual]) -> list[LoaderOption]:
    """An item's translations, SDGs and themes, loaded with it: what every list and every
    search document shows of it."""
    return [
        selectinload(model.translations),
        selectinload(model.sdg_links),
        selectinload(model.theme_links),
    ]


def texts_tags_and_city(
    model: type[Multilingual], city: InstrumentedAttribute[Any]
) -> list[LoaderOption]:
    """An item's texts and tags, and its ``city``: many-to-one, so joined into the page's own
    query instead of a query of its own."""
    return [*texts_and_tags(model), joinedload(city, innerjoin=True)]


@dataclass(frozen=True)
class TaggedFilters:
    """What the lists of several kinds are filtered by: cities, SDGs and themes (any of the
    given), words, and whether deleted items are in; a kind's filters add their own."""

    city_ids: Sequence[int] = ()
    sdgs: Sequence[int] = ()
    themes: Sequence[str] = ()
    text: str | None = None
    include_deleted: bool = False

    def tagged_conditions(
        self,
        repository: ContentRepository[Any],
        *,
        city_column: InstrumentedAttribute[int],
        text_fields: Sequence[str],
    ) -> list[ColumnElement[bool]]:
        """These filters on ``repository``'s items; the words are looked for in ``text_fields``."""
        return repository.filters(
            city_column=city_column,
            city_ids=self.city_ids,
            sdgs=self.sdgs,
            themes=self.themes,
            text=self.text,
            text_fields=text_fields,
            include_deleted=self.include_deleted,
        )


class ContentRepository(Generic[Item]):
    def __init__(
        self,
        model: type[Item],
        *,
        list_options: Callable[[], list[LoaderOption]],
        detail_options: Callable[[], list[LoaderOption]] | None = None,
        newest_first: Sequence[InstrumentedAttribute[Any]] | None = None,
    ) -> None:
        self.model = model
        self.list_options = list_options
        self.detail_options = detail_options or list_options
        self._order = newest_first

    def text_options(self) -> list[LoaderOption]:
        """What a search document is made of: translations, SDGs and themes."""
        return texts_and_tags(self.model)

    def published(self) -> ColumnElement[bool]:
        """The soft-deletion filter: rows not deleted."""
        return self.model.deleted_at.is_(None)

    def filters(
        self,
        *,
        city_column: InstrumentedAttribute[int],
        city_ids: Sequence[int] = (),
        sdgs: Sequence[int] = (),
        themes: Sequence[str] = (),
        text: str | None = None,
        text_fields: Sequence[str] = ("title",),
        include_deleted: bool = False,
    ) -> list[ColumnElement[bool]]:
        """The filters every list has: city, SDG and theme (any of the given), words, deleted."""
        conditions: list[ColumnElement[bool]] = []
        if not include_deleted:
            conditions.append(self.published())
        if city_ids:
            conditions.append(city_column.in_(city_ids))
        # IN (subquery) rather than a correlated EXISTS: both databases then start
        # from the tag's index instead of probing once per item.
        for relationship, column, values in (
            (self.model.sdg_links, "sdg", sdgs),
            (self.model.theme_links, "theme", themes),
        ):
            if values:
                link = relationship.property.mapper.class_
                owners = select(link.owner_id).where(getattr(link, column).in_(values))
                conditions.append(self.model.id.in_(owners))
        if text:
            translation = self.model.translations.property.mapper.class_
            pattern = f"%{text.lower()}%"
            conditions.append(
                exists().where(
                    translation.owner_id == self.model.id,
                    or_(*(func.lower(getattr(translation, f)).like(pattern) for f in text_fields)),
                )
            )
        return conditions

    def get(self, session: Session, item_id: int, *, for_update: bool = False) -> Item | None:
        """One item with everything its detail shows, deleted or not; locked when editing."""
        statement = (
            select(self.model).where(self.model.id == item_id).options(*self.detail_options())
        )
        if for_update:
            statement = statement.with_for_update(of=self.model)
        return session.scalars(statement).one_or_none()

    def add(self, session: Session, item: Item) -> Item:
        session.add(item)
        session.flush()
        return item

    def reloaded(self, session: Session, item_id: int) -> Item:
        """The item read back after a change, with every relationship the response shows."""
        session.flush()
        existing = session.get(self.model, item_id)
        if existing is not None:
            session.expire(existing)
        item = self.get(session, item_id)
        assert item is not None
        return item

    def page(
        self,
        session: Session,
        conditions: Sequence[ColumnElement[bool]],
        *,
        page: int,
        per_page: int,
        order_by: Sequence[Any] | None = None,
    ) -> tuple[list[Item], int]:
        total = session.scalar(select(func.count()).select_from(self.model).where(*conditions))
        items = session.scalars(
            select(self.model)
            .where(*conditions)
            .options(*self.list_options())
            .order_by(*(order_by or self._newest_first()))
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
        return list(items), total or 0

    def _newest_first(self) -> Sequence[Any]:
        if self._order is not None:
            return self._order
        return (self.model.updated_at.desc(), self.model.id.desc())

    def by_ids(self, session: Session, ids: Sequence[int]) -> list[Item]:
        if not ids:
            return []
        statement = select(self.model).where(self.model.id.in_(ids))
        return list(session.scalars(statement.options(*self.list_options())))

    def after(
        self,
        session: Session,
        *,
        after_id: int,
        limit: int,
        conditions: Sequence[ColumnElement[bool]] = (),
        options: Sequence[LoaderOption] = (),
    ) -> list[Item]:
        """Items in id order from ``after_id``: batches for walking a whole table."""
        return list(
            session.scalars(
                select(self.model)
                .where(self.model.id > after_id, *conditions)
                .options(*options)
                .order_by(self.model.id)
                .limit(limit)
            )
        )

    def count(self, session: Session, conditions: Sequence[ColumnElement[bool]] = ()) -> int:
        statement = select(func.count()).select_from(self.model).where(*conditions)
        return session.scalar(statement) or 0

    def sdg_counts(
        self, session: Session, *, sdg_link: Any, city_column: Any, city_id: int | None = None
    ) -> dict[tuple[int, int], int]:
        """(city id, SDG) → how many published items are tagged with that SDG."""
        statement = (
            select(city_column, sdg_link.sdg, func.count())
            .join(sdg_link, self.model.sdg_links)
            .where(self.published())
            .group_by(city_column, sdg_link.sdg)
        )
        if city_id is not None:
            statement = statement.where(city_column == city_id)
        return {(city, sdg): count for city, sdg, count in session.execute(statement)}
