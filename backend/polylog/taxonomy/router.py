from __future__ import annotations

from fastapi import APIRouter

from polylog.core.i18n import current_language
from polylog.taxonomy import service
from polylog.taxonomy.schemas import SdgOut, ThemeOut

router = APIRouter(tags=["taxonomy"])


@router.get("/sdgs")
def list_sdgs() -> list[SdgOut]:
    language = current_language()
    return [
        SdgOut(number=goal.number, title=goal.titles[language], color=goal.color)
        for goal in service.sdgs()
    ]


@router.get("/themes")
def list_themes() -> list[ThemeOut]:
    language = current_language()
    return [ThemeOut(key=theme.key, label=theme.labels[language]) for theme in service.themes()]
