from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class RevisionAuthor(BaseModel):
    id: int
    display_name: str


class RevisionOut(BaseModel):
    version: int
    changed_at: datetime
    changed_by: RevisionAuthor | None
    changed_fields: list[str]
    snapshot: dict[str, object]
