"""Similar items: other cities' items of the same kind on the same subject, in any language.

The item's concepts and title terms rank other items by keyword; with the semantic
layer on, the items nearest to the item's vector are fused in by reciprocal rank
fusion, as in search.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy.orm import Session

from polylog.core.i18n import current_language
from polylog.search import repository, semantic
from polylog.search.query import CITY_TOKEN_PREFIX
from polylog.search.ranking import fuse, rank_items
from polylog.search.repository import SearchFilters
from polylog.search.thesaurus import TOKEN_PREFIX

SIMILAR_TERMS: Final = 40


def similar(
    db: Session, *, entity_type: str, entity_id: int, limit: int
) -> list[tuple[int, float]]:
    """Items of the same kind from other cities on the same subject, in any language.

    The item's concepts (from its text, SDGs and themes) and title terms are the
    query; the database ranks other cities' items by them. Returns (entity id, score).
    """
    repository.prepare_for_search(db)
    item_id = repository.item_id_of(db, entity_type=entity_type, entity_id=entity_id)
    if item_id is None:
        return []
    concept_tokens: dict[str, None] = {}
    title_tokens: dict[str, None] = {}
    for title_terms, concept_terms, body_terms in repository.item_terms(db, item_id):
        for term in f"{concept_terms} {title_terms} {body_terms}".split():
            if term.startswith(TOKEN_PREFIX) and not term.startswith(CITY_TOKEN_PREFIX):
                concept_tokens[term] = None
        for term in title_terms.split():
            if not term.startswith(TOKEN_PREFIX):
                title_tokens[term] = None
    tokens = [*concept_tokens, *title_tokens][:SIMILAR_TERMS]
    city_id = repository.city_of(db, item_id)
    filters = SearchFilters(types=[entity_type], exclude_city_id=city_id, exclude_item_id=item_id)
    ranked: list[tuple[int, float]] = []
    if tokens:
        hits = repository.ranked(
            db, [[token] for token in tokens], mode="any", filters=filters, limit=limit * 4
        )
        ranked = rank_items(hits, current_language())
    keys = semantic.nearest_to_item(db, (entity_type, entity_id), limit)
    if keys:
        passing = repository.items_of(db, keys, filters)
        by_meaning = [passing[key] for key in keys if key in passing]
        ranked = fuse([item for item, _score in ranked], by_meaning)
    ranked = ranked[:limit]
    entity_ids = repository.entity_ids(db, [item for item, _score in ranked])
    return [(entity_ids[item], round(score, 6)) for item, score in ranked if item in entity_ids]
