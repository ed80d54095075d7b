from __future__ import annotations

from pydantic import BaseModel, Field


class GoalCoverage(BaseModel):
    sdg: int
    initiatives: int
    practices: int


class CityCoverage(BaseModel):
    city: str
    goals: list[GoalCoverage]
    gaps: list[int] = Field(description="SDGs with no initiative of this city.")


class PlatformCoverage(BaseModel):
    cities: list[CityCoverage]
    goals: list[GoalCoverage] = Field(description="Totals over every city.")
    gaps: list[int] = Field(description="SDGs no city has an initiative for.")
