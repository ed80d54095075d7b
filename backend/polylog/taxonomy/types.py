"""Schema field types for tagging content with SDGs and themes."""

from __future__ import annotations

from typing import Annotated, TypeVar

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from polylog.taxonomy.service import theme_keys


def _known_theme(value: str) -> str:
    if value not in theme_keys():
        raise PydanticCustomError("theme", "Unknown theme {theme}.", {"theme": value})
    return value


T = TypeVar("T")


def _distinct(values: list[T]) -> list[T]:
    return list(dict.fromkeys(values))


SdgNumber = Annotated[int, Field(ge=1, le=17)]
ThemeKey = Annotated[str, Field(max_length=64), AfterValidator(_known_theme)]
SdgList = Annotated[list[SdgNumber], Field(max_length=17), AfterValidator(_distinct)]
ThemeList = Annotated[list[ThemeKey], Field(max_length=20), AfterValidator(_distinct)]
