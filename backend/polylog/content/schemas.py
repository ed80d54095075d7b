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


class DeletedItem(BaseModel):
    kind: str
    id: int
    title: str
    language: str
    city: str
    deleted_at: datetime


class DeletedPage(BaseModel):
    items: list[DeletedItem]
    total: int
    page: int
    per_page: int
