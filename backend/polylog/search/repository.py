"""Every query of the search index; the only place that knows FTS5 from tsvector.

Queries arrive as groups of alternative terms (already normalised in Python):
``all`` matches documents having a term of every group, ``any`` those having a
term of at least one. SQLite answers with FTS5 and ``bm25``, PostgreSQL with the
``document`` tsvector and ``ts_rank_cd``; both weigh the title above concepts
above the body, and both see the very same terms, so they find the same documents.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import and_, bindparam, delete, func, or_, select, text, tuple_, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from polylog.search.models import SearchDocument, SearchItem, SearchVector, SearchVectorState
from polylog.search.thesaurus import TOKEN_PREFIX

Mode = Literal["all", "any"]
Groups = Sequence[Collection[str]]

# bm25 weights of title_terms, concept_terms, body_terms; ts_rank_cd weights of D, C, B, A.
_BM25 = "bm25(search_fts, 10.0, 4.0, 1.0)"
_TS_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"
# ts_rank_cd normalisation 1: divide by 1 + log(document length), as bm25 favours short texts.
_TS_RANK = f"ts_rank_cd({_TS_WEIGHTS}, d.document, q.query, 1)"


@dataclass(frozen=True)
class SearchFilters:
    types: Sequence[str] = ()
    city_ids: Sequence[int] = ()
    languages: Sequence[str] = ()
    # The item has at least one of these SDGs (bits, see SearchDocument.sdg_bits); and themes.
    sdg_bits: int = 0
    theme_bits: int = 0
    exclude_city_id: int | None = None
    exclude_item_id: int | None = None

    def sql(self) -> tuple[list[str], dict[str, Any], list[str]]:
        """WHERE fragments over ``d`` (search_documents), their parameters, expanding names."""
        where: list[str] = []
        params: dict[str, Any] = {}
        expanding: list[str] = []
        for name, column, values in (
            ("types", "d.entity_type", self.types),
            ("city_ids", "d.city_id", self.city_ids),
            ("languages", "d.language", self.languages),
        ):
            if values:
                where.append(f"{column} IN :{name}")
                params[name] = list(values)
                expanding.append(name)
        for name in ("sdg_bits", "theme_bits"):
            if bits := getattr(self, name):
                where.append(f"(d.{name} & :{name}) != 0")
                params[name] = bits
        if self.exclude_city_id is not None:
            where.append("d.city_id != :exclude_city_id")
            params["exclude_city_id"] = self.exclude_city_id
        if self.exclude_item_id is not None:
            where.append("d.item_id != :exclude_item_id")
            params["exclude_item_id"] = self.exclude_item_id
        return where, params, expanding


@dataclass(frozen=True)
class Hit:
    """A matching document: the item it belongs to, its language, and its relevance."""

    item_id: int
    language: str
    score: float


@dataclass(frozen=True)
class ItemText:
    item_id: int
    entity_type: str
    entity_id: int
    city_id: int
    original_language: str
    language: str
    title: str
    body: str


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def fts5_expression(groups: Groups, mode: Mode) -> str:
    joiner = " AND " if mode == "all" else " OR "
    return joiner.join(
        "(" + " OR ".join(f'"{term}"' for term in sorted(group)) + ")" for group in groups
    )


def tsquery_expression(groups: Groups, mode: Mode) -> str:
    joiner = " & " if mode == "all" else " | "
    return joiner.join("(" + " | ".join(sorted(group)) + ")" for group in groups)


def _statement(sql: str, expanding: Sequence[str]) -> TextClause:
    statement = text(sql)
    if expanding:
        statement = statement.bindparams(*(bindparam(name, expanding=True) for name in expanding))
    return statement


def _matching(session: Session, groups: Groups, mode: Mode) -> tuple[str, str, dict[str, Any]]:
    """FROM and WHERE pieces selecting the matching documents ``d``, and the query parameter."""
    if _is_sqlite(session):
        return (
            "search_fts JOIN search_documents d ON d.id = search_fts.rowid",
            "search_fts MATCH :query",
            {"query": fts5_expression(groups, mode)},
        )
    return (
        "search_documents d, to_tsquery('simple', :query) AS q(query)",
        "d.document @@ q.query",
        {"query": tsquery_expression(groups, mode)},
    )


# At most this many documents are ranked on PostgreSQL besides those matching in the title.
RANK_CANDIDATES = 200
# Counts and facets read at most this many matching documents; beyond, they are a sample.
COUNT_LIMIT = 1000


# --- writing ------------------------------------------------------------------------


def remove(session: Session, *, entity_type: str, entity_id: int) -> None:
    item_ids = select(SearchItem.id).where(
        SearchItem.entity_type == entity_type, SearchItem.entity_id == entity_id
    )
    # Documents first and explicitly: their triggers keep the FTS5 tables in step.
    session.execute(delete(SearchDocument).where(SearchDocument.item_id.in_(item_ids)))
    session.execute(
        delete(SearchItem).where(
            SearchItem.entity_type == entity_type, SearchItem.entity_id == entity_id
        )
    )


def replace(session: Session, item: SearchItem) -> None:
    remove(session, entity_type=item.entity_type, entity_id=item.entity_id)
    session.add(item)
    session.flush()


def clear(session: Session) -> None:
    session.execute(delete(SearchDocument))
    session.execute(delete(SearchItem))


def remove_vector(session: Session, *, entity_type: str, entity_id: int) -> None:
    session.execute(
        delete(SearchVector).where(
            SearchVector.entity_type == entity_type, SearchVector.entity_id == entity_id
        )
    )


# --- vectors (semantic.py) ------------------------------------------------------------


@dataclass(frozen=True)
class PendingItem:
    """An indexed item whose vector is missing or was made from another text."""

    entity_type: str
    entity_id: int
    original_language: str
    passage_hash: str
    # language → (title, body)
    texts: dict[str, tuple[str, str]]


@dataclass(frozen=True)
class StoredVector:
    # The generation it was written in (``save_vectors`` sets it; 0 before).
    generation: int
    entity_type: str
    entity_id: int
    language: str
    passage_hash: str
    vector: bytes


def _pending_condition() -> Any:
    return or_(SearchVector.id.is_(None), SearchVector.passage_hash != SearchItem.passage_hash)


def _items_with_vectors() -> Any:
    return select(SearchItem).outerjoin(
        SearchVector,
        and_(
            SearchVector.entity_type == SearchItem.entity_type,
            SearchVector.entity_id == SearchItem.entity_id,
        ),
    )


def count_pending_passages(session: Session) -> int:
    query = _items_with_vectors().where(_pending_condition()).subquery()
    return int(session.scalar(select(func.count()).select_from(query)) or 0)


def pending_items(session: Session, *, limit: int) -> list[PendingItem]:
    """Items to embed, oldest in the index first, with every translation's text."""
    rows = session.execute(
        select(
            SearchItem.id,
            SearchItem.entity_type,
            SearchItem.entity_id,
            SearchItem.original_language,
            SearchItem.passage_hash,
        )
        .outerjoin(
            SearchVector,
            and_(
                SearchVector.entity_type == SearchItem.entity_type,
                SearchVector.entity_id == SearchItem.entity_id,
            ),
        )
        .where(_pending_condition())
        .order_by(SearchItem.id)
        .limit(limit)
    ).all()
    texts: dict[int, dict[str, tuple[str, str]]] = {row[0]: {} for row in rows}
    if rows:
        for item_id, language, title, body in session.execute(
            select(
                SearchDocument.item_id,
                SearchDocument.language,
                SearchDocument.title,
                SearchDocument.body,
            ).where(SearchDocument.item_id.in_(list(texts)))
        ):
            texts[item_id][language] = (title, body)
    return [
        PendingItem(str(kind), int(entity_id), str(language), str(digest), texts[item_id])
        for item_id, kind, entity_id, language, digest in rows
    ]


def save_vectors(session: Session, vectors: Sequence[StoredVector]) -> None:
    """Replaces the items' vectors and tells every worker's index (``search_vector_state``).

    The state row is updated first: on PostgreSQL its lock makes writers of vectors
    take turns, so generations are committed in order and a worker reading the rows
    above the last generation it saw misses none.
    """
    generation = session.scalar(
        update(SearchVectorState)
        .where(SearchVectorState.id == 1)
        .values(generation=SearchVectorState.generation + 1)
        .returning(SearchVectorState.generation)
    )
    if generation is None:
        generation = 1
        session.add(SearchVectorState(id=1, epoch=secrets.token_hex(16), generation=generation))
        session.flush()
    keys = [(vector.entity_type, vector.entity_id) for vector in vectors]
    session.execute(
        delete(SearchVector).where(
            tuple_(SearchVector.entity_type, SearchVector.entity_id).in_(keys)
        )
    )
    session.add_all(
        SearchVector(
            entity_type=vector.entity_type,
            entity_id=vector.entity_id,
            language=vector.language,
            passage_hash=vector.passage_hash,
            vector=vector.vector,
            generation=generation,
        )
        for vector in vectors
    )
    for vector in vectors:
        # Items indexed before vectors existed carry no digest yet: they get the one embedded.
        session.execute(
            update(SearchItem)
            .where(
                SearchItem.entity_type == vector.entity_type,
                SearchItem.entity_id == vector.entity_id,
                SearchItem.passage_hash == "",
            )
            .values(passage_hash=vector.passage_hash)
        )
    session.flush()


def prune_vectors(session: Session) -> None:
    """Drops the vectors of items no longer indexed; every worker then reloads its index."""
    indexed = select(SearchItem.id).where(
        SearchItem.entity_type == SearchVector.entity_type,
        SearchItem.entity_id == SearchVector.entity_id,
    )
    session.execute(delete(SearchVector).where(~indexed.exists()))
    session.execute(delete(SearchVectorState))


def vector_state(session: Session) -> tuple[str, int] | None:
    row = session.execute(
        select(SearchVectorState.epoch, SearchVectorState.generation).where(
            SearchVectorState.id == 1
        )
    ).first()
    return None if row is None else (str(row[0]), int(row[1]))


def vectors_after(
    session: Session, generation: int, *, batch: int = 5000
) -> Iterator[StoredVector]:
    """Every vector written after ``generation``, oldest first, read in batches."""
    after = (generation, 0)
    while True:
        rows = session.execute(
            select(
                SearchVector.generation,
                SearchVector.id,
                SearchVector.entity_type,
                SearchVector.entity_id,
                SearchVector.language,
                SearchVector.passage_hash,
                SearchVector.vector,
            )
            .where(
                or_(
                    SearchVector.generation > after[0],
                    and_(SearchVector.generation == after[0], SearchVector.id > after[1]),
                )
            )
            .order_by(SearchVector.generation, SearchVector.id)
            .limit(batch)
        ).all()
        for row in rows:
            yield StoredVector(
                int(row[0]), str(row[2]), int(row[3]), str(row[4]), str(row[5]), bytes(row[6])
            )
        if len(rows) < batch:
            return
        after = (int(rows[-1][0]), int(rows[-1][1]))


def items_of(
    session: Session, keys: Sequence[tuple[str, int]], filters: SearchFilters
) -> dict[tuple[str, int], int]:
    """(kind, content id) → index item id, for the given items that pass the filters."""
    if not keys:
        return {}
    where, params, expanding = filters.sql()
    pairs = []
    for index, (kind, entity_id) in enumerate(keys):
        params[f"k{index}"], params[f"e{index}"] = kind, entity_id
        pairs.append(f"(i.entity_type = :k{index} AND i.entity_id = :e{index})")
    conditions = " AND ".join([f"({' OR '.join(pairs)})", *where])
    sql = (
        "SELECT DISTINCT i.entity_type, i.entity_id, i.id FROM search_items i "  # noqa: S608
        f"JOIN search_documents d ON d.item_id = i.id WHERE {conditions}"
    )
    rows = session.execute(_statement(sql, expanding), params)
    return {(str(kind), int(entity_id)): int(item_id) for kind, entity_id, item_id in rows}


def facet_rows(
    session: Session, item_ids: Sequence[int]
) -> list[tuple[int, str, int, str, int, int]]:
    """(item id, type, city id, language, SDG bits, theme bits) of every text of the items."""
    if not item_ids:
        return []
    rows = session.execute(
        select(
            SearchDocument.item_id,
            SearchDocument.entity_type,
            SearchDocument.city_id,
            SearchDocument.language,
            SearchDocument.sdg_bits,
            SearchDocument.theme_bits,
        ).where(SearchDocument.item_id.in_(item_ids))
    )
    return [(int(a), str(b), int(c), str(d), int(e), int(f)) for a, b, c, d, e, f in rows]


# --- reading ------------------------------------------------------------------------


def prepare_for_search(session: Session) -> None:
    """PostgreSQL: plan every search query for its own terms, through the GIN indexes.

    A generic plan (psycopg prepares statements after a few runs) cannot know how
    common the terms are. And with a LIMIT, the planner likes to read the table in
    order and test every tsvector until enough match; for a common word that reads
    tens of thousands of tsvectors where the index finds the same rows in a few
    milliseconds. Both settings last until the end of the (read-only) transaction.
    """
    if not _is_sqlite(session):
        session.execute(
            text(
                "SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                "set_config('enable_seqscan', 'off', true)"
            )
        )


def ranked(
    session: Session, groups: Groups, *, mode: Mode, filters: SearchFilters, limit: int
) -> list[Hit]:
    """The best ``limit`` matching documents, best first.

    FTS5 ranks every match with bm25 from its own index. On PostgreSQL, ranking
    reads each candidate's tsvector, so common words would cost a read of most of
    the table: the candidates are the documents with the words in their title and
    at most ``RANK_CANDIDATES`` others, which is where the best ones are.
    """
    source, match, params = _matching(session, groups, mode)
    where, filter_params, expanding = filters.sql()
    params = {**params, **filter_params, "limit": limit, "candidates": RANK_CANDIDATES}
    if _is_sqlite(session) and not where:
        # Without filters FTS5 picks the best alone; only those are looked up.
        sql = f"""
            SELECT d.item_id, d.language, f.score FROM (
                SELECT rowid, -{_BM25} AS score FROM search_fts WHERE {match}
                ORDER BY score DESC, rowid LIMIT :limit
            ) AS f JOIN search_documents d ON d.id = f.rowid
            ORDER BY f.score DESC, d.id
        """  # noqa: S608 - fixed SQL, values are bound
    elif _is_sqlite(session):
        sql = (
            f"SELECT d.item_id, d.language, -{_BM25} AS score FROM {source} "  # noqa: S608
            f"WHERE {' AND '.join([match, *where])} ORDER BY score DESC, d.id LIMIT :limit"
        )
    else:
        title_match = match.replace("d.document", "d.title_document")
        conditions = " AND ".join(where)
        extra = f" AND {conditions}" if conditions else ""
        sql = f"""
            WITH q AS MATERIALIZED (SELECT to_tsquery('simple', :query) AS query),
            c AS (
                (SELECT d.id FROM search_documents d, q WHERE {title_match}{extra}
                 LIMIT :candidates)
                UNION
                (SELECT d.id FROM search_documents d, q WHERE {match}{extra} LIMIT :candidates)
            )
            SELECT d.item_id, d.language, {_TS_RANK} AS score
            FROM c JOIN search_documents d ON d.id = c.id, q
            ORDER BY score DESC, d.id LIMIT :limit
        """  # noqa: S608 - fixed SQL, values are bound
    rows = session.execute(_statement(sql, expanding), params)
    return [Hit(int(item_id), str(language), float(score)) for item_id, language, score in rows]


def any_match(session: Session, group: Sequence[str]) -> bool:
    source, match, params = _matching(session, [group], "any")
    sql = f"SELECT 1 FROM {source} WHERE {match} LIMIT 1"  # noqa: S608 - fixed SQL
    return session.execute(text(sql), params).first() is not None


@dataclass(frozen=True)
class FacetDomains:
    """The values each facet can take, so one pass over the matches counts them all."""

    types: Sequence[str]
    languages: Sequence[str]
    city_ids: Sequence[int]
    sdg_count: int
    theme_count: int


@dataclass
class FacetCounts:
    total: int = 0
    # False when more documents matched than COUNT_LIMIT: then the counts are of the first ones.
    exact: bool = True
    type: dict[str, int] = field(default_factory=dict)
    city_id: dict[int, int] = field(default_factory=dict)
    language: dict[str, int] = field(default_factory=dict)
    # by bit: SDG n is bit n - 1, theme i is bit i
    sdg_bit: dict[int, int] = field(default_factory=dict)
    theme_bit: dict[int, int] = field(default_factory=dict)


def _facet_columns(
    domains: FacetDomains, params: dict[str, Any]
) -> tuple[list[tuple[str, object]], str, str]:
    """The facet columns: (facet, value) each, the SELECT list over ``items`` and over ``m``."""
    item_counts: list[tuple[str, object, str]] = [("total", "", "COUNT(*)")]
    for index, entity_type in enumerate(domains.types):
        params[f"type{index}"] = entity_type
        item_counts.append(
            ("type", entity_type, f"SUM(CASE WHEN entity_type = :type{index} THEN 1 ELSE 0 END)")
        )
    for index, city_id in enumerate(domains.city_ids):
        params[f"city{index}"] = city_id
        item_counts.append(
            ("city_id", city_id, f"SUM(CASE WHEN city_id = :city{index} THEN 1 ELSE 0 END)")
        )
    for facet, column, count in (
        ("sdg_bit", "sdg_bits", domains.sdg_count),
        ("theme_bit", "theme_bits", domains.theme_count),
    ):
        item_counts += [(facet, bit, f"SUM(({column} >> {bit}) & 1)") for bit in range(count)]
    document_counts: list[tuple[str, object, str]] = []
    for index, language in enumerate(domains.languages):
        params[f"language{index}"] = language
        document_counts.append(
            (
                "language",
                language,
                f"COUNT(DISTINCT CASE WHEN language = :language{index} THEN item_id END)",
            )
        )
    document_counts.append(("documents", "", "COUNT(*)"))
    params["count_limit"] = COUNT_LIMIT
    items_select = ", ".join(
        f"{expression} AS c{i}" for i, (_f, _v, expression) in enumerate(item_counts)
    )
    documents_select = ", ".join(
        f"{expression} AS c{len(item_counts) + i}"
        for i, (_f, _v, expression) in enumerate(document_counts)
    )
    columns = [(facet, value) for facet, value, _expression in (*item_counts, *document_counts)]
    return columns, items_select, documents_select


def _read_counts(columns: Sequence[tuple[str, object]], row: Sequence[Any]) -> FacetCounts:
    counts = FacetCounts()
    for (facet, value), count in zip(columns, row, strict=True):
        if facet == "total":
            counts.total = int(count or 0)
        elif facet == "documents":
            counts.exact = int(count or 0) < COUNT_LIMIT
        elif count:
            getattr(counts, facet)[value] = int(count)
    return counts


_MATCHES = """
    m AS MATERIALIZED (
        SELECT d.id, d.item_id, d.entity_type, d.city_id, d.language, d.sdg_bits, d.theme_bits
        FROM {source} {condition} LIMIT :count_limit
    ),
    items AS MATERIALIZED (
        SELECT DISTINCT item_id, entity_type, city_id, sdg_bits, theme_bits FROM m
    )"""


def count_and_facets(
    session: Session,
    groups: Groups | None,
    *,
    mode: Mode,
    filters: SearchFilters,
    domains: FacetDomains,
) -> FacetCounts:
    """How many items match, and how many of them per type, city, language, SDG and theme.

    ``groups`` None matches every document (browsing with filters only). The matches
    are read once; every count is a sum over that one pass, which stops after
    ``COUNT_LIMIT`` documents (then ``exact`` is False and the counts are a lower bound).
    """
    where, params, expanding = filters.sql()
    if groups is None:
        source = "search_documents d"
    else:
        source, match, match_params = _matching(session, groups, mode)
        where = [match, *where]
        params = {**params, **match_params}
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    columns, items_select, documents_select = _facet_columns(domains, params)
    matches = _MATCHES.format(source=source, condition=condition)
    sql = f"""
        WITH {matches}
        SELECT * FROM (SELECT {items_select} FROM items) AS a,
            (SELECT {documents_select} FROM m) AS b
    """  # noqa: S608 - fixed SQL, values are bound
    return _read_counts(columns, session.execute(_statement(sql, expanding), params).one())


def matches(
    session: Session,
    groups: Groups,
    *,
    mode: Mode,
    filters: SearchFilters,
    domains: FacetDomains,
    limit: int,
) -> tuple[list[Hit], FacetCounts]:
    """The best ``limit`` documents and the counts, as ``ranked`` and ``count_and_facets``.

    On PostgreSQL in one statement: the index is read once for both, and the ranking
    candidates are the title matches and the first of the documents counted.
    """
    if _is_sqlite(session):
        best = ranked(session, groups, mode=mode, filters=filters, limit=limit)
        return best, count_and_facets(session, groups, mode=mode, filters=filters, domains=domains)
    where, params, expanding = filters.sql()
    params = {
        **params,
        "query": tsquery_expression(groups, mode),
        "limit": limit,
        "candidates": RANK_CANDIDATES,
    }
    extra = "".join(f" AND {condition}" for condition in where)
    columns, items_select, documents_select = _facet_columns(domains, params)
    source = "search_documents d, q"
    matches_sql = _MATCHES.format(source=source, condition=f"WHERE d.document @@ q.query{extra}")
    facet_nulls = ", ".join("NULL" for _ in columns)
    sql = f"""
        WITH q AS MATERIALIZED (SELECT to_tsquery('simple', :query) AS query),
        {matches_sql},
        c AS (
            (SELECT d.id FROM search_documents d, q WHERE d.title_document @@ q.query{extra}
             LIMIT :candidates)
            UNION
            (SELECT id FROM m LIMIT :candidates)
        ),
        hits AS (
            SELECT d.id, d.item_id, d.language, {_TS_RANK} AS score
            FROM c JOIN search_documents d ON d.id = c.id, q
            ORDER BY score DESC, d.id LIMIT :limit
        )
        SELECT NULL AS id, NULL AS item_id, NULL AS language, NULL AS score, a.*, b.*
        FROM (SELECT {items_select} FROM items) AS a, (SELECT {documents_select} FROM m) AS b
        UNION ALL
        SELECT id, item_id, language, score, {facet_nulls} FROM hits
    """  # noqa: S608 - fixed SQL, values are bound
    found: list[tuple[float, int, Hit]] = []
    counts = FacetCounts()
    for row in session.execute(_statement(sql, expanding), params):
        if row[0] is None:
            counts = _read_counts(columns, row[4:])
        else:
            score = float(row[3])
            found.append((-score, int(row[0]), Hit(int(row[1]), str(row[2]), score)))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return [hit for _score, _id, hit in found], counts


def browse(session: Session, *, filters: SearchFilters, limit: int, offset: int) -> list[int]:
    """Item ids matching the filters alone, newest first."""
    where, params, expanding = filters.sql()
    condition = f"WHERE {' AND '.join(where)}" if where else ""
    sql = (
        f"SELECT DISTINCT d.item_id FROM search_documents d {condition} "  # noqa: S608
        "ORDER BY d.item_id DESC LIMIT :limit OFFSET :offset"
    )
    rows = session.execute(_statement(sql, expanding), {**params, "limit": limit, "offset": offset})
    return [int(item_id) for (item_id,) in rows]


def texts(session: Session, item_ids: Sequence[int]) -> list[ItemText]:
    """Every translation of the given items, for display."""
    if not item_ids:
        return []
    rows = session.execute(
        select(
            SearchItem.id,
            SearchItem.entity_type,
            SearchItem.entity_id,
            SearchItem.city_id,
            SearchItem.original_language,
            SearchDocument.language,
            SearchDocument.title,
            SearchDocument.body,
        )
        .join(SearchDocument, SearchDocument.item_id == SearchItem.id)
        .where(SearchItem.id.in_(item_ids))
    )
    return [ItemText(*row) for row in rows]


def item_id_of(session: Session, *, entity_type: str, entity_id: int) -> int | None:
    return session.scalar(
        select(SearchItem.id).where(
            SearchItem.entity_type == entity_type, SearchItem.entity_id == entity_id
        )
    )


def city_of(session: Session, item_id: int) -> int | None:
    return session.scalar(select(SearchItem.city_id).where(SearchItem.id == item_id))


def entity_ids(session: Session, item_ids: Sequence[int]) -> dict[int, int]:
    """Item id → the id of the content it indexes."""
    if not item_ids:
        return {}
    rows = session.execute(
        select(SearchItem.id, SearchItem.entity_id).where(SearchItem.id.in_(item_ids))
    )
    return {int(item_id): int(entity_id) for item_id, entity_id in rows}


def item_concepts(session: Session, item_ids: Sequence[int]) -> dict[int, set[str]]:
    """The concept tokens of each item: from its tags and found in any of its texts."""
    if not item_ids:
        return {}
    rows = session.execute(
        select(
            SearchDocument.item_id,
            SearchDocument.concept_terms,
            SearchDocument.title_terms,
            SearchDocument.body_terms,
        ).where(SearchDocument.item_id.in_(item_ids))
    )
    found: dict[int, set[str]] = {}
    for item_id, *fields in rows:
        tokens = found.setdefault(int(item_id), set())
        for terms in fields:
            tokens.update(term for term in str(terms).split() if term.startswith(TOKEN_PREFIX))
    return found


def item_terms(session: Session, item_id: int) -> list[tuple[str, str, str]]:
    """(title terms, concept terms, body terms) of each translation of an item."""
    rows = session.execute(
        select(
            SearchDocument.title_terms, SearchDocument.concept_terms, SearchDocument.body_terms
        ).where(SearchDocument.item_id == item_id)
    )
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def title_words_like(session: Session, word: str, *, limit: int) -> list[str]:
    """Folded titles sharing trigrams with ``word`` (pg_trgm, or the FTS5 trigram index)."""
    if _is_sqlite(session):
        grams = sorted({word[i : i + 3] for i in range(len(word) - 2)})
        if not grams:
            return []
        expression = " OR ".join(f'"{gram}"' for gram in grams)
        rows = session.execute(
            text(
                "SELECT d.title_folded FROM search_trigrams "
                "JOIN search_documents d ON d.id = search_trigrams.rowid "
                "WHERE search_trigrams MATCH :expression ORDER BY rank LIMIT :limit"
            ),
            {"expression": expression, "limit": limit},
        )
    else:
        session.execute(text("SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true)"))
        rows = session.execute(
            text(
                "SELECT title_folded FROM search_documents WHERE :word <% title_folded "
                "ORDER BY :word <<-> title_folded LIMIT :limit"
            ),
            {"word": word, "limit": limit},
        )
    return [str(title) for (title,) in rows]
