"""How a session is found: its title and description; cancelled ones are not (see the kind)."""

from __future__ import annotations

from polylog.content.models import Translation

KIND = "session"


def body(text: Translation) -> str:
    return text.description or ""
