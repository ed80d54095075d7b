from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from polylog.core.i18n import Language
from polylog.core.types import CleanText, InputModel, Slug, Version

# An item's title in one language, whatever its kind.
Title = Annotated[CleanText, Field(min_length=3, max_length=200)]


class Similarity(BaseModel):
    # How close a similar item is. A kind's similar item is ``Similar<Kind>(Similarity,
    # <Kind>ListItem)``: this base first, so the score comes after the listed fields.
    score: float = Field(
        description="Shared concepts, SDGs, themes and title words, in any language; higher is closer."
    )


class ItemText(InputModel):
    # One language of an item as it is written: its title, then the texts of its kind.
    title: Title


class ItemUpdate(InputModel):
    # An edit of an item of any kind: the version it was made on, then the kind's fields.
    version: Version | None = Field(
        default=None, description="The version edited (or send If-Match)."
    )


class HostedItemFields(InputModel):
    # What a new item hosted by a city (a session, a track) begins with.
    host_city: Slug
    original_language: Language | None = Field(
        default=None, description="Defaults to the host city's language, if given, else the first."
    )


class RevisionAuthor(BaseModel):
    id: int
    display_name: str


class RevisionOut(BaseModel):
    version: int
    changed_at: datetime
    changed_by: RevisionAuthor | None
    changed_fields: list[str]
    snapshot: dict[str, object]


class DeletedItem(BaseModel):
    kind: str
    id: int
    title: str
    language: str
    city: str
    deleted_at: datetime


class DeletedPage(BaseModel):
    items: list[DeletedItem]
    total: int
    page: int
    per_page: int
