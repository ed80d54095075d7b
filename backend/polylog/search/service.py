"""Search across languages: the public surface other packages use, and answering a query.

Other packages use this module only: ``Document``, ``register``, ``index`` and
``remove`` (``documents``) to keep the index in step, ``search`` to answer a
query and ``similar`` for related items. The work is split by job: reading the
query (``query``), ranking (``ranking``), snippets, facets, similar items and
search by meaning (``semantic``: ``embed_pending`` is the worker's job).
Search imports no domain package: kinds register themselves, and the cities'
directory is handed over at start-up (``places.use_places``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from sqlalchemy.orm import Session

from polylog.core.i18n import Language, current_language
from polylog.core.translations import pick_language
from polylog.search import normalize, repository, semantic
from polylog.search.documents import (
    SDG_COUNT,
    Document,
    count_indexable,
    index,
    joined,
    kinds,
    register,
    reindex,
    remove,
    theme_order,
)
from polylog.search.facets import add_items, disjunctive, facets_out, filters_for
from polylog.search.places import Place, concepts_and_places, use_places
from polylog.search.query import ParsedQuery, corrections, parse
from polylog.search.ranking import Ranking, fused, ranking
from polylog.search.repository import FacetCounts, FacetDomains, ItemText, SearchFilters
from polylog.search.schemas import ConceptOut, SearchHit, SearchPage
from polylog.search.semantic import available as semantic_available
from polylog.search.semantic import configure as configure_semantic
from polylog.search.semantic import count_pending, embed_batch, embed_pending
from polylog.search.similar import similar
from polylog.search.snippets import snippet
from polylog.search.thesaurus import ConceptIndex, token_for

__all__ = [
    "Document",
    "Place",
    "configure_semantic",
    "count_indexable",
    "count_pending",
    "embed_batch",
    "embed_pending",
    "index",
    "joined",
    "kinds",
    "register",
    "reindex",
    "remove",
    "search",
    "semantic_available",
    "similar",
    "use_places",
]

# Every result a visitor can page to is ranked; deeper pages are empty (``total`` still counts).
MAX_RESULTS: Final = 1000
# Fewer results than this: words that match nothing are corrected by trigram similarity.
CORRECT_BELOW: Final = 3


def _concepts_out(keys: Iterable[str], concepts: ConceptIndex) -> list[ConceptOut]:
    shown = []
    for key in keys:
        concept = concepts.concept(key)
        if concept is not None:
            labels = {
                language: label
                for language in normalize.LANGUAGES
                if (label := concept.label(language)) is not None
            }
            shown.append(ConceptOut(key=key, labels=labels))
    return shown


def _hits(
    texts: Sequence[ItemText],
    order: Sequence[int],
    scores: Mapping[int, float],
    *,
    semantic_items: set[int],
    parsed: ParsedQuery,
    concepts: ConceptIndex,
    slugs: Mapping[int, str],
    reader: Language,
) -> list[SearchHit]:
    by_item: dict[int, dict[str, ItemText]] = defaultdict(dict)
    for row in texts:
        by_item[row.item_id][row.language] = row
    hits = []
    for item_id in order:
        translations = by_item.get(item_id)
        if not translations:
            continue
        any_text = next(iter(translations.values()))
        language = pick_language(
            translations, requested=reader, original=any_text.original_language
        )
        shown = translations[language]
        hits.append(
            SearchHit(
                type=shown.entity_type,
                id=shown.entity_id,
                title=shown.title,
                snippet=snippet(shown.body or shown.title, language, parsed, concepts),
                language=language,
                city=slugs.get(shown.city_id, ""),
                score=round(scores.get(item_id, 0.0), 6),
                match="semantic" if item_id in semantic_items else "keyword",
            )
        )
    return hits


def _by_meaning(
    db: Session,
    keys: list[semantic.Key],
    ranked: Ranking,
    counts: FacetCounts,
    filters: SearchFilters,
) -> Ranking:
    """The keyword ranking with the items nearest in meaning fused in, counted in ``counts``."""
    if not keys:
        return ranked
    passing = repository.items_of(db, keys, filters)
    both = fused(ranked, [passing[key] for key in keys if key in passing])
    add_items(counts, repository.facet_rows(db, sorted(both.semantic)))
    return both


def search(
    db: Session,
    *,
    query: str,
    types: Sequence[str] = (),
    cities: Sequence[str] = (),
    sdgs: Sequence[int] = (),
    themes: Sequence[str] = (),
    languages: Sequence[str] = (),
    page: int = 1,
    per_page: int = 20,
) -> SearchPage:
    reader = current_language()
    repository.prepare_for_search(db)
    concepts, found_places = concepts_and_places(db)
    slugs = {place.id: place.slug for place in found_places}
    filters = filters_for(
        found_places, types=types, cities=cities, sdgs=sdgs, themes=themes, languages=languages
    )
    parsed = parse(query, concepts)
    start = (page - 1) * per_page
    wanted = min(page * per_page, MAX_RESULTS)
    domains = FacetDomains(
        types=kinds(),
        languages=normalize.LANGUAGES,
        city_ids=sorted(slugs),
        sdg_count=SDG_COUNT,
        theme_count=len(theme_order()),
    )
    corrected: str | None = None
    if not parsed.groups:
        counts = repository.count_and_facets(db, None, mode="all", filters=filters, domains=domains)
        order = repository.browse(db, filters=filters, limit=per_page, offset=start)
        ranked = Ranking(order=order, scores={})
        start = 0
    else:
        # Scored by meaning on another thread while the database ranks the words.
        meaning = semantic.nearest_to_query(db, query, filters.types)
        ranked, counts = ranking(db, parsed, filters, reader=reader, limit=wanted, domains=domains)
        if counts.total < CORRECT_BELOW:
            fixes = corrections(db, parsed, found_places)
            if fixes:
                words = [fixes.get(index, word) for index, word in enumerate(parsed.words)]
                retry = parse(" ".join(words), concepts)
                better = ranking(db, retry, filters, reader=reader, limit=wanted, domains=domains)
                if better[1].total > counts.total:
                    parsed, (ranked, counts) = retry, better
                    corrected = " ".join(words)
        ranked = _by_meaning(db, meaning.result(), ranked, counts, filters)
    page_items = ranked.order[start : start + per_page]
    items = _hits(
        repository.texts(db, page_items),
        page_items,
        ranked.scores,
        semantic_items=ranked.semantic,
        parsed=parsed,
        concepts=concepts,
        slugs=slugs,
        reader=reader,
    )
    return SearchPage(
        items=items,
        total=counts.total,
        total_exact=counts.exact,
        page=page,
        per_page=per_page,
        facets=facets_out(disjunctive(db, counts, ranked, filters, domains), slugs),
        concepts=_concepts_out(
            [key for key in parsed.concept_keys if token_for(key) in ranked.searched], concepts
        ),
        corrected=corrected,
    )
