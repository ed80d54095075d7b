from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from polylog.core.i18n import Language
from polylog.core.types import CleanText, Id, Slug, Version
from polylog.peer_sessions.schemas import SessionListItem

Title = Annotated[CleanText, Field(min_length=3, max_length=200)]
SessionIds = Annotated[list[Id], Field(min_length=1, max_length=50)]


class TrackText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title
    description: str = Field(default="", max_length=10000)


class TrackCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host_city: Slug
    original_language: Language | None = Field(
        default=None, description="Defaults to the host city's language, if given, else the first."
    )
    translations: dict[Language, TrackText] = Field(min_length=1)
    session_ids: SessionIds = Field(description="Sessions hosted by the same city.")
    required_sessions: int = Field(ge=1, le=50, description="Attended at least this many.")


class TrackUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Version | None = Field(
        default=None, description="The version edited (or send If-Match)."
    )
    translations: dict[Language, TrackText | None] | None = None
    session_ids: SessionIds | None = None
    required_sessions: int | None = Field(default=None, ge=1, le=50)


class TrackOut(BaseModel):
    id: int
    host_city: str
    title: str
    description: str
    language: str
    languages: list[str]
    original_language: str
    translations: dict[str, TrackText]
    session_ids: list[int]
    sessions: list[SessionListItem]
    required_sessions: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted: bool


class MyTrack(BaseModel):
    id: int
    host_city: str
    title: str
    language: str
    sessions: int
    attended: int
    required_sessions: int
    complete: bool = Field(description="Whether the certificate can be downloaded.")


class TrackPage(BaseModel):
    items: list[TrackOut]
    total: int
    page: int
    per_page: int
