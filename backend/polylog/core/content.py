"""Helpers shared by every kind of content: syncing tag links and per-language texts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

Link = TypeVar("Link")
Value = TypeVar("Value", int, str)
Text = TypeVar("Text")


def synced_links(
    current: Iterable[Link],
    wanted: Iterable[Value],
    *,
    value_of: Callable[[Link], Value],
    make: Callable[[Value], Link],
) -> list[Link]:
    """The links to keep plus new ones, so unchanged rows are neither deleted nor re-inserted."""
    wanted_values = set(wanted)
    kept = [link for link in current if value_of(link) in wanted_values]
    present = {value_of(link) for link in kept}
    return kept + [make(value) for value in sorted(wanted_values - present)]


def sync_texts(
    current: MutableMapping[str, Text],
    texts: Mapping[str, Mapping[str, Any]],
    *,
    make: Callable[[str, Mapping[str, Any]], Text],
) -> None:
    """Makes ``current`` hold exactly the languages of ``texts`` with their fields."""
    for language in list(current):
        if language not in texts:
            del current[language]
    for language, fields in texts.items():
        existing = current.get(language)
        if existing is None:
            current[language] = make(language, fields)
        else:
            for name, value in fields.items():
                setattr(existing, name, value)


def count_by_city_and_sdg(
    session: Session, *, content: Any, sdg_link: Any, owner: Any, city_id: int | None = None
) -> dict[tuple[int, int], int]:
    """(city id, SDG) → number of published rows of ``content`` tagged with that SDG.

    ``sdg_link`` is the content's SDG link table and ``owner`` its column naming the content.
    """
    statement = (
        select(content.city_id, sdg_link.sdg, func.count())
        .join(sdg_link, owner == content.id)
        .where(content.deleted_at.is_(None))
        .group_by(content.city_id, sdg_link.sdg)
    )
    if city_id is not None:
        statement = statement.where(content.city_id == city_id)
    return {(city, sdg): count for city, sdg, count in session.execute(statement)}
