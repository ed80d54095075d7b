"""Helpers shared by every kind of content: syncing tag links and per-language texts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any, TypeVar

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
