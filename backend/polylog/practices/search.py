"""How a practice is found: its title, and its Markdown texts as plain text."""

from __future__ import annotations

from polylog.content.models import Translation
from polylog.core import markdown
from polylog.search import service as search

KIND = "practice"
_BODY_FIELDS = ("problem", "solution", "results", "lessons", "transferability")


def _plain(markdown_text: str) -> str:
    return markdown.plain_text(markdown_text, limit=len(markdown_text) + 1) if markdown_text else ""


def body(text: Translation) -> str:
    return search.joined(*(_plain(getattr(text, name)) for name in _BODY_FIELDS))
