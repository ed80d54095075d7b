from __future__ import annotations

from pydantic import BaseModel


class SdgOut(BaseModel):
    number: int
    title: str
    color: str


class ThemeOut(BaseModel):
    key: str
    label: str
