"""The cities search knows of: their names spell concepts, and results name their city.

Search knows no domain package: the cities' directory is handed to it once, at
start-up, by whoever owns the cities (``use_places``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from polylog.search.thesaurus import ConceptIndex, city_names, concept_index


@dataclass(frozen=True)
class Place:
    id: int
    slug: str
    names: Mapping[str, str]


PlaceDirectory = Callable[[Session], Sequence[Place]]
_directory: list[PlaceDirectory] = []


def use_places(directory: PlaceDirectory) -> None:
    """Tells search where the cities are listed; called once when the app is assembled."""
    _directory[:] = [directory]


def places(db: Session) -> list[Place]:
    if not _directory:
        raise RuntimeError("search.use_places() was not called: search has no cities")
    return list(_directory[0](db))


def concepts_and_places(db: Session) -> tuple[ConceptIndex, list[Place]]:
    found = places(db)
    return concept_index(city_names((place.slug, place.names) for place in found)), found


def ids_for(found: Sequence[Place], slugs: Sequence[str]) -> list[int]:
    wanted = set(slugs)
    return [place.id for place in found if place.slug in wanted]
