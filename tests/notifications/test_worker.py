"""Delivery: every due message is sent once, failures are retried later, reminders are scheduled."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from polylog.core.config import Settings
from polylog.core.db import Database, utcnow
from polylog.notifications import repository, worker
from polylog.notifications.models import OutboxMessage
from polylog.peer_sessions import messages, reminders
from polylog.peer_sessions.models import BookingStatus
from tests.notifications.conftest import World, load_session


class Recorder(worker.Sender):
    """A sender that keeps what it was given; optionally fails every time."""

    def __init__(self, *, fail: bool = False, pause: float = 0.0) -> None:
        self.sent: list[EmailMessage] = []
        self.fail = fail
        self.pause = pause
        self._lock = threading.Lock()

    def send(self, email: EmailMessage) -> None:
        time.sleep(self.pause)
        if self.fail:
            raise ConnectionRefusedError("the mail server is down")
        with self._lock:
            self.sent.append(email)

    def outbox_ids(self) -> list[int]:
        return [int(str(email["Message-ID"]).split(".")[1]) for email in self.sent]


def _queue_many(world: World, count: int, *, language: str = "en") -> list[int]:
    recipient = world.user(language)  # type: ignore[arg-type]
    session_id = world.peer_session()
    with world.database.transaction() as session:
        context = messages.session_context(load_session(session, session_id), seats=1)
        for number in range(count):
            messages.notify(
                session,
                recipient=recipient,
                kind="booking_confirmed",
                context=context,
                dedupe_key=f"m{number}",
            )
    with world.database.transaction(write=False) as session:
        return list(session.scalars(select(OutboxMessage.id).order_by(OutboxMessage.id)))


def _messages(database: Database) -> list[OutboxMessage]:
    with database.transaction(write=False) as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_due_messages_are_written_as_eml_files_without_an_smtp_host(
    world: World, settings: Settings, tmp_path: Path
) -> None:
    _queue_many(world, 2, language="fa")
    local = settings.model_copy(update={"outbox_dir": tmp_path / "outbox", "smtp_host": None})

    assert worker.run_once(world.database, local) == 2

    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 2
    email = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert str(email["Subject"]).startswith("رزرو شما تأیید شد")
    assert email["Content-Language"] == "fa"
    assert email["To"].addresses[0].addr_spec.endswith("@example.org")
    assert "«همایش همتای پیگیری برنامهٔ اقلیمی»" in email.get_content()
    assert all(message.sent_at is not None for message in _messages(world.database))
    assert worker.run_once(world.database, local) == 0


def test_without_an_smtp_host_the_outbox_directory_is_used(
    settings: Settings, tmp_path: Path
) -> None:
    chosen = worker.sender_for(
        settings.model_copy(update={"smtp_host": None, "outbox_dir": tmp_path})
    )
    assert isinstance(chosen, worker.DirectorySender)
    assert chosen.directory == tmp_path


def test_smtp_delivery_uses_starttls_and_the_account(
    world: World, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, object]] = []

    class FakeSMTP:
        def __init__(self, host: str, port: int, timeout: float) -> None:
            calls.append(("connect", (host, port)))

        def starttls(self, context: object) -> None:
            calls.append(("starttls", None))

        def login(self, user: str, password: str) -> None:
            calls.append(("login", (user, password)))

        def send_message(self, email: EmailMessage) -> None:
            calls.append(("send", email["To"]))

        def quit(self) -> None:
            calls.append(("quit", None))

        def close(self) -> None:
            calls.append(("close", None))

    monkeypatch.setattr(worker.smtplib, "SMTP", FakeSMTP)
    _queue_many(world, 2)
    smtp = Settings(
        database_url=settings.database_url,
        smtp_host="mail.example.org",
        smtp_port=2525,
        smtp_username="polylog",
        smtp_password="secret-password",  # type: ignore[arg-type]
    )

    assert worker.run_once(world.database, smtp) == 2
    assert [name for name, _ in calls] == ["connect", "starttls", "login", "send", "send", "quit"]
    assert calls[0][1] == ("mail.example.org", 2525)
    assert calls[2][1] == ("polylog", "secret-password")


def test_a_failed_delivery_is_retried_later_with_growing_pauses(
    world: World, settings: Settings
) -> None:
    _queue_many(world, 1)
    now = utcnow()

    assert worker.run_once(world.database, settings, sender=Recorder(fail=True), now=now) == 0
    (message,) = _messages(world.database)
    assert message.attempts == 1
    assert message.last_error == "ConnectionRefusedError: the mail server is down"
    assert message.claimed_at is None
    assert message.sent_at is None
    assert message.not_before > now + timedelta(seconds=50)
    # Not due yet: nothing is tried.
    assert worker.run_once(world.database, settings, sender=Recorder(fail=True), now=now) == 0
    assert _messages(world.database)[0].attempts == 1

    recorder = Recorder()
    assert worker.run_once(world.database, settings, sender=recorder, now=message.not_before) == 1
    (delivered,) = _messages(world.database)
    assert delivered.sent_at is not None
    assert delivered.last_error is None


def test_retry_pauses_double_up_to_six_hours() -> None:
    assert [worker.retry_delay(n) for n in (1, 2, 3)] == [
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(minutes=4),
    ]
    assert worker.retry_delay(30) == timedelta(hours=6)


def test_the_worker_gives_up_after_the_last_attempt(
    world: World, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    _queue_many(world, 1)
    limited = settings.model_copy(update={"outbox_max_attempts": 2})
    later = utcnow()
    with caplog.at_level(logging.WARNING, logger="polylog.notifications.worker"):
        for _ in range(2):
            worker.run_once(world.database, limited, sender=Recorder(fail=True), now=later)
            later += timedelta(days=1)
        worker.run_once(world.database, limited, sender=Recorder(fail=True), now=later)

    (message,) = _messages(world.database)
    assert message.attempts == 2
    assert message.sent_at is None
    assert any("gave up on message" in record.message for record in caplog.records)


def test_a_claimed_message_is_not_claimed_again_until_the_claim_is_stale(
    world: World, settings: Settings
) -> None:
    (message_id,) = _queue_many(world, 1)
    now = utcnow()

    assert [m.id for m in worker.claim_due(world.database, settings, now=now)] == [message_id]
    assert worker.claim_due(world.database, settings, now=now + timedelta(minutes=4)) == []
    # The first worker died: after five minutes another one takes over.
    taken_over = worker.claim_due(world.database, settings, now=now + timedelta(minutes=6))
    assert [m.id for m in taken_over] == [message_id]


def test_a_worker_waiting_on_anothers_claim_does_not_get_the_message(
    world: World, settings: Settings
) -> None:
    """Both see the message as due; the UPDATE decides, after the first claim commits."""
    (message_id,) = _queue_many(world, 1)
    now = utcnow()
    stale_before = now - worker.CLAIM_TIMEOUT
    second_result: list[list[OutboxMessage]] = []

    with world.database.transaction() as session:
        assert repository.claim(session, message_id, now=now, stale_before=stale_before)
        other = threading.Thread(
            target=lambda: second_result.append(worker.claim_due(world.database, settings, now=now))
        )
        other.start()
        time.sleep(0.3)  # the other worker is now blocked on our row (or our write lock)
    other.join(timeout=20)

    assert second_result == [[]]


def test_two_workers_never_send_the_same_message(world: World, settings: Settings) -> None:
    ids = _queue_many(world, 30)
    recorder = Recorder(pause=0.005)
    rounds: list[int] = []

    def work() -> None:
        while (sent := worker.run_once(world.database, settings, sender=recorder)) > 0:
            rounds.append(sent)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    sent = Counter(recorder.outbox_ids())
    assert sorted(sent) == ids
    assert set(sent.values()) == {1}
    assert all(message.sent_at is not None for message in _messages(world.database))


# --- reminders -------------------------------------------------------------------


def test_confirmed_bookings_of_sessions_within_a_day_get_one_reminder(
    world: World, settings: Settings
) -> None:
    soon = world.peer_session(starts_in=timedelta(hours=10))
    later = world.peer_session(starts_in=timedelta(hours=30))
    cancelled = world.peer_session(starts_in=timedelta(hours=5), cancelled=True)
    finn, persian, waiting, far = (world.user("fi"), world.user("fa"), world.user(), world.user())
    confirmed = world.book(soon, finn)
    confirmed_fa = world.book(soon, persian)
    world.book(soon, waiting, status=BookingStatus.WAITLISTED)
    world.book(later, far)
    world.book(cancelled, far)
    recorder = Recorder()

    assert worker.run_once(world.database, settings, sender=recorder) == 2
    assert worker.run_once(world.database, settings, sender=recorder) == 0

    messages = _messages(world.database)
    assert {m.dedupe_key for m in messages} == {f"reminder:{confirmed}", f"reminder:{confirmed_fa}"}
    by_language = {m.language: m for m in messages}
    assert by_language["fi"].subject == "Muistutus: Ilmasto-ohjelman seurannan vertaisfoorumi"
    assert "https://meet.example.org/salo-forum" in by_language["fi"].body_text
    assert by_language["fa"].subject == "یادآوری: همایش همتای پیگیری برنامهٔ اقلیمی"


def test_a_session_that_has_started_gets_no_reminder(world: World, settings: Settings) -> None:
    started = world.peer_session(starts_in=timedelta(hours=2))
    world.book(started, world.user())

    assert (
        reminders.schedule_reminders(world.database, settings, utcnow() + timedelta(hours=3)) == 0
    )
    assert _messages(world.database) == []


# --- running ---------------------------------------------------------------------


def test_the_worker_command_delivers_what_is_due(
    world: World, settings: Settings, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from polylog.cli import main

    _queue_many(world, 3)
    result = CliRunner().invoke(
        main,
        ["worker", "--once"],
        env={
            "POLYLOG_DATABASE_URL": settings.database_url,
            "POLYLOG_OUTBOX_DIR": str(tmp_path),
            "POLYLOG_SMTP_HOST": "",
        },
    )

    assert result.exit_code == 0, result.output
    assert "Delivered 3 messages." in result.output
    assert len(list(tmp_path.glob("*.eml"))) == 3


def test_run_forever_keeps_going_after_a_failed_round_until_stopped(
    world: World, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds: list[int] = []
    stop = threading.Event()

    def flaky_round(database: Database, settings: Settings) -> int:
        rounds.append(len(rounds))
        if len(rounds) == 1:
            raise RuntimeError("the database went away")
        if len(rounds) == 3:
            stop.set()
        return 0

    monkeypatch.setattr(worker, "run_once", flaky_round)
    runner = threading.Thread(
        target=worker.run_forever, args=(world.database, settings, 0.01), kwargs={"stop": stop}
    )
    runner.start()
    runner.join(timeout=10)

    assert not runner.is_alive()
    assert rounds == [0, 1, 2]
