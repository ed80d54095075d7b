"""How an initiative is found: its texts, SDGs, themes and city as a search document."""

from __future__ import annotations

from polylog.initiatives.models import Initiative
from polylog.search import service as search

KIND = "initiative"


def to_document(initiative: Initiative) -> search.Document:
    return search.Document(
        kind=KIND,
        id=initiative.id,
        city_id=initiative.city_id,
        original_language=initiative.original_language,
        texts={
            language: (text.title, search.joined(text.summary, text.description, text.purpose))
            for language, text in initiative.translations.items()
        },
        sdgs=initiative.sdgs,
        themes=initiative.themes,
    )
