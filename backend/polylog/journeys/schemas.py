from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, HttpUrl
from pydantic_core import PydanticCustomError

from polylog.core.i18n import SUPPORTED_LANGUAGES, Language
from polylog.core.types import CleanText, Id, InputModel, Slug
from polylog.journeys.models import EvidenceKind, JourneyStatus, StageStatus
from polylog.peer_sessions.schemas import SessionListItem

Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{1,63}$")]
Label = Annotated[CleanText, Field(max_length=300)]


def _every_language(labels: dict[Language, str]) -> dict[Language, str]:
    missing = [language for language in SUPPORTED_LANGUAGES if not labels.get(language)]
    if missing:
        raise PydanticCustomError(
            "languages", "Give the text in every language: {missing}.", {"missing": missing}
        )
    return labels


Labels = Annotated[dict[Language, Label], AfterValidator(_every_language)]


class TemplateTaskIn(InputModel):
    key: Key
    title: Labels
    required: bool = True


class TemplateStageIn(InputModel):
    key: Key
    title: Labels
    tasks: list[TemplateTaskIn] = Field(min_length=1, max_length=30)


class TemplateIn(InputModel):
    """A journey template, every label in the four languages."""

    key: Key
    title: Labels
    stages: list[TemplateStageIn] = Field(min_length=1, max_length=20)


class TemplateTaskOut(BaseModel):
    key: str
    title: str
    required: bool


class TemplateStageOut(BaseModel):
    key: str
    title: str
    tasks: list[TemplateTaskOut]


class TemplateOut(BaseModel):
    key: str
    title: str
    stages: list[TemplateStageOut]


class JourneyCreate(InputModel):
    template: Key
    coach_city: Slug
    coachee_city: Slug
    starts_on: dt.date
    title: dict[Language, Label] | None = Field(
        default=None, description="Defaults to the template's title."
    )


class EvidenceIn(InputModel):
    kind: EvidenceKind
    id: Id | None = Field(default=None, description="For the coachee's own content.")
    url: HttpUrl | None = Field(default=None, max_length=2000, description="For a link.")


class TaskUpdate(InputModel):
    done: bool | None = None
    note: str | None = Field(default=None, max_length=5000)
    evidence: list[EvidenceIn] | None = Field(default=None, max_length=20)


class StageDecision(InputModel):
    comment: str = Field(default="", max_length=5000)


class EvidenceOut(BaseModel):
    kind: EvidenceKind
    id: int | None
    url: str | None
    title: str


class TaskOut(BaseModel):
    key: str
    title: str
    required: bool
    done: bool
    note: str
    evidence: list[EvidenceOut]


class StageOut(BaseModel):
    key: str
    title: str
    status: StageStatus
    comment: str
    tasks: list[TaskOut]


class JourneySummary(BaseModel):
    id: int
    template: str
    title: str
    language: str
    coach_city: str
    coachee_city: str
    starts_on: dt.date
    status: JourneyStatus
    progress: int = Field(
        ge=0, le=100, description="Per cent of the tasks done; approved stages count whole."
    )


class JourneyOut(JourneySummary):
    stages: list[StageOut]
    sessions: list[SessionListItem]
    created_at: dt.datetime
    completed_at: dt.datetime | None


class JourneyPage(BaseModel):
    items: list[JourneySummary]
    total: int
    page: int
    per_page: int
