"""Reading a query: every word in the four languages, with the concepts it is part of.

The language of a query is unknown, so every word runs through all four
pipelines; a word matches any of its four terms or the concepts it is part of.
When almost nothing is found, words matching nothing are corrected by trigram
similarity with the titles and city names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Final

from sqlalchemy.orm import Session

from polylog.search import normalize, repository
from polylog.search.places import Place
from polylog.search.thesaurus import (
    TOKEN_PREFIX,
    ConceptIndex,
    city_key,
    sdg_key,
    theme_key,
    token_for,
)

MAX_QUERY_WORDS: Final = 12
TRIGRAM_THRESHOLD: Final = 0.3
CITY_TOKEN_PREFIX: Final = token_for(city_key(""))
SDG_TOKEN_PREFIX: Final = token_for(sdg_key(0).removesuffix("0"))
THEME_TOKEN_PREFIX: Final = token_for(theme_key(""))


@dataclass
class ParsedQuery:
    """A query read in all four languages."""

    words: list[str] = field(default_factory=list)
    # Per kept word: its terms in the four languages and the tokens of concepts covering it,
    # the most specific ones only (groups) or with the SDGs and themes they belong to.
    groups: list[frozenset[str]] = field(default_factory=list)
    wide_groups: list[frozenset[str]] = field(default_factory=list)
    concept_keys: list[str] = field(default_factory=list)

    @cached_property
    def terms(self) -> frozenset[str]:
        """The query's words in the four languages, without concept tokens."""
        return frozenset(
            term for group in self.groups for term in group if not term.startswith(TOKEN_PREFIX)
        )


def parse(query: str, concepts: ConceptIndex) -> ParsedQuery:
    """Every word in the four languages, with the concepts it is part of.

    The most specific concepts come first: a word that names a thesaurus concept
    (school) stands for it alone in ``groups``, and for the broad SDGs and themes it
    also belongs to (SDG 4, education) only in ``wide_groups``, which are searched
    when the first find little. A word that names only a theme or an SDG (energia)
    stands for those in both.
    """
    written = [word for word, _start, _end in normalize.words(query)][: MAX_QUERY_WORDS * 2]
    kept = [
        word
        for word in written
        if not any(normalize.is_stop_word(word, language) for language in normalize.LANGUAGES)
    ] or written
    kept = kept[:MAX_QUERY_WORDS]
    groups: list[set[str]] = [set() for _ in kept]
    keys: dict[str, None] = {}
    for language in normalize.LANGUAGES:
        present = [
            (index, found)
            for index, word in enumerate(kept)
            if (found := normalize.term(word, language)) is not None
        ]
        for index, found in present:
            # Another language's stemmer can cut a word to a stump (Turkish -lar:
            # solar → so); a stump of two letters or less only counts unwritten.
            if len(found) > 2 or len(kept[index]) <= 3:
                groups[index].add(found)
        for match in concepts.find([found for _index, found in present], language):
            keys[match.key] = None
            for index, _found in present[match.start : match.end]:
                groups[index].add(token_for(match.key))
    kept_groups = [(word, frozenset(group)) for word, group in zip(kept, groups, strict=True)]
    wide = [group for _word, group in kept_groups if group]
    return ParsedQuery(
        words=[word for word, group in kept_groups if group],
        groups=[_specific(group) for group in wide],
        wide_groups=wide,
        concept_keys=list(keys),
    )


def _specific(group: frozenset[str]) -> frozenset[str]:
    """The group without broad concepts if it has a specific one."""
    if any(token.startswith(TOKEN_PREFIX) and not is_broad(token) for token in group):
        return frozenset(token for token in group if not is_broad(token))
    return group


def is_broad(token: str) -> bool:
    return token.startswith((SDG_TOKEN_PREFIX, THEME_TOKEN_PREFIX))


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: two spaces before, one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(left: str, right: str) -> float:
    a, b = trigrams(left), trigrams(right)
    return len(a & b) / len(a | b) if a and b else 0.0


def corrections(db: Session, parsed: ParsedQuery, places: Sequence[Place]) -> dict[int, str]:
    """For words that match nothing, the closest title word or city name, by word index."""
    city_words = {
        word
        for place in places
        for name in place.names.values()
        for word in normalize.folded_words(name).split()
    }
    corrected: dict[int, str] = {}
    for index, (word, group) in enumerate(zip(parsed.words, parsed.wide_groups, strict=True)):
        folded = normalize.folded_words(word)
        if len(folded) < 3 or repository.any_match(db, sorted(group)):
            continue
        candidates = set(city_words)
        for title in repository.title_words_like(db, folded, limit=50):
            candidates.update(title.split())
        scored = [
            (similarity(folded, candidate), candidate)
            for candidate in candidates
            if candidate != folded and len(candidate) >= 3
        ]
        best = max(scored, default=(0.0, ""))
        if best[0] >= TRIGRAM_THRESHOLD:
            corrected[index] = best[1]
    return corrected
