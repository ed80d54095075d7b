"""Every query of the initiatives domain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Integer, cast, func, select
from sqlalchemy.orm import Session, joinedload, load_only, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from polylog.cities.models import City
from polylog.content.repository import (
    ContentRepository,
    TaggedFilters,
    texts_tags_and_city,
)
from polylog.indicators.models import Indicator
from polylog.initiatives.models import (
    Initiative,
    InitiativeSdg,
    Status,
)


@dataclass(frozen=True)
class InitiativeFilters(TaggedFilters):
    statuses: Sequence[Status] = ()
    exclude_city_id: int | None = None
    ids: Sequence[int] | None = field(default=None)

    def cache_key(self) -> tuple[object, ...]:
        return (
            tuple(self.city_ids),
            tuple(self.sdgs),
            tuple(self.themes),
            tuple(self.statuses),
            self.text,
            self.exclude_city_id,
            self.include_deleted,
            None if self.ids is None else tuple(self.ids),
        )

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions = self.tagged_conditions(
            INITIATIVES, city_column=Initiative.city_id, text_fields=("title", "summary")
        )
        if self.exclude_city_id is not None:
            conditions.append(Initiative.city_id != self.exclude_city_id)
        if self.statuses:
            conditions.append(Initiative.status.in_(self.statuses))
        if self.ids is not None:
            conditions.append(Initiative.id.in_(self.ids))
        return conditions


def _list_options() -> list[LoaderOption]:
    return texts_tags_and_city(Initiative, Initiative.city)


def _detail_options() -> list[LoaderOption]:
    return [
        *_list_options(),
        selectinload(Initiative.indicators).selectinload(Indicator.measurements),
    ]


INITIATIVES = ContentRepository(
    Initiative, list_options=_list_options, detail_options=_detail_options
)


def get(session: Session, initiative_id: int, *, for_update: bool = False) -> Initiative | None:
    return INITIATIVES.get(session, initiative_id, for_update=for_update)


def by_ids(session: Session, ids: Sequence[int]) -> list[Initiative]:
    return INITIATIVES.by_ids(session, ids)


def points(session: Session, ids: Sequence[int]) -> list[Initiative]:
    """Initiatives by id with what a map point shows: place, status, city, titles, SDGs."""
    if not ids:
        return []
    translation = Initiative.translations.property.mapper.class_
    statement = (
        select(Initiative)
        .where(Initiative.id.in_(ids))
        .options(
            load_only(
                Initiative.latitude,
                Initiative.longitude,
                Initiative.status,
                Initiative.original_language,
                Initiative.city_id,
            ),
            # The titles only: a description can be 20,000 characters the map never shows.
            selectinload(Initiative.translations).load_only(
                translation.language, translation.title
            ),
            selectinload(Initiative.sdg_links),
            joinedload(Initiative.city, innerjoin=True).load_only(City.slug),
        )
    )
    return list(session.scalars(statement))


def sdg_counts(session: Session, city_id: int | None = None) -> dict[tuple[int, int], int]:
    """(city id, SDG) → number of published initiatives."""
    return INITIATIVES.sdg_counts(
        session, sdg_link=InitiativeSdg, city_column=Initiative.city_id, city_id=city_id
    )


def _cell(
    column: ColumnElement[float], offset: float, size: float, dialect: str
) -> ColumnElement[int]:
    shifted = (column + offset) / size
    # Shifted coordinates are never negative, so SQLite's truncating cast is a floor.
    return cast(func.floor(shifted), Integer) if dialect == "postgresql" else cast(shifted, Integer)


def map_cells(
    session: Session,
    filters: InitiativeFilters,
    *,
    bbox: tuple[float, float, float, float],
    cell_size: float,
) -> list[tuple[int, float, float, int]]:
    """Initiatives in ``bbox`` grouped into grid cells: (count, mean lat, mean lng, smallest id)."""
    dialect = session.get_bind().dialect.name
    min_lng, min_lat, max_lng, max_lat = bbox
    column = _cell(Initiative.longitude, 180.0, cell_size, dialect)  # type: ignore[arg-type]
    row = _cell(Initiative.latitude, 90.0, cell_size, dialect)  # type: ignore[arg-type]
    statement = (
        select(
            func.count(),
            func.avg(Initiative.latitude),
            func.avg(Initiative.longitude),
            func.min(Initiative.id),
        )
        .where(
            *filters.conditions(),
            Initiative.longitude.between(min_lng, max_lng),
            Initiative.latitude.between(min_lat, max_lat),
        )
        .group_by(column, row)
    )
    return [
        (int(n), float(lat), float(lng), int(first))
        for n, lat, lng, first in session.execute(statement)
    ]


def ids_in_box(
    session: Session, filters: InitiativeFilters, *, bbox: tuple[float, float, float, float]
) -> list[int]:
    min_lng, min_lat, max_lng, max_lat = bbox
    return list(
        session.scalars(
            select(Initiative.id).where(
                *filters.conditions(),
                Initiative.longitude.between(min_lng, max_lng),
                Initiative.latitude.between(min_lat, max_lat),
            )
        )
    )


def map_fingerprint(session: Session) -> tuple[int, object]:
    """Changes whenever an initiative is added, edited, deleted or restored."""
    count, latest = session.execute(
        select(func.count(), func.max(Initiative.updated_at)).select_from(Initiative)
    ).one()
    return int(count), latest


def with_indicators(session: Session, city_id: int) -> list[Initiative]:
    """The city's published initiatives that have indicators, with their measurements."""
    return list(
        session.scalars(
            select(Initiative)
            .where(
                Initiative.city_id == city_id,
                INITIATIVES.published(),
                Initiative.id.in_(select(Indicator.initiative_id)),
            )
            .options(*_detail_options())
            .order_by(Initiative.id)
        )
    )
