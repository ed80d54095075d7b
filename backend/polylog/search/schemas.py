from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

EntityType = Literal["initiative", "practice", "session", "programme", "action"]
Match = Literal["keyword", "semantic"]


class SearchHit(BaseModel):
    type: EntityType
    id: int
    title: str = Field(description="Plain text, in ``language``.")
    snippet: str = Field(
        description="HTML: a passage in ``language`` with the matched words in <mark>; "
        "everything else is escaped."
    )
    language: str = Field(description="The language of the title and snippet returned.")
    city: str = Field(description="The slug of the city the item belongs to.")
    score: float = Field(description="Relevance; higher is better. Comparable within one answer.")
    match: Match = Field(
        default="keyword",
        description="keyword: the query's words or their concepts are in the item; semantic: "
        "found by meaning alone (multilingual embeddings), none of the words matched.",
    )


class SearchFacets(BaseModel):
    """How many results each value has, within the current filters."""

    type: dict[str, int]
    city: dict[str, int] = Field(description="By city slug.")
    sdg: dict[str, int] = Field(description="By SDG number.")
    theme: dict[str, int] = Field(description="By theme key.")
    language: dict[str, int] = Field(description="Results with a matching text in the language.")


class ConceptOut(BaseModel):
    """A concept the query matched, searched for in every language ("also searched")."""

    key: str
    labels: dict[str, str] = Field(description="The concept's name in each language.")


class SearchPage(BaseModel):
    items: list[SearchHit]
    total: int = Field(description="How many items match (at least this many if not exact).")
    total_exact: bool = Field(
        description="False for very common words: then ``total`` and the facets count the "
        "first 1,000 matching texts, and more items match."
    )
    page: int
    per_page: int
    facets: SearchFacets
    concepts: list[ConceptOut] = Field(
        description="Concepts the query matched; their words in every language were searched too."
    )
    corrected: str | None = Field(
        default=None,
        description="The query as searched when words that matched nothing were corrected.",
    )
