"""How a practice is found: its Markdown texts as plain text, its SDGs, themes and city."""

from __future__ import annotations

from polylog.core import markdown
from polylog.practices.models import Practice
from polylog.search import service as search

KIND = "practice"
_BODY_FIELDS = ("problem", "solution", "results", "lessons", "transferability")


def _plain(markdown_text: str) -> str:
    return markdown.plain_text(markdown_text, limit=len(markdown_text) + 1) if markdown_text else ""


def to_document(practice: Practice) -> search.Document:
    return search.Document(
        kind=KIND,
        id=practice.id,
        city_id=practice.city_id,
        original_language=practice.original_language,
        texts={
            language: (
                text.title,
                search.joined(*(_plain(getattr(text, name)) for name in _BODY_FIELDS)),
            )
            for language, text in practice.translations.items()
        },
        sdgs=practice.sdgs,
        themes=practice.themes,
    )
