"""Facets: filters from the request, and how many results each facet value has."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from polylog.search import repository
from polylog.search.documents import sdg_bits, theme_order
from polylog.search.documents import theme_bits as _theme_bits
from polylog.search.places import Place, ids_for
from polylog.search.ranking import Ranking
from polylog.search.repository import FacetCounts, FacetDomains, SearchFilters
from polylog.search.schemas import SearchFacets


def filters_for(
    places: Sequence[Place],
    *,
    types: Sequence[str],
    cities: Sequence[str],
    sdgs: Sequence[int],
    themes: Sequence[str],
    languages: Sequence[str],
) -> SearchFilters:
    # An unknown city slug matches nothing rather than being ignored.
    city_ids = (ids_for(places, cities) or [-1]) if cities else []
    return SearchFilters(
        types=list(types),
        city_ids=city_ids,
        languages=list(languages),
        sdg_bits=sdg_bits(sdgs),
        theme_bits=_theme_bits(themes),
    )


# A facet's own filter does not narrow its counts, so ticking "initiative" still shows
# how many practices there are: each active facet is counted again without its filter.
_WITHOUT_OWN_FILTER: tuple[tuple[str, Callable[[SearchFilters], SearchFilters | None]], ...] = (
    ("type", lambda f: replace(f, types=()) if f.types else None),
    ("city_id", lambda f: replace(f, city_ids=()) if f.city_ids else None),
    ("language", lambda f: replace(f, languages=()) if f.languages else None),
    ("sdg_bit", lambda f: replace(f, sdg_bits=0) if f.sdg_bits else None),
    ("theme_bit", lambda f: replace(f, theme_bits=0) if f.theme_bits else None),
)


def disjunctive(
    db: Session,
    counts: FacetCounts,
    ranking: Ranking,
    filters: SearchFilters,
    domains: FacetDomains,
) -> FacetCounts:
    groups, mode = ranking.counted
    for facet, without in _WITHOUT_OWN_FILTER:
        wider_filters = without(filters)
        if wider_filters is None:
            continue
        wider = repository.count_and_facets(
            db, groups, mode=mode, filters=wider_filters, domains=domains
        )
        setattr(counts, facet, getattr(wider, facet))
    return counts


def facets_out(counts: FacetCounts, slugs: Mapping[int, str]) -> SearchFacets:
    order = theme_order()
    return SearchFacets(
        type=counts.type,
        city={slugs[city_id]: n for city_id, n in counts.city_id.items() if city_id in slugs},
        sdg={str(bit + 1): n for bit, n in sorted(counts.sdg_bit.items())},
        theme={order[bit]: n for bit, n in sorted(counts.theme_bit.items()) if bit < len(order)},
        language=counts.language,
    )


def add_items(counts: FacetCounts, rows: Sequence[tuple[int, str, int, str, int, int]]) -> None:
    """Counts items found by meaning alone: (item id, type, city id, language, SDG bits,
    theme bits) of each of their texts. A facet widened by ``disjunctive`` counts the
    keyword matches only."""
    items: dict[int, tuple[str, int, int, int]] = {}
    for item_id, entity_type, city_id, language, sdgs, themes in rows:
        items[item_id] = (entity_type, city_id, sdgs, themes)
        counts.language[language] = counts.language.get(language, 0) + 1
    for entity_type, city_id, sdgs, themes in items.values():
        counts.total += 1
        counts.type[entity_type] = counts.type.get(entity_type, 0) + 1
        counts.city_id[city_id] = counts.city_id.get(city_id, 0) + 1
        for facet, bits in (("sdg_bit", sdgs), ("theme_bit", themes)):
            found: dict[int, int] = getattr(counts, facet)
            for bit in range(bits.bit_length()):
                if bits >> bit & 1:
                    found[bit] = found.get(bit, 0) + 1
