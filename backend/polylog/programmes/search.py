"""How programmes and actions are found: their texts, SDGs, themes and city."""

from __future__ import annotations

from polylog.programmes.models import Action, Programme
from polylog.search import service as search


def programme_document(programme: Programme) -> search.Document:
    return search.Document(
        kind="programme",
        id=programme.id,
        city_id=programme.city_id,
        original_language=programme.original_language,
        texts={
            language: (text.title, text.summary)
            for language, text in programme.translations.items()
        },
        sdgs=programme.sdgs,
        themes=programme.themes,
    )


def action_document(action: Action) -> search.Document:
    return search.Document(
        kind="action",
        id=action.id,
        city_id=action.city_id,
        original_language=action.original_language,
        texts={
            language: (text.title, text.description)
            for language, text in action.translations.items()
        },
        sdgs=action.sdgs,
        themes=action.themes,
    )
