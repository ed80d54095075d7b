"""The 17 SDGs and the themes: reviewed data files shipped with the package."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from polylog.core.i18n import SUPPORTED_LANGUAGES

_DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Sdg:
    number: int
    color: str
    titles: dict[str, str]
    synonyms: dict[str, list[str]]


@dataclass(frozen=True)
class Theme:
    key: str
    labels: dict[str, str]
    synonyms: dict[str, list[str]]


def _check_languages(texts: Mapping[str, str], what: str) -> None:
    missing = [lang for lang in SUPPORTED_LANGUAGES if not texts.get(lang)]
    if missing:
        raise ValueError(f"{what} lacks {', '.join(missing)}")


@cache
def sdgs() -> tuple[Sdg, ...]:
    raw = json.loads((_DATA / "sdgs.json").read_text(encoding="utf-8"))
    goals = tuple(Sdg(**item) for item in raw)
    if [goal.number for goal in goals] != list(range(1, 18)):
        raise ValueError("sdgs.json must list goals 1 to 17 in order")
    for goal in goals:
        _check_languages(goal.titles, f"SDG {goal.number}")
    return goals


@cache
def themes() -> tuple[Theme, ...]:
    raw = json.loads((_DATA / "themes.json").read_text(encoding="utf-8"))
    items = tuple(Theme(**item) for item in raw)
    for theme in items:
        _check_languages(theme.labels, f"theme {theme.key}")
    return items


@cache
def theme_keys() -> frozenset[str]:
    return frozenset(theme.key for theme in themes())
