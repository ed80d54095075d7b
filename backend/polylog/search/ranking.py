"""Ranking: which items come first, and how a query that finds little is widened.

Items having every word come first (ranked by the database); when they are
few, items having some of the words follow, and then items sharing the concepts
most of the best results share (pseudo-relevance feedback). The reader's
language only breaks ties. With the semantic layer on, the items nearest in
meaning are fused in by reciprocal rank fusion (``fused``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy.orm import Session

from polylog.core.i18n import Language
from polylog.search import repository
from polylog.search.query import CITY_TOKEN_PREFIX, SDG_TOKEN_PREFIX, ParsedQuery
from polylog.search.repository import FacetCounts, FacetDomains, Hit, Mode, SearchFilters
from polylog.search.thesaurus import TOKEN_PREFIX

# Fewer items having every word than this: items having some of the words follow.
FEW: Final = 10
# Concepts shared by the best few results widen a query that finds few (see feedback).
FEEDBACK_ITEMS: Final = 3
FEEDBACK_TERMS: Final = 6
# Reciprocal rank fusion: an item scores 1 / (RRF_K + rank) in each ranking that has it.
# 60 is the constant of Cormack, Clarke and Büttcher (2009), used by most hybrid search.
RRF_K: Final = 60


@dataclass
class Ranking:
    """Items in result order, with the best score of each."""

    order: list[int] = field(default_factory=list)
    scores: dict[int, float] = field(default_factory=dict)
    # Every term and concept token the database was asked for.
    searched: set[str] = field(default_factory=set)
    # The query whose matches the counts are of (None: browsing by filters alone).
    counted: tuple[Sequence[frozenset[str]] | None, Mode] = (None, "all")
    # Items found by meaning alone (none of the query's words or concepts matched).
    semantic: set[int] = field(default_factory=set)


def fuse(*rankings: Sequence[int], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of rankings of item ids, best first; ties keep the first
    ranking's order, then the next's."""
    scores: dict[int, float] = defaultdict(float)
    first_seen: dict[int, tuple[int, int]] = {}
    for which, ranking in enumerate(rankings):
        for rank, item_id in enumerate(ranking, 1):
            scores[item_id] += 1.0 / (k + rank)
            first_seen.setdefault(item_id, (which, rank))
    return sorted(scores.items(), key=lambda pair: (-pair[1], first_seen[pair[0]]))


def fused(keyword: Ranking, by_meaning: Sequence[int]) -> Ranking:
    """The keyword ranking with the items nearest in meaning fused in (scores: RRF)."""
    if not by_meaning:
        return keyword
    order = fuse(keyword.order, by_meaning)
    words = set(keyword.order)
    return Ranking(
        order=[item_id for item_id, _score in order],
        scores=dict(order),
        searched=keyword.searched,
        counted=keyword.counted,
        semantic={item_id for item_id in by_meaning if item_id not in words},
    )


def rank_items(hits: Iterable[Hit], reader: Language) -> list[tuple[int, float]]:
    """One entry per item: its best document's score; ties go to the reader's language."""
    best: dict[int, float] = {}
    in_reader_language: set[int] = set()
    for hit in hits:
        score = round(hit.score, 9)
        if hit.item_id not in best or score > best[hit.item_id]:
            best[hit.item_id] = score
            in_reader_language.discard(hit.item_id)
        if score == best[hit.item_id] and hit.language == reader:
            in_reader_language.add(hit.item_id)
    return sorted(
        best.items(),
        key=lambda pair: (-pair[1], pair[0] not in in_reader_language, -pair[0]),
    )


def ranking(
    db: Session,
    parsed: ParsedQuery,
    filters: SearchFilters,
    *,
    reader: Language,
    limit: int,
    domains: FacetDomains,
) -> tuple[Ranking, FacetCounts]:
    """Items having every word first; when they are few, the same with the broad concepts
    of the words, then items having some of the words, then items sharing the concepts
    of the best results. Each step runs only when the steps before found too little."""
    ranking = Ranking()
    groups, wide = parsed.groups, parsed.wide_groups

    def add(current: Sequence[frozenset[str]], mode: Mode) -> FacetCounts:
        ranking.searched.update(token for group in current for token in group)
        hits, counts = repository.matches(
            db, current, mode=mode, filters=filters, domains=domains, limit=limit * 4
        )
        ranking.counted = (current, mode)
        for item_id, score in rank_items(hits, reader):
            if item_id not in ranking.scores:
                ranking.order.append(item_id)
                ranking.scores[item_id] = score
        return counts

    counts = add(groups, "all")
    if counts.total < FEW and wide != groups:
        counts = add(wide, "all")
    if counts.total < FEW and len(wide) > 1:
        counts = add(wide, "any")
    if 0 < counts.total < FEW:
        expansion = feedback(db, ranking.order[:FEEDBACK_ITEMS], wide)
        if expansion:
            counts = add([*wide, *(frozenset([token]) for token in expansion)], "any")
    return ranking, counts


def feedback(db: Session, best: Sequence[int], groups: Sequence[frozenset[str]]) -> list[str]:
    """Concepts most of the best results share that the query lacks (pseudo-relevance feedback).

    Only for queries about a subject (a concept other than a city), and only concepts
    at least two of the best results have. Cities and SDGs are never added: they are
    too broad to say what a result is about.
    """
    asked = {token for group in groups for token in group}
    if not any(
        token.startswith(TOKEN_PREFIX) and not token.startswith(CITY_TOKEN_PREFIX)
        for token in asked
    ):
        return []
    counts: dict[str, int] = defaultdict(int)
    for tokens in repository.item_concepts(db, best).values():
        for token in tokens - asked:
            if not token.startswith((CITY_TOKEN_PREFIX, SDG_TOKEN_PREFIX)):
                counts[token] += 1
    needed = max(2, (len(best) + 1) // 2)
    shared = sorted((token for token, n in counts.items() if n >= needed), key=lambda t: -counts[t])
    return shared[:FEEDBACK_TERMS]
