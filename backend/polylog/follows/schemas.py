from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from polylog.core.types import CleanText, InputModel
from polylog.follows.models import FollowKind

ChangeType = Literal["initiative", "practice", "session", "programme", "action"]


class FollowCreate(InputModel):
    kind: FollowKind
    key: Annotated[CleanText, Field(max_length=120)] = Field(
        description="A city's slug, an SDG number, a theme key, a series name or a programme id."
    )


class FollowOut(BaseModel):
    id: int
    kind: FollowKind
    key: str
    label: str = Field(description="What is followed, in the reader's language.")
    path: str = Field(description="Where the web app shows it.")
    created_at: dt.datetime


class Change(BaseModel):
    type: ChangeType
    id: int
    title: str
    summary: str
    language: str = Field(description="The language of the title and summary.")
    city: str
    path: str = Field(description="Where the web app shows it.")
    new: bool = Field(description="Published in the period rather than changed.")
    created_at: dt.datetime
    updated_at: dt.datetime


class DigestGroup(BaseModel):
    follow: FollowOut
    items: list[Change] = Field(description="Newest first.")


class DigestOut(BaseModel):
    since: dt.datetime = Field(description="The digest reports what changed after this instant.")
    groups: list[DigestGroup] = Field(description="What is followed; those with news only.")
    total: int
