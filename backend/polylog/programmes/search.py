"""How programmes and actions are found: their titles, and a programme's summary or an
action's description."""

from __future__ import annotations

from polylog.content.models import Translation


def programme_body(text: Translation) -> str:
    return text.summary


def action_body(text: Translation) -> str:
    return text.description
