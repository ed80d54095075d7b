"""How an initiative is found: its title, and its summary, description and purpose."""

from __future__ import annotations

from polylog.content.models import Translation
from polylog.search import service as search

KIND = "initiative"


def body(text: Translation) -> str:
    return search.joined(text.summary, text.description, text.purpose)
