"""The concept thesaurus: what connects a Finnish query to a Turkish or Persian text.

A concept has labels (with common inflected forms) in the four languages. Each
label is compiled through the same pipeline as documents and queries
(``normalize.terms``), never written as stems by hand, into a sequence of terms.
Wherever such a sequence occurs in a text of that language, the text gets the
concept's token; a query term sequence that is a label expands to the token.

Concepts come from data: the 17 SDGs and the themes (``taxonomy/data``), the
sustainability concepts in ``search/data/concepts.json``, and the cities, named
in their four spellings, which live in the database.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

import regex

from polylog.search import normalize
from polylog.taxonomy import service as taxonomy

logger = logging.getLogger(__name__)

CONCEPTS_FILE: Final[Path] = Path(__file__).with_name("data") / "concepts.json"
TOKEN_PREFIX: Final[str] = "c0"  # noqa: S105 - a prefix of index tokens, not a secret
_NOT_TOKEN = regex.compile(r"[^a-z0-9]")


def token_for(key: str) -> str:
    """The index token of a concept: letters and digits only, so no tokenizer splits it."""
    return TOKEN_PREFIX + str(_NOT_TOKEN.sub("0", key.lower()))


def sdg_key(number: int) -> str:
    return f"sdg_{number}"


def theme_key(theme: str) -> str:
    return f"theme_{theme}"


def city_key(slug: str) -> str:
    return f"city_{slug}"


@dataclass(frozen=True)
class Concept:
    key: str
    # Per language, the label shown first, then synonyms and inflected forms.
    labels: Mapping[str, tuple[str, ...]]

    @property
    def token(self) -> str:
        return token_for(self.key)

    def label(self, language: str) -> str | None:
        found = self.labels.get(language)
        return found[0] if found else None


@dataclass(frozen=True)
class Match:
    """Concept ``key`` found at terms ``start`` to ``end`` (exclusive) of a term sequence."""

    key: str
    start: int
    end: int


@dataclass
class Thesaurus:
    concepts: dict[str, Concept] = field(default_factory=dict)
    # language → first term → (term sequence, concept key), longest sequences first
    _phrases: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = field(default_factory=dict)

    @classmethod
    def build(cls, concepts: Iterable[Concept]) -> Thesaurus:
        thesaurus = cls()
        for concept in concepts:
            thesaurus.concepts[concept.key] = concept
            for language, labels in concept.labels.items():
                if language not in normalize.LANGUAGES:
                    continue
                by_first = thesaurus._phrases.setdefault(language, {})
                for label in labels:
                    sequence = tuple(normalize.terms(label, language))
                    entry = (sequence, concept.key)
                    if sequence and entry not in by_first.get(sequence[0], ()):
                        by_first.setdefault(sequence[0], []).append(entry)
        for by_first in thesaurus._phrases.values():
            for entries in by_first.values():
                entries.sort(key=lambda entry: -len(entry[0]))
        return thesaurus

    def find(self, terms: Sequence[str], language: str) -> list[Match]:
        """Every concept label occurring in ``terms`` (a text of ``language``), in order."""
        by_first = self._phrases.get(language)
        if not by_first:
            return []
        found: list[Match] = []
        seen: set[tuple[str, int]] = set()
        for start, first in enumerate(terms):
            for sequence, key in by_first.get(first, ()):
                end = start + len(sequence)
                if tuple(terms[start:end]) == sequence and (key, start) not in seen:
                    seen.add((key, start))
                    found.append(Match(key, start, end))
        return found


@dataclass(frozen=True)
class ConceptIndex:
    """The static thesaurus together with the cities of the platform."""

    static: Thesaurus
    cities: Thesaurus

    def find(self, terms: Sequence[str], language: str) -> list[Match]:
        return self.static.find(terms, language) + self.cities.find(terms, language)

    def concept(self, key: str) -> Concept | None:
        return self.static.concepts.get(key) or self.cities.concepts.get(key)

    def city_concepts(self) -> Iterable[Concept]:
        return self.cities.concepts.values()


def _listed(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value.strip()))


def _taxonomy_concepts() -> list[Concept]:
    concepts = [
        Concept(
            sdg_key(goal.number),
            {
                language: _listed([goal.titles[language], *goal.synonyms.get(language, [])])
                for language in goal.titles
            },
        )
        for goal in taxonomy.sdgs()
    ]
    concepts += [
        Concept(
            theme_key(theme.key),
            {
                language: _listed([theme.labels[language], *theme.synonyms.get(language, [])])
                for language in theme.labels
            },
        )
        for theme in taxonomy.themes()
    ]
    return concepts


def _file_concepts(path: Path) -> list[Concept]:
    if not path.exists():
        logger.warning("No concept thesaurus at %s: searching with the taxonomy alone", path)
        return []
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [
        Concept(
            str(item["key"]),
            {language: _listed(labels) for language, labels in item["labels"].items()},
        )
        for item in raw
    ]


@cache
def static_thesaurus() -> Thesaurus:
    """SDGs, themes and ``concepts.json``, compiled once per process."""
    return Thesaurus.build([*_taxonomy_concepts(), *_file_concepts(CONCEPTS_FILE)])


CityNames = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def city_names(cities: Iterable[tuple[str, Mapping[str, str]]]) -> CityNames:
    """A hashable description of the cities: (slug, ((language, name), ...)), sorted."""
    return tuple(sorted((slug, tuple(sorted(names.items()))) for slug, names in cities))


@lru_cache(maxsize=8)
def _city_thesaurus(cities: CityNames) -> Thesaurus:
    concepts = []
    for slug, names in cities:
        spellings = _listed(name for _language, name in names)
        # A city's name in any spelling counts in every language: İsfahan in a Finnish text.
        concepts.append(
            Concept(
                city_key(slug),
                {
                    language: _listed([dict(names).get(language, spellings[0]), *spellings])
                    for language in normalize.LANGUAGES
                },
            )
        )
    return Thesaurus.build(concepts)


def concept_index(cities: CityNames) -> ConceptIndex:
    return ConceptIndex(static_thesaurus(), _city_thesaurus(cities))
