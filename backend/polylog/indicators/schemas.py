from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, Field

from polylog.core.i18n import Language
from polylog.core.types import CleanText, InputModel, Measure


class Progress(BaseModel):
    latest_value: float | None
    latest_date: dt.date | None
    ratio: float | None = Field(description="Share of the way from baseline to target, 0 to 1.")


class MeasurementCreate(InputModel):
    date: dt.date
    value: Measure


class MeasurementOut(BaseModel):
    id: int
    date: dt.date
    value: float


class IndicatorCreate(InputModel):
    name: dict[Language, Annotated[CleanText, Field(max_length=200)]] = Field(min_length=1)
    unit: Annotated[str, Field(max_length=40)] = ""
    baseline: Measure
    target: Measure
    target_date: dt.date | None = None


class IndicatorOut(BaseModel):
    id: int
    initiative_id: int | None = Field(description="The initiative it measures, if any.")
    programme_id: int | None = Field(description="The programme whose target it is, if any.")
    name: str
    names: dict[str, str]
    language: str
    unit: str
    baseline: float
    target: float
    target_date: dt.date | None
    measurements: list[MeasurementOut]
    progress: Progress
