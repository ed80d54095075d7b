from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, Field

from polylog.content.schemas import HostedItemFields, ItemText, ItemUpdate
from polylog.core.i18n import Language
from polylog.core.types import Id
from polylog.peer_sessions.schemas import SessionListItem

SessionIds = Annotated[list[Id], Field(min_length=1, max_length=50)]


class TrackText(ItemText):
    description: str = Field(default="", max_length=10000)


class TrackCreate(HostedItemFields):
    translations: dict[Language, TrackText] = Field(min_length=1)
    session_ids: SessionIds = Field(description="Sessions hosted by the same city.")
    required_sessions: int = Field(ge=1, le=50, description="Attended at least this many.")


class TrackUpdate(ItemUpdate):
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
