from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, Field, HttpUrl

from polylog.content.schemas import ItemText, ItemUpdate, Similarity
from polylog.core.i18n import Language
from polylog.core.types import CleanText, InputModel, Slug
from polylog.indicators.schemas import IndicatorOut
from polylog.initiatives.models import Status
from polylog.taxonomy.types import SdgList, ThemeList

ShortItem = Annotated[CleanText, Field(max_length=200)]


class InitiativeText(ItemText):
    summary: str = Field(default="", max_length=1000)
    description: str = Field(default="", max_length=20000)
    purpose: str = Field(default="", max_length=2000)


class InitiativeLocation(InputModel):
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)
    district: Annotated[CleanText, Field(max_length=100)] | None = None


class _InitiativeFields(InputModel):
    status: Status = Status.PLANNED
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    target_groups: list[ShortItem] = Field(default_factory=list, max_length=30)
    sdgs: SdgList = Field(default_factory=list)
    themes: ThemeList = Field(default_factory=list)
    location: InitiativeLocation | None = None
    partners: list[ShortItem] = Field(default_factory=list, max_length=50)
    website: HttpUrl | None = Field(default=None, max_length=2000)


class InitiativeCreate(_InitiativeFields):
    city: Slug
    original_language: Language
    translations: dict[Language, InitiativeText] = Field(min_length=1)


class InitiativeUpdate(ItemUpdate):
    """Only the fields given change; a language block replaces that language, ``null`` removes it."""

    original_language: Language | None = None
    translations: dict[Language, InitiativeText | None] | None = None
    status: Status | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    target_groups: list[ShortItem] | None = Field(default=None, max_length=30)
    sdgs: SdgList | None = None
    themes: ThemeList | None = None
    location: InitiativeLocation | None = None
    partners: list[ShortItem] | None = Field(default=None, max_length=50)
    website: HttpUrl | None = Field(default=None, max_length=2000)


class InitiativeListItem(BaseModel):
    id: int
    city: str
    title: str
    summary: str
    language: str = Field(description="The language of the text returned.")
    languages: list[str] = Field(description="Every language this initiative is written in.")
    original_language: str
    status: Status
    start_date: dt.date | None
    end_date: dt.date | None
    sdgs: list[int]
    themes: list[str]
    location: InitiativeLocation | None


class InitiativeOut(InitiativeListItem):
    description: str
    purpose: str
    target_groups: list[str]
    partners: list[str]
    website: str | None
    translations: dict[str, InitiativeText]
    indicators: list[IndicatorOut]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted: bool


class InitiativePage(BaseModel):
    items: list[InitiativeListItem]
    total: int
    page: int
    per_page: int


class SimilarInitiative(Similarity, InitiativeListItem):
    pass
