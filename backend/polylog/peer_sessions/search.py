"""How a session is found: its texts, SDGs, themes and host city; cancelled ones are not."""

from __future__ import annotations

from polylog.peer_sessions.models import PeerSession
from polylog.search import service as search

KIND = "session"


def to_document(peer_session: PeerSession) -> search.Document:
    return search.Document(
        kind=KIND,
        id=peer_session.id,
        city_id=peer_session.host_city_id,
        original_language=peer_session.original_language,
        texts={
            language: (text.title, text.description or "")
            for language, text in peer_session.translations.items()
        },
        sdgs=peer_session.sdgs,
        themes=peer_session.themes,
    )
