"""What participants are told, in their own language, when a session changes or is cancelled."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from polylog.accounts.models import Role
from polylog.core.db import Database
from polylog.core.i18n import Language, using_language
from polylog.core.i18n import gettext as _
from polylog.notifications.models import OutboxMessage
from polylog.peer_sessions import messages
from polylog.peer_sessions.messages import MessageKind
from polylog.peer_sessions.models import PeerSession
from polylog.peer_sessions.repository import SESSIONS
from tests.factories import Person, created, make_city, make_person, session_payload
from tests.notifications.conftest import Reader

SESSIONS_URL = "/api/v1/sessions"
LANGUAGES: tuple[Language, ...] = ("en", "tr", "fa", "fi")
NEW_VENUE = "Salon kirjasto, Kirjastokatu 1"
NEW_LINK = "https://meet.example.org/salo-forum-2"


def _line(language: Language, message: str, **values: str) -> str:
    with using_language(language):
        return _(message).format(**values)


def _outbox(database: Database, kind: str) -> dict[str, OutboxMessage]:
    """The messages of ``kind``, by the recipient's e-mail address."""
    with database.transaction(write=False) as db:
        found = db.scalars(select(OutboxMessage).where(OutboxMessage.kind == kind)).all()
        return {message.to_address: message for message in found}


@pytest.fixture
def organiser(client: TestClient, database: Database) -> Person:
    return make_person(client, database, roles={make_city(database, "salo"): [Role.ORGANISER]})


def _participants(client: TestClient, database: Database, session_id: int) -> list[Person]:
    people = []
    for language in LANGUAGES:
        person = make_person(client, database, language=language)
        booked = client.post(
            f"{SESSIONS_URL}/{session_id}/bookings", json={"seats": 1}, headers=person.headers
        )
        assert booked.status_code == 201, booked.text
        people.append(person)
    return people


def test_a_new_venue_and_link_reach_each_participant_in_their_language(
    client: TestClient, database: Database, organiser: Person
) -> None:
    scheduled = created(client, SESSIONS_URL, session_payload(capacity=4), organiser)
    people = _participants(client, database, scheduled["id"])
    waiting = make_person(client, database, language="fi")
    client.post(
        f"{SESSIONS_URL}/{scheduled['id']}/bookings", json={"seats": 1}, headers=waiting.headers
    )

    changed = client.patch(
        f"{SESSIONS_URL}/{scheduled['id']}",
        json={"venue": NEW_VENUE, "online_url": NEW_LINK, "version": scheduled["version"]},
        headers=organiser.headers,
    )

    assert changed.status_code == 200, changed.text
    sent = _outbox(database, MessageKind.SESSION_CHANGED)
    for person, language in zip(people, LANGUAGES, strict=True):
        body = sent[person.email].body_text
        assert sent[person.email].language == language
        assert _line(language, "Where: {venue}", venue=NEW_VENUE) in body
        assert _line(language, "Join online: {online_url}", online_url=NEW_LINK) in body
    # The link is for confirmed participants only; the waitlist hears where, not how to join.
    assert _line("fi", "Where: {venue}", venue=NEW_VENUE) in sent[waiting.email].body_text
    assert NEW_LINK not in sent[waiting.email].body_text


def test_an_edit_that_changes_no_time_or_place_sends_nothing(
    client: TestClient, database: Database, organiser: Person
) -> None:
    scheduled = created(client, SESSIONS_URL, session_payload(), organiser)
    _participants(client, database, scheduled["id"])[:1]

    client.patch(
        f"{SESSIONS_URL}/{scheduled['id']}",
        json={"themes": ["energy"], "version": scheduled["version"]},
        headers=organiser.headers,
    )

    assert _outbox(database, MessageKind.SESSION_CHANGED) == {}


def test_cancelling_tells_everyone_booked_without_a_link(
    client: TestClient, database: Database, organiser: Person
) -> None:
    scheduled = created(client, SESSIONS_URL, session_payload(capacity=4), organiser)
    people = _participants(client, database, scheduled["id"])

    client.post(f"{SESSIONS_URL}/{scheduled['id']}/cancel", headers=organiser.headers)

    sent = _outbox(database, MessageKind.SESSION_CANCELLED)
    assert sorted(sent) == sorted(person.email for person in people)
    assert all("https://meet.example.org" not in m.body_text for m in sent.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_built_from_a_session_says_when_and_where(
    client: TestClient, database: Database, organiser: Person, language: Language
) -> None:
    scheduled = created(client, SESSIONS_URL, session_payload(), organiser)
    with database.transaction(write=False) as db:
        peer_session = SESSIONS.get(db, scheduled["id"])
        assert isinstance(peer_session, PeerSession)
        context = messages.session_context(
            peer_session, seats=2, position=1, include_online_url=True
        )
    reader = Reader(1, "aino@example.org", "Aino", language)

    for kind in MessageKind:
        shown, subject, body = messages.render(recipient=reader, kind=kind, context=context)

        assert shown == language
        assert subject
        assert "{" not in subject + body
        assert _line(language, "Where: {venue}", venue="Salon kaupungintalo") in body
        assert f"/sessions/{scheduled['id']}" in body
