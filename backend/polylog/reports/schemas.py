from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from polylog.programmes.schemas import Amount

Framework = Literal["vlr", "ccc"]


class GoalRow(BaseModel):
    sdg: int
    title: str
    color: str
    initiatives: int
    practices: int
    actions: int


class SdgCoverageSection(BaseModel):
    key: Literal["sdg_coverage"] = "sdg_coverage"
    title: str
    goals: list[GoalRow]
    gaps: list[int] = Field(description="Goals the framework asks about that nothing serves.")


class ProgrammeRow(BaseModel):
    id: int
    title: str
    kind: str
    kind_label: str
    period_start: dt.date
    period_end: dt.date
    actions: int
    by_status: dict[str, int]
    by_rag: dict[str, int]
    cost: dict[str, Amount]
    funded: dict[str, Amount]
    funding_gap: dict[str, Amount]
    stalled: int


class ProgrammesSection(BaseModel):
    key: Literal["programmes"] = "programmes"
    title: str
    programmes: list[ProgrammeRow]


class IndicatorRow(BaseModel):
    id: int
    owner: Literal["initiative", "programme"]
    owner_id: int
    owner_title: str
    name: str
    unit: str
    baseline: float
    latest_value: float | None = Field(description="The latest measurement in the report's year.")
    latest_date: dt.date | None
    target: float
    target_date: dt.date | None
    progress: float | None = Field(description="0 to 1, from the latest value in the year.")


class IndicatorsSection(BaseModel):
    key: Literal["indicators"] = "indicators"
    title: str
    indicators: list[IndicatorRow]


class JourneyRow(BaseModel):
    id: int
    title: str
    role: Literal["coach", "coachee"]
    other_city: str
    status: str
    progress: int


class HostedSession(BaseModel):
    id: int
    title: str
    starts_at: dt.datetime
    seats_taken: int


class PeerLearningSection(BaseModel):
    key: Literal["peer_learning"] = "peer_learning"
    title: str
    sessions_hosted: int
    hosted: list[HostedSession]
    sessions_attended: int = Field(description="Other cities' sessions the city's people attended.")
    practices_shared: int
    practices_adopted_by_others: int
    journeys: list[JourneyRow]


Section = Annotated[
    SdgCoverageSection | ProgrammesSection | IndicatorsSection | PeerLearningSection,
    Field(discriminator="key"),
]


class MissingItem(BaseModel):
    key: str
    message: str
    path: str = Field(description="Where in the web app the gap is filled.")


class CityReport(BaseModel):
    city: str
    city_name: str
    framework: Framework
    framework_title: str
    year: int
    language: str
    generated_on: dt.date
    sections: list[Section]
    missing: list[MissingItem]
