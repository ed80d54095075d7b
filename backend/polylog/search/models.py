"""The search index: one item per published content item, one document per translation.

The documents hold terms already normalised and stemmed in Python
(``polylog.search.normalize``), space-separated. The database indexes them:

- SQLite: the FTS5 table ``search_fts`` over ``title_terms``, ``concept_terms`` and
  ``body_terms`` (external content, tokenizer ``unicode61 remove_diacritics 0``, so it
  only splits at spaces), and ``search_trigrams`` (tokenizer ``trigram``) over
  ``title_folded`` for typo tolerance; triggers keep both in step with the table.
- PostgreSQL: the generated ``tsvector`` column ``document`` (title weight A,
  concepts B, body C, configuration ``simple``) with a GIN index, the title's
  alone in ``title_document`` (the first candidates to rank), and a ``pg_trgm``
  GIN index on ``title_folded``.

Those objects are created by the migration, not described here; ``include_object``
keeps them out of the comparison between models and migrations.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from sqlalchemy import BigInteger, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from polylog.core.db import Base, UTCDateTime, utcnow

FTS_TABLE: Final[str] = "search_fts"
TRIGRAM_TABLE: Final[str] = "search_trigrams"
# Made by the migration with SQL the models cannot express.
DATABASE_ONLY_OBJECTS: Final[frozenset[str]] = frozenset(
    {
        "document",
        "title_document",
        "ix_search_documents_document",
        "ix_search_documents_title_document",
        "ix_search_documents_title_trigrams",
    }
)


def include_object(
    _object: object, name: str | None, type_: str, reflected: bool, _compare_to: object
) -> bool:
    """For Alembic: leave the hand-made full-text objects out of model comparisons."""
    if not reflected or name is None:
        return True
    if type_ == "table" and (name.startswith(FTS_TABLE) or name.startswith(TRIGRAM_TABLE)):
        return False
    return name not in DATABASE_ONLY_OBJECTS


class SearchItem(Base):
    """A content item in the index; ``entity_type`` is initiative, practice or session."""

    __tablename__ = "search_items"
    __table_args__ = (UniqueConstraint("entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column()
    city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="CASCADE"), index=True)
    original_language: Mapped[str] = mapped_column(String(2))
    indexed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A digest of the text the semantic layer embeds (``semantic.passage``): when it
    # differs from the stored vector's, the worker computes the vector again.
    passage_hash: Mapped[str] = mapped_column(String(40), default="", server_default="")

    documents: Mapped[list[SearchDocument]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )


class SearchDocument(Base):
    """One translation of an item: its terms for matching, its text for display."""

    __tablename__ = "search_documents"
    __table_args__ = (
        UniqueConstraint("item_id", "language"),
        Index("ix_search_documents_type_city", "entity_type", "city_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("search_items.id", ondelete="CASCADE"))
    # Copied from the item, so that filters and facets read one row per match.
    entity_type: Mapped[str] = mapped_column(String(16))
    city_id: Mapped[int] = mapped_column()
    # The item's SDGs (bit n-1 for SDG n) and themes (bit i for the i-th theme of
    # taxonomy/data/themes.json): one pass over the matches counts every facet.
    sdg_bits: Mapped[int] = mapped_column(BigInteger, default=0)
    theme_bits: Mapped[int] = mapped_column(BigInteger, default=0)
    language: Mapped[str] = mapped_column(String(2))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    title_terms: Mapped[str] = mapped_column(Text, default="")
    concept_terms: Mapped[str] = mapped_column(Text, default="")
    body_terms: Mapped[str] = mapped_column(Text, default="")
    title_folded: Mapped[str] = mapped_column(Text, default="")


class SearchVector(Base):
    """The meaning of an item: its multilingual embedding, computed by the worker.

    Keyed by the content it describes rather than by the index row, so that
    re-indexing an item whose text did not change keeps its vector. ``vector`` holds
    384 little-endian float32 values (1,536 bytes), normalised to length 1.
    """

    __tablename__ = "search_vectors"
    __table_args__ = (
        UniqueConstraint("entity_type", "entity_id"),
        Index("ix_search_vectors_generation", "generation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column()
    # The language of the text embedded: scores are corrected for it (see semantic.py).
    language: Mapped[str] = mapped_column(String(2))
    passage_hash: Mapped[str] = mapped_column(String(40))
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    # The state's generation when it was written: a worker loads those above the last it saw.
    generation: Mapped[int] = mapped_column(BigInteger)
    embedded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SearchVectorState(Base):
    """One row: what every worker's in-memory matrix compares with to know it is current.

    ``epoch`` is drawn anew when the row is created (a fresh or rebuilt index), so a
    worker reloads everything; ``generation`` grows with every batch of new vectors,
    which carry it, so a worker reads only the rows written since it last looked.
    """

    __tablename__ = "search_vector_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32))
    generation: Mapped[int] = mapped_column(BigInteger, default=0)
