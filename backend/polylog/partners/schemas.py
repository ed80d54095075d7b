from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from polylog.core.types import CleanText, InputModel, Slug
from polylog.initiatives.schemas import InitiativeListItem
from polylog.partners.models import ProposedKind, RequestStatus
from polylog.practices.schemas import PracticeListItem
from polylog.taxonomy.types import SdgNumber, ThemeKey

ReasonKind = Literal[
    "sdg_strength", "similar_initiative", "practice_adopted", "shared_language", "time_zone_overlap"
]


class PartnerReason(BaseModel):
    kind: ReasonKind
    text: str = Field(description="Why, in the reader's language.")
    weight: float = Field(description="What this reason adds to the score.")
    initiative_ids: list[int] = Field(
        default_factory=list, description="The initiatives behind it."
    )
    practice_ids: list[int] = Field(default_factory=list, description="The practices behind it.")
    languages: list[str] = Field(default_factory=list, description="Shared spoken languages.")
    hours: float | None = Field(default=None, description="Office hours both cities share.")


class Partner(BaseModel):
    city: str = Field(description="The partner city's slug.")
    name: str = Field(description="The city's name in the reader's language.")
    score: float
    reasons: list[PartnerReason]
    initiatives: list[InitiativeListItem]
    practices: list[PracticeListItem]


class PartnerList(BaseModel):
    city: str
    sdg: int | None
    theme: str | None
    subject_sdgs: list[int] = Field(
        description="The SDGs partners were sought for: the one asked, else this city's gaps."
    )
    items: list[Partner]


class ExchangeRequestCreate(InputModel):
    from_city: Slug
    to_city: Slug
    sdg: SdgNumber | None = None
    theme: ThemeKey | None = None
    message: Annotated[CleanText, Field(max_length=4000)]
    proposed_kind: ProposedKind


class ExchangeRequestOut(BaseModel):
    id: int
    from_city: str
    to_city: str
    from_city_name: str
    to_city_name: str
    sdg: int | None
    theme: str | None
    message: str
    proposed_kind: ProposedKind
    status: RequestStatus
    created_at: dt.datetime
    decided_at: dt.datetime | None
    session_id: int | None = Field(description="The draft session an acceptance created.")
    may_decide: bool = Field(description="Whether the caller may accept or decline it.")


class ExchangeRequestPage(BaseModel):
    items: list[ExchangeRequestOut]
    total: int
    page: int
    per_page: int
