"""Indexing: the registry of searchable kinds, and documents built from their content.

Each translation of each published item becomes a document: its title and body
run through the pipeline of their language (``normalize``), concept tokens are
added where a thesaurus label occurs in the text, and the item's SDGs, themes and
city add theirs. The content kernel calls ``index`` / ``remove`` inside the
writing transaction, so the index never lags the content. The item's vector
(``semantic``) is computed later by the worker: indexing records only the digest
of the text to embed.

Every kind that can be found registers itself (``register``): how to turn one of
its items into a ``Document``, how to read them all in batches, and how many
there are, which is all ``polylog reindex`` needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

from sqlalchemy.orm import Session

from polylog.search import normalize, repository, semantic
from polylog.search.models import SearchDocument, SearchItem
from polylog.search.places import concepts_and_places
from polylog.search.thesaurus import ConceptIndex, city_key, sdg_key, theme_key, token_for
from polylog.taxonomy import service as taxonomy

SDG_COUNT: Final = 17
SDG_PREFIX: Final = sdg_key(0).removesuffix("0")


@dataclass(frozen=True)
class Document:
    """What the index needs of one content item, whatever its kind."""

    kind: str
    id: int
    city_id: int
    original_language: str
    # language → (title, body as plain text)
    texts: Mapping[str, tuple[str, str]]
    sdgs: Sequence[int] = ()
    themes: Sequence[str] = ()


@dataclass(frozen=True)
class Registration:
    kind: str
    # Documents of the items with ids above the first argument, at most the second, in id order.
    batches: Callable[[Session, int, int], Sequence[Document]]
    count: Callable[[Session], int]


_registry: dict[str, Registration] = {}


def register(
    kind: str,
    *,
    batches: Callable[[Session, int, int], Sequence[Document]],
    count: Callable[[Session], int],
) -> None:
    """Makes a kind of content searchable and rebuildable by ``polylog reindex``."""
    _registry[kind] = Registration(kind, batches, count)


def kinds() -> tuple[str, ...]:
    return tuple(_registry)


def joined(*parts: str) -> str:
    """Text parts as one body, blank ones left out."""
    return "\n".join(part.strip() for part in parts if part and part.strip())


# --- building documents ------------------------------------------------------------------


def _field_terms(text: str, language: str, concepts: ConceptIndex) -> str:
    """The text's terms, then the tokens of the concepts named in it.

    SDGs are broad (SDG 12 covers both recycling and energy consumption), so a
    text only gets an SDG's token from its tags, never from its words.
    """
    terms = normalize.terms(text, language)
    found = [
        token_for(match.key)
        for match in concepts.find(terms, language)
        if not match.key.startswith(SDG_PREFIX)
    ]
    return " ".join([*terms, *found])


@cache
def theme_order() -> tuple[str, ...]:
    return tuple(theme.key for theme in taxonomy.themes())


def sdg_bits(sdgs: Iterable[int]) -> int:
    return sum({1 << (number - 1) for number in sdgs if 1 <= number <= SDG_COUNT})


def theme_bits(themes: Iterable[str]) -> int:
    order = theme_order()
    return sum({1 << order.index(theme) for theme in themes if theme in order})


def build_item(document: Document, concepts: ConceptIndex, cities: Mapping[int, str]) -> SearchItem:
    tag_tokens = [token_for(sdg_key(number)) for number in document.sdgs]
    tag_tokens += [token_for(theme_key(theme)) for theme in document.themes]
    if document.city_id in cities:
        tag_tokens.append(token_for(city_key(cities[document.city_id])))
    embedded = semantic.passage(document.texts, document.original_language)
    item = SearchItem(
        entity_type=document.kind,
        entity_id=document.id,
        city_id=document.city_id,
        original_language=document.original_language,
        passage_hash=embedded.digest if embedded else "",
    )
    item_sdg_bits, item_theme_bits = sdg_bits(document.sdgs), theme_bits(document.themes)
    item.documents = [
        SearchDocument(
            entity_type=document.kind,
            city_id=document.city_id,
            sdg_bits=item_sdg_bits,
            theme_bits=item_theme_bits,
            language=language,
            title=title,
            body=body,
            title_terms=_field_terms(title, language, concepts),
            concept_terms=" ".join(tag_tokens),
            body_terms=_field_terms(body, language, concepts),
            title_folded=normalize.folded_words(title),
        )
        for language, (title, body) in sorted(document.texts.items())
    ]
    return item


# --- keeping the index in step ---------------------------------------------------------------


def index(db: Session, document: Document) -> None:
    """Puts the item in the index, replacing what was there."""
    concepts, found = concepts_and_places(db)
    item = build_item(document, concepts, {place.id: place.slug for place in found})
    repository.replace(db, item)


def remove(db: Session, kind: str, item_id: int) -> None:
    """Takes an item out of the index at once (deleted content, cancelled sessions)."""
    repository.remove(db, entity_type=kind, entity_id=item_id)
    repository.remove_vector(db, entity_type=kind, entity_id=item_id)


def count_indexable(db: Session) -> int:
    return sum(registration.count(db) for registration in _registry.values())


def reindex(db: Session, *, batch_size: int = 500) -> Iterator[int]:
    """Rebuilds the whole index; yields how many items each step indexed."""
    concepts, found = concepts_and_places(db)
    slugs = {place.id: place.slug for place in found}
    repository.clear(db)
    for registration in _registry.values():
        after = 0
        while batch := registration.batches(db, after, batch_size):
            db.add_all(build_item(document, concepts, slugs) for document in batch)
            db.flush()
            db.expunge_all()
            after = max(document.id for document in batch)
            yield len(batch)
    # Vectors are kept for items whose text is unchanged; those of items gone are dropped.
    repository.prune_vectors(db)
