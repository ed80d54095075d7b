from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, Field, PlainSerializer

from polylog.content.schemas import ItemText, ItemUpdate
from polylog.core.i18n import Language
from polylog.core.types import CleanText, Id, InputModel, Slug, Year
from polylog.indicators.schemas import IndicatorOut
from polylog.programmes.models import ActionStatus, ProgrammeKind, Rag
from polylog.taxonomy.types import SdgList, ThemeKey, ThemeList

ShortItem = Annotated[CleanText, Field(max_length=200)]
MAX_AMOUNT = Decimal("1e15")
# Money sent: a number or a decimal string, at most two decimals, never negative.
AmountIn = Annotated[Decimal, Field(ge=0, lt=MAX_AMOUNT, decimal_places=2)]
# Money shown: a JSON number, made from the exact stored amount.
Amount = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217, e.g. EUR, TRY, IRR.")]
Period = Annotated[str, Field(pattern=r"^[0-9]{4}-Q[1-4]$", description='A quarter: "2026-Q3".')]
Ids = Annotated[list[Id], Field(max_length=50)]
MoneyByCurrency = dict[str, Amount]


class ProgrammeText(ItemText):
    summary: str = Field(default="", max_length=5000)


class ProgrammeCreate(InputModel):
    city: Slug
    original_language: Language
    translations: dict[Language, ProgrammeText] = Field(min_length=1)
    kind: ProgrammeKind
    period_start: dt.date
    period_end: dt.date
    baseline_year: Year | None = None
    sdgs: SdgList = Field(default_factory=list)
    themes: ThemeList = Field(default_factory=list)


class ProgrammeUpdate(ItemUpdate):
    """Only the fields given change; a language block replaces that language, ``null`` removes it."""

    original_language: Language | None = None
    translations: dict[Language, ProgrammeText | None] | None = None
    kind: ProgrammeKind | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    baseline_year: Year | None = None
    sdgs: SdgList | None = None
    themes: ThemeList | None = None


class ProgrammeSummary(BaseModel):
    actions: int
    by_status: dict[str, int]
    by_rag: dict[str, int] = Field(description="By the rating of each action's latest check-in.")
    cost: MoneyByCurrency
    funded: MoneyByCurrency
    funding_gap: MoneyByCurrency
    stalled: list[int] = Field(
        description="Actions whose latest check-in is red, or ongoing ones with no check-in "
        "in the last two full quarters."
    )


class ProgrammeListItem(BaseModel):
    id: int
    city: str
    title: str
    summary_text: str = Field(description="The programme's summary, in ``language``.")
    language: str = Field(description="The language of the text returned.")
    languages: list[str]
    original_language: str
    kind: ProgrammeKind
    period_start: dt.date
    period_end: dt.date
    baseline_year: int | None
    sdgs: list[int]
    themes: list[str]


class ProgrammeOut(ProgrammeListItem):
    translations: dict[str, ProgrammeText]
    indicators: list[IndicatorOut]
    summary: ProgrammeSummary
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted: bool


class ProgrammePage(BaseModel):
    items: list[ProgrammeListItem]
    total: int
    page: int
    per_page: int


class ActionText(ItemText):
    description: str = Field(default="", max_length=10000)


class _ActionFields(InputModel):
    status: ActionStatus = ActionStatus.PLANNED
    owner: str = Field(
        default="", max_length=200, description="The department or organisation responsible."
    )
    theme: ThemeKey | None = None
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    cost_estimate: AmountIn | None = None
    funded_amount: AmountIn | None = None
    currency: Currency | None = None
    funding_sources: list[ShortItem] = Field(default_factory=list, max_length=20)
    initiative_ids: Ids = Field(default_factory=list, description="The same city's initiatives.")
    indicator_ids: Ids = Field(
        default_factory=list, description="Indicators of the programme or the city's initiatives."
    )
    sdgs: SdgList = Field(default_factory=list)


class ActionCreate(_ActionFields):
    original_language: Language
    translations: dict[Language, ActionText] = Field(min_length=1)


class ActionUpdate(ItemUpdate):
    original_language: Language | None = None
    translations: dict[Language, ActionText | None] | None = None
    status: ActionStatus | None = None
    owner: str | None = Field(default=None, max_length=200)
    theme: ThemeKey | None = None
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    cost_estimate: AmountIn | None = None
    funded_amount: AmountIn | None = None
    currency: Currency | None = None
    funding_sources: list[ShortItem] | None = Field(default=None, max_length=20)
    initiative_ids: Ids | None = None
    indicator_ids: Ids | None = None
    sdgs: SdgList | None = None


class CheckInCreate(InputModel):
    period: Period
    rag: Rag
    progress: int = Field(ge=0, le=100, description="Per cent of the action done.")
    note: str = Field(default="", max_length=5000)
    blockers: list[ShortItem] = Field(default_factory=list, max_length=20)


class CheckInAuthor(BaseModel):
    id: int
    display_name: str


class CheckInOut(BaseModel):
    id: int
    action_id: int
    period: str
    rag: Rag
    progress: int
    note: str
    blockers: list[str]
    created_at: dt.datetime
    created_by: CheckInAuthor | None


class ActionListItem(BaseModel):
    id: int
    programme_id: int
    city: str
    title: str
    language: str
    languages: list[str]
    original_language: str
    status: ActionStatus
    owner: str
    theme: str | None
    start_date: dt.date | None
    due_date: dt.date | None
    cost_estimate: Amount | None
    funded_amount: Amount | None
    funding_gap: Amount | None = Field(
        description="cost_estimate − funded_amount, never negative; null when the cost is unknown."
    )
    currency: str | None
    latest_check_in: CheckInOut | None
    stalled: bool


class ActionOut(ActionListItem):
    description: str
    translations: dict[str, ActionText]
    funding_sources: list[str]
    initiative_ids: list[int]
    indicator_ids: list[int]
    sdgs: list[int]
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted: bool


class ActionPage(BaseModel):
    items: list[ActionListItem]
    total: int
    page: int
    per_page: int


class ImportResult(BaseModel):
    created: int
