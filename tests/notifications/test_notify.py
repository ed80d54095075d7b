"""Messages are written in the recipient's language and queued with the change they report."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from polylog.accounts.models import User
from polylog.core.db import Database, utcnow
from polylog.core.i18n import current_language, using_language
from polylog.notifications import repository
from polylog.notifications.models import OutboxMessage
from polylog.peer_sessions import messages
from polylog.peer_sessions.messages import MessageKind
from tests.notifications.conftest import TITLES, World, load_session


def _queue(
    world: World, *, language: str = "en", kind: str = "booking_confirmed", **extra: object
) -> OutboxMessage:
    recipient = world.user(language)  # type: ignore[arg-type]
    session_id = world.peer_session()
    with world.database.transaction() as session:
        context = messages.session_context(
            load_session(session, session_id),
            seats=2,
            position=3,
            base_url="https://polylog.example",
        )
        messages.notify(
            session,
            recipient=recipient,
            kind=kind,
            context=context | extra,
            dedupe_key=f"{kind}:{session_id}:{recipient.id}",
        )
    with world.database.transaction(write=False) as session:
        return session.scalars(
            select(OutboxMessage).where(OutboxMessage.user_id == recipient.id)
        ).one()


def _notify_about(
    session: Session,
    session_id: int,
    recipient: User,
    kind: str,
    not_before: datetime | None = None,
) -> None:
    """Queues a `kind` message about the peer session in the caller's transaction, all of them
    under one dedupe key: what a test queues twice is one message."""
    context = messages.session_context(load_session(session, session_id))
    messages.notify(
        session,
        recipient=recipient,
        kind=kind,
        context=context,
        dedupe_key="k",
        not_before=not_before,
    )


def _count(database: Database) -> int:
    with database.transaction(write=False) as session:
        return session.scalar(select(func.count()).select_from(OutboxMessage)) or 0


def test_a_persian_reader_gets_persian_text_and_a_solar_hijri_date(world: World) -> None:
    message = _queue(world, language="fa")

    assert message.language == "fa"
    assert message.subject == "رزرو شما تأیید شد: همایش همتای پیگیری برنامهٔ اقلیمی"
    assert "«همایش همتای پیگیری برنامهٔ اقلیمی»" in message.body_text
    assert "سالو" in message.body_text  # the host city in Persian
    assert "۱۴۰" in message.body_text  # a Solar Hijri year (14xx), in Persian digits
    assert "۲ نفر" in message.body_text  # seats in Persian digits
    assert "https://polylog.example/sessions/" in message.body_text
    assert "https://meet.example.org" not in message.body_text  # only given when asked for
    # Each line is marked right-to-left, even the greeting that starts with a Latin name.
    lines = [line for line in message.body_text.splitlines() if line and line != "-- "]
    assert all(line.startswith("\u200f") for line in lines)


def test_a_turkish_reader_without_a_turkish_title_gets_the_english_one(world: World) -> None:
    message = _queue(world, language="tr")

    assert (
        message.subject
        == "Rezervasyonunuz onaylandı: Peer forum on following up the climate programme"
    )
    assert message.body_text.startswith("Sayın person")
    assert "Ev sahibi şehir: Salo" in message.body_text
    assert "(Finlandiya Saati)" in message.body_text


def test_a_waitlisted_reader_is_told_the_position(world: World) -> None:
    message = _queue(world, language="fi", kind="booking_waitlisted")

    assert message.subject == "Varaus jonossa: Ilmasto-ohjelman seurannan vertaisfoorumi"
    assert "jonossa sijalla 3" in message.body_text


@pytest.mark.parametrize("kind", list(MessageKind))
@pytest.mark.parametrize("language", ["en", "tr", "fa", "fi"])
def test_every_kind_renders_in_every_language(kind: MessageKind, language: str) -> None:
    recipient = User(email="a@example.org", display_name="Aino", preferred_language=language)
    context = {
        "session_id": 7,
        "titles": TITLES,
        "original_language": "fi",
        "starts_at": datetime(2027, 1, 14, 8, 0, tzinfo=UTC),
        "timezone": "Europe/Helsinki",
        "city_names": {"en": "Salo", "tr": "Salo", "fa": "سالو", "fi": "Salo"},
        "venue": "Salon kaupungintalo",
        "online_url": "https://meet.example.org/x",
        "seats": 3,
        "position": 2,
        "base_url": "https://polylog.example/",
    }

    shown_language, subject, body = messages.render(recipient=recipient, kind=kind, context=context)

    assert shown_language == language
    assert "{" not in subject + body
    assert "\n" not in subject
    assert "https://polylog.example/sessions/7\n" in body
    assert ("https://meet.example.org/x" in body) == (
        kind not in (MessageKind.SESSION_CANCELLED, MessageKind.BOOKING_WAITLISTED)
    )


def test_the_same_dedupe_key_queues_one_message(world: World) -> None:
    recipient = world.user()
    session_id = world.peer_session()
    with world.database.transaction() as session:
        for _ in range(2):
            _notify_about(session, session_id, recipient, "session_changed")
    with world.database.transaction() as session:
        _notify_about(session, session_id, recipient, "session_changed")

    assert _count(world.database) == 1


def test_a_message_is_queued_only_if_its_change_is_committed(world: World) -> None:
    recipient = world.user()
    session_id = world.peer_session()

    def failing_booking() -> None:
        with world.database.transaction() as session:
            _notify_about(session, session_id, recipient, "session_cancelled")
            raise RuntimeError("the booking failed")

    with pytest.raises(RuntimeError):
        failing_booking()

    assert _count(world.database) == 0


def test_a_message_can_wait_until_later(world: World) -> None:
    later = utcnow() + timedelta(hours=5)
    recipient = world.user()
    session_id = world.peer_session()
    with world.database.transaction() as session:
        _notify_about(session, session_id, recipient, "session_reminder", not_before=later)
    with world.database.transaction(write=False) as session:
        queued = session.scalars(select(OutboxMessage)).one()

    assert abs(queued.not_before - later) < timedelta(seconds=1)


def test_an_unknown_kind_is_a_programming_error(world: World) -> None:
    recipient = world.user()
    with world.database.transaction() as session, pytest.raises(ValueError, match="newsletter"):
        messages.notify(session, recipient=recipient, kind="newsletter", context={}, dedupe_key="k")


def test_two_transactions_queueing_the_same_message_store_it_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check comes first; the unique key settles a race the check cannot see."""
    inserted: list[bool] = []
    add = repository.add_unless_queued

    def recording_add(session: Session, **values: object) -> bool:
        inserted.append(add(session, **values))
        return inserted[-1]

    monkeypatch.setattr(repository, "add_unless_queued", recording_add)
    recipient = world.user()
    session_id = world.peer_session()
    with world.database.transaction(write=False) as session:
        context = messages.session_context(load_session(session, session_id))
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with world.database.transaction() as session:
                messages.notify(
                    session,
                    recipient=recipient,
                    kind="session_changed",
                    context=context,
                    dedupe_key="race",
                )
        except BaseException as error:
            errors.append(error)

    with world.database.transaction() as session:
        messages.notify(
            session, recipient=recipient, kind="session_changed", context=context, dedupe_key="race"
        )
        other = threading.Thread(target=second)
        other.start()
        time.sleep(0.3)  # the other transaction now waits on ours
    other.join(timeout=20)

    assert errors == []
    assert _count(world.database) == 1
    if world.database.is_sqlite:
        # Writers take turns: the second one's check already sees the first message.
        assert inserted == [True]
    else:
        # Both checks saw nothing; the second insert waited for the first, then did nothing.
        assert inserted == [True, False]


def test_the_recipients_language_is_used_only_while_rendering() -> None:
    before = current_language()
    with using_language("fa") as language:
        assert language == current_language() == "fa"
    with using_language("xx") as language:
        assert language == "en"
    assert current_language() == before
