"""Search across languages: indexing content as it changes, answering queries, similar items.

Indexing. Each translation of each published initiative, practice and session
becomes a document: its title and body run through the pipeline of their
language (``normalize``), concept tokens are added where a thesaurus label
occurs in the text, and the item's SDGs, themes and city add theirs. The
services call ``index_*`` / ``remove`` inside their own transaction, so the index
never lags the content. Deleted content and cancelled sessions leave the index.

Querying. The language of a query is unknown, so every word runs through all
four pipelines; a word matches any of its four terms or the concepts it is part
of. Items having every word come first (ranked by the database); when they are
few, items having some of the words follow, and then items sharing the concepts
most of the best results share (pseudo-relevance feedback). When almost nothing
is found, words matching nothing are corrected by trigram similarity with the
titles and city names. The reader's language only breaks ties and picks the
translation shown.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import TYPE_CHECKING, Final

from sqlalchemy.orm import Session

from polylog.cities import service as cities_service
from polylog.core import markdown
from polylog.core.i18n import Language, current_language
from polylog.core.translations import pick_language
from polylog.search import normalize, repository
from polylog.search.models import SearchDocument, SearchItem
from polylog.search.repository import FacetCounts, FacetDomains, Hit, ItemText, Mode, SearchFilters
from polylog.search.schemas import ConceptOut, SearchFacets, SearchHit, SearchPage
from polylog.search.thesaurus import (
    TOKEN_PREFIX,
    ConceptIndex,
    city_key,
    city_names,
    concept_index,
    sdg_key,
    theme_key,
    token_for,
)
from polylog.taxonomy import service as taxonomy

if TYPE_CHECKING:
    from polylog.cities.models import City
    from polylog.initiatives.models import Initiative
    from polylog.peer_sessions.models import PeerSession
    from polylog.practices.models import Practice

INITIATIVE: Final = "initiative"
PRACTICE: Final = "practice"
SESSION: Final = "session"
ENTITY_TYPES: Final[tuple[str, ...]] = (INITIATIVE, PRACTICE, SESSION)

MAX_QUERY_WORDS: Final = 12
# Every result a visitor can page to is ranked; deeper pages are empty (``total`` still counts).
MAX_RESULTS: Final = 1000
# Fewer items having every word than this: items having some of the words follow.
FEW: Final = 10
# Concepts shared by the best few results widen a query that finds few (see _feedback).
FEEDBACK_ITEMS: Final = 3
FEEDBACK_TERMS: Final = 6
# Fewer results than this: words that match nothing are corrected by trigram similarity.
CORRECT_BELOW: Final = 3
TRIGRAM_THRESHOLD: Final = 0.3
SNIPPET_LENGTH: Final = 220
SNIPPET_SCAN: Final = 1200
SIMILAR_TERMS: Final = 40
_CITY_TOKEN_PREFIX: Final = token_for(city_key(""))
SDG_PREFIX: Final = sdg_key(0).removesuffix("0")
_SDG_TOKEN_PREFIX: Final = token_for(SDG_PREFIX)
_THEME_TOKEN_PREFIX: Final = token_for(theme_key(""))


# --- the concepts of this platform ---------------------------------------------------


def concepts_and_cities(session: Session) -> tuple[ConceptIndex, list[City]]:
    cities = cities_service.list_all(session)
    return concept_index(city_names((city.slug, city.names) for city in cities)), cities


# --- indexing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """What the index needs of one content item, whatever its kind."""

    entity_type: str
    entity_id: int
    city_id: int
    original_language: str
    # language → (title, body as plain text)
    texts: Mapping[str, tuple[str, str]]
    sdgs: Sequence[int] = ()
    themes: Sequence[str] = ()


def _joined(*parts: str) -> str:
    return "\n".join(part.strip() for part in parts if part and part.strip())


def initiative_source(initiative: Initiative) -> Source:
    return Source(
        INITIATIVE,
        initiative.id,
        initiative.city_id,
        initiative.original_language,
        {
            language: (text.title, _joined(text.summary, text.description, text.purpose))
            for language, text in initiative.translations.items()
        },
        initiative.sdgs,
        initiative.themes,
    )


def _plain(markdown_text: str) -> str:
    return markdown.plain_text(markdown_text, limit=len(markdown_text) + 1) if markdown_text else ""


def practice_source(practice: Practice) -> Source:
    return Source(
        PRACTICE,
        practice.id,
        practice.city_id,
        practice.original_language,
        {
            language: (
                text.title,
                _joined(
                    *(
                        _plain(part)
                        for part in (
                            text.problem,
                            text.solution,
                            text.results,
                            text.lessons,
                            text.transferability,
                        )
                    )
                ),
            )
            for language, text in practice.translations.items()
        },
        practice.sdgs,
        practice.themes,
    )


def session_source(peer_session: PeerSession) -> Source:
    return Source(
        SESSION,
        peer_session.id,
        peer_session.host_city_id,
        peer_session.original_language,
        {
            language: (text.title, text.description or "")
            for language, text in peer_session.translations.items()
        },
        peer_session.sdgs,
        peer_session.themes,
    )


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


SDG_COUNT: Final = 17


@cache
def _theme_order() -> tuple[str, ...]:
    return tuple(theme.key for theme in taxonomy.themes())


def _sdg_bits(sdgs: Iterable[int]) -> int:
    return sum({1 << (number - 1) for number in sdgs if 1 <= number <= SDG_COUNT})


def _theme_bits(themes: Iterable[str]) -> int:
    order = _theme_order()
    return sum({1 << order.index(theme) for theme in themes if theme in order})


def build_item(source: Source, concepts: ConceptIndex, cities: Mapping[int, str]) -> SearchItem:
    tag_tokens = [token_for(sdg_key(number)) for number in source.sdgs]
    tag_tokens += [token_for(theme_key(theme)) for theme in source.themes]
    if source.city_id in cities:
        tag_tokens.append(token_for(city_key(cities[source.city_id])))
    item = SearchItem(
        entity_type=source.entity_type,
        entity_id=source.entity_id,
        city_id=source.city_id,
        original_language=source.original_language,
    )
    sdg_bits, theme_bits = _sdg_bits(source.sdgs), _theme_bits(source.themes)
    item.documents = [
        SearchDocument(
            entity_type=source.entity_type,
            city_id=source.city_id,
            sdg_bits=sdg_bits,
            theme_bits=theme_bits,
            language=language,
            title=title,
            body=body,
            title_terms=_field_terms(title, language, concepts),
            concept_terms=" ".join(tag_tokens),
            body_terms=_field_terms(body, language, concepts),
            title_folded=normalize.folded_words(title),
        )
        for language, (title, body) in sorted(source.texts.items())
    ]
    return item


def _index(session: Session, source: Source) -> None:
    concepts, cities = concepts_and_cities(session)
    item = build_item(source, concepts, {city.id: city.slug for city in cities})
    repository.replace(session, item)


def remove(session: Session, entity_type: str, entity_id: int) -> None:
    """Takes an item out of the index at once (deleted content, cancelled sessions)."""
    repository.remove(session, entity_type=entity_type, entity_id=entity_id)


def index_initiative(session: Session, initiative: Initiative) -> None:
    if initiative.is_deleted:
        remove(session, INITIATIVE, initiative.id)
    else:
        _index(session, initiative_source(initiative))


def index_practice(session: Session, practice: Practice) -> None:
    if practice.is_deleted:
        remove(session, PRACTICE, practice.id)
    else:
        _index(session, practice_source(practice))


def index_session(session: Session, peer_session: PeerSession) -> None:
    """Cancelled sessions are not searchable: nobody can book them any more."""
    if peer_session.is_deleted or peer_session.is_cancelled:
        remove(session, SESSION, peer_session.id)
    else:
        _index(session, session_source(peer_session))


def count_indexable(session: Session) -> int:
    return repository.count_indexable(session)


def reindex(session: Session, *, batch_size: int = 500) -> Iterator[int]:
    """Rebuilds the whole index; yields how many items each step indexed."""
    concepts, cities = concepts_and_cities(session)
    slugs = {city.id: city.slug for city in cities}
    repository.clear(session)
    loaders: tuple[Callable[[int], list[Source]], ...] = (
        lambda after: [
            initiative_source(entity)
            for entity in repository.initiatives_after(session, after_id=after, limit=batch_size)
        ],
        lambda after: [
            practice_source(entity)
            for entity in repository.practices_after(session, after_id=after, limit=batch_size)
        ],
        lambda after: [
            session_source(entity)
            for entity in repository.sessions_after(session, after_id=after, limit=batch_size)
        ],
    )
    for load in loaders:
        after = 0
        while batch := load(after):
            session.add_all(build_item(source, concepts, slugs) for source in batch)
            session.flush()
            session.expunge_all()
            after = max(source.entity_id for source in batch)
            yield len(batch)


# --- queries ----------------------------------------------------------------------------


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
    if any(token.startswith(TOKEN_PREFIX) and not _is_broad(token) for token in group):
        return frozenset(token for token in group if not _is_broad(token))
    return group


def _is_broad(token: str) -> bool:
    return token.startswith((_SDG_TOKEN_PREFIX, _THEME_TOKEN_PREFIX))


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: two spaces before, one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(left: str, right: str) -> float:
    a, b = trigrams(left), trigrams(right)
    return len(a & b) / len(a | b) if a and b else 0.0


def _corrections(session: Session, parsed: ParsedQuery, cities: Sequence[City]) -> dict[int, str]:
    """For words that match nothing, the closest title word or city name, by word index."""
    city_words = {
        word
        for city in cities
        for name in city.names.values()
        for word in normalize.folded_words(name).split()
    }
    corrected: dict[int, str] = {}
    for index, (word, group) in enumerate(zip(parsed.words, parsed.wide_groups, strict=True)):
        folded = normalize.folded_words(word)
        if len(folded) < 3 or repository.any_match(session, sorted(group)):
            continue
        candidates = set(city_words)
        for title in repository.title_words_like(session, folded, limit=50):
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


@dataclass
class Ranking:
    """Items in result order, with the best score of each."""

    order: list[int] = field(default_factory=list)
    scores: dict[int, float] = field(default_factory=dict)
    # Every term and concept token the database was asked for.
    searched: set[str] = field(default_factory=set)
    # The query whose matches the counts are of (None: browsing by filters alone).
    counted: tuple[Sequence[frozenset[str]] | None, Mode] = (None, "all")


def _rank_items(hits: Iterable[Hit], reader: Language) -> list[tuple[int, float]]:
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


def _ranking(
    session: Session,
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
            session, current, mode=mode, filters=filters, domains=domains, limit=limit * 4
        )
        ranking.counted = (current, mode)
        for item_id, score in _rank_items(hits, reader):
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
        expansion = _feedback(session, ranking.order[:FEEDBACK_ITEMS], wide)
        if expansion:
            counts = add([*wide, *(frozenset([token]) for token in expansion)], "any")
    return ranking, counts


def _feedback(session: Session, best: Sequence[int], groups: Sequence[frozenset[str]]) -> list[str]:
    """Concepts most of the best results share that the query lacks (pseudo-relevance feedback).

    Only for queries about a subject (a concept other than a city), and only concepts
    at least two of the best results have. Cities and SDGs are never added: they are
    too broad to say what a result is about.
    """
    asked = {token for group in groups for token in group}
    if not any(
        token.startswith(TOKEN_PREFIX) and not token.startswith(_CITY_TOKEN_PREFIX)
        for token in asked
    ):
        return []
    counts: dict[str, int] = defaultdict(int)
    for tokens in repository.item_concepts(session, best).values():
        for token in tokens - asked:
            if not token.startswith((_CITY_TOKEN_PREFIX, _SDG_TOKEN_PREFIX)):
                counts[token] += 1
    needed = max(2, (len(best) + 1) // 2)
    shared = sorted((token for token, n in counts.items() if n >= needed), key=lambda t: -counts[t])
    return shared[:FEEDBACK_TERMS]


def _mark(
    found: Sequence[normalize.Token], language: str, parsed: ParsedQuery, concepts: ConceptIndex
) -> list[bool]:
    """For each token: whether it is a matched word or part of a matched concept."""
    marked = [token.term in parsed.terms for token in found]
    wanted = set(parsed.concept_keys)
    for match in concepts.find([token.term for token in found], language):
        if match.key in wanted:
            for index in range(match.start, match.end):
                marked[index] = True
    return marked


def snippet(
    text: str,
    language: str,
    parsed: ParsedQuery,
    concepts: ConceptIndex,
    *,
    length: int = SNIPPET_LENGTH,
) -> str:
    """A passage of ``text`` around the first matched word, HTML-escaped, matches in <mark>.

    Only the first ``SNIPPET_SCAN`` characters are looked at: a match further into a
    long text still counts for the ranking, and the snippet shows the beginning.
    """
    text = " ".join(text[:SNIPPET_SCAN].split())
    found: list[normalize.Token] = []
    first_word: normalize.Token | None = None
    for word, word_start, word_end in normalize.words(text):
        if first_word is not None and word_start > first_word.end + length:
            break  # the passage is decided; the rest need not be read
        found_term = normalize.term(word, language)
        if found_term is not None:
            found.append(normalize.Token(found_term, word_start, word_end))
            if first_word is None and found_term in parsed.terms:
                first_word = found[-1]
    marked = _mark(found, language, parsed, concepts)
    first = next((i for i, is_marked in enumerate(marked) if is_marked), None)
    start = 0
    if first is not None and found[first].end > length - 40:
        start = max(0, found[first].start - 60)
        start = next((t.start for t in found if t.start >= start), found[first].start)
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    parts: list[str] = ["…"] if start > 0 else []
    position = start
    for token, is_marked in zip(found, marked, strict=True):
        if not is_marked or token.start < start or token.end > end:
            continue
        parts.append(html.escape(text[position : token.start]))
        parts.append(f"<mark>{html.escape(text[token.start : token.end])}</mark>")
        position = token.end
    parts.append(html.escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)


def _filters(
    session: Session,
    *,
    types: Sequence[str],
    cities: Sequence[str],
    sdgs: Sequence[int],
    themes: Sequence[str],
    languages: Sequence[str],
) -> SearchFilters:
    # An unknown city slug matches nothing rather than being ignored.
    city_ids = (cities_service.ids_for(session, slugs=list(cities)) or [-1]) if cities else []
    return SearchFilters(
        types=list(types),
        city_ids=city_ids,
        languages=list(languages),
        sdg_bits=_sdg_bits(sdgs),
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


def _disjunctive(
    session: Session,
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
            session, groups, mode=mode, filters=wider_filters, domains=domains
        )
        setattr(counts, facet, getattr(wider, facet))
    return counts


def _facets(counts: FacetCounts, slugs: Mapping[int, str]) -> SearchFacets:
    order = _theme_order()
    return SearchFacets(
        type=counts.type,
        city={slugs[city_id]: n for city_id, n in counts.city_id.items() if city_id in slugs},
        sdg={str(bit + 1): n for bit, n in sorted(counts.sdg_bit.items())},
        theme={order[bit]: n for bit, n in sorted(counts.theme_bit.items()) if bit < len(order)},
        language=counts.language,
    )


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
            )
        )
    return hits


def search(
    session: Session,
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
    repository.prepare_for_search(session)
    concepts, city_rows = concepts_and_cities(session)
    slugs = {city.id: city.slug for city in city_rows}
    filters = _filters(
        session, types=types, cities=cities, sdgs=sdgs, themes=themes, languages=languages
    )
    parsed = parse(query, concepts)
    start = (page - 1) * per_page
    wanted = min(page * per_page, MAX_RESULTS)
    domains = FacetDomains(
        types=ENTITY_TYPES,
        languages=normalize.LANGUAGES,
        city_ids=sorted(slugs),
        sdg_count=SDG_COUNT,
        theme_count=len(_theme_order()),
    )
    corrected: str | None = None
    if not parsed.groups:
        counts = repository.count_and_facets(
            session, None, mode="all", filters=filters, domains=domains
        )
        order = repository.browse(session, filters=filters, limit=per_page, offset=start)
        ranking = Ranking(order=order, scores={})
        start = 0
    else:
        ranking, counts = _ranking(
            session, parsed, filters, reader=reader, limit=wanted, domains=domains
        )
        if counts.total < CORRECT_BELOW:
            fixes = _corrections(session, parsed, city_rows)
            if fixes:
                words = [fixes.get(index, word) for index, word in enumerate(parsed.words)]
                retry = parse(" ".join(words), concepts)
                better = _ranking(
                    session, retry, filters, reader=reader, limit=wanted, domains=domains
                )
                if better[1].total > counts.total:
                    parsed, (ranking, counts) = retry, better
                    corrected = " ".join(words)
    page_items = ranking.order[start : start + per_page]
    items = _hits(
        repository.texts(session, page_items),
        page_items,
        ranking.scores,
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
        facets=_facets(_disjunctive(session, counts, ranking, filters, domains), slugs),
        concepts=_concepts_out(
            [key for key in parsed.concept_keys if token_for(key) in ranking.searched], concepts
        ),
        corrected=corrected,
    )


# --- similar items ---------------------------------------------------------------------------


def similar(
    session: Session, *, entity_type: str, entity_id: int, limit: int
) -> list[tuple[int, float]]:
    """Items of the same kind from other cities on the same subject, in any language.

    The item's concepts (from its text, SDGs and themes) and title terms are the
    query; the database ranks other cities' items by them. Returns (entity id, score).
    """
    repository.prepare_for_search(session)
    item_id = repository.item_id_of(session, entity_type=entity_type, entity_id=entity_id)
    if item_id is None:
        return []
    concept_tokens: dict[str, None] = {}
    title_tokens: dict[str, None] = {}
    for title_terms, concept_terms, body_terms in repository.item_terms(session, item_id):
        for term in f"{concept_terms} {title_terms} {body_terms}".split():
            if term.startswith(TOKEN_PREFIX) and not term.startswith(_CITY_TOKEN_PREFIX):
                concept_tokens[term] = None
        for term in title_terms.split():
            if not term.startswith(TOKEN_PREFIX):
                title_tokens[term] = None
    tokens = [*concept_tokens, *title_tokens][:SIMILAR_TERMS]
    if not tokens:
        return []
    city_id = repository.city_of(session, item_id)
    filters = SearchFilters(types=[entity_type], exclude_city_id=city_id, exclude_item_id=item_id)
    hits = repository.ranked(
        session, [[token] for token in tokens], mode="any", filters=filters, limit=limit * 4
    )
    ranked = _rank_items(hits, current_language())[:limit]
    entity_ids = repository.entity_ids(session, [item for item, _score in ranked])
    return [(entity_ids[item], round(score, 6)) for item, score in ranked if item in entity_ids]
