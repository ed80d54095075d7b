"""The outbox knows no domain: any recipient, any text, any scheduled job."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import select

from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.core.i18n import Language, current_language
from polylog.notifications import service as notifications
from polylog.notifications import worker
from polylog.notifications.models import OutboxMessage
from tests.notifications.conftest import Reader, World
from tests.notifications.test_worker import Recorder

GREETINGS = {"en": "Hello", "tr": "Merhaba", "fa": "سلام", "fi": "Hei"}


def _greeting(language: Language) -> tuple[str, str]:
    # The renderer runs in the recipient's language.
    assert current_language() == language
    return f"{GREETINGS[language]}\nsubject", f"{GREETINGS[language]}, world\n"


def test_a_message_is_rendered_in_the_recipients_language_and_queued_once(
    world: World,
) -> None:
    user = world.user("fa")
    reader = Reader(user.id, user.email, user.display_name, "fa")
    with world.database.transaction() as db:
        for _attempt in range(2):
            notifications.notify(
                db, recipient=reader, kind="greeting", render=_greeting, dedupe_key="hello:1"
            )

    with world.database.transaction(write=False) as db:
        queued = db.scalars(select(OutboxMessage)).all()
        assert notifications.queued(db, ["hello:1", "hello:2"]) == {"hello:1"}
    assert len(queued) == 1
    assert queued[0].language == "fa"
    assert queued[0].subject == "سلام subject"  # one line, whatever the renderer wrote
    assert queued[0].body_text == "سلام, world\n"


@pytest.fixture
def greeting_job(world: World) -> Iterator[list[datetime]]:
    user = world.user("fi")
    reader = Reader(user.id, user.email, user.display_name, "fi")
    runs: list[datetime] = []

    def greet(database: Database, _settings: Settings, now: datetime) -> int:
        runs.append(now)
        with database.transaction() as db:
            notifications.notify(
                db,
                recipient=reader,
                kind="greeting",
                render=_greeting,
                dedupe_key="daily",
                not_before=now,  # due in this very round
            )
        return 1

    notifications.register_job("test_greeting", greet)
    yield runs
    notifications._jobs.pop("test_greeting")


def test_a_registered_job_runs_before_each_delivery_round(
    world: World, settings: Settings, greeting_job: list[datetime]
) -> None:
    recorder = Recorder()

    assert worker.run_once(world.database, settings, sender=recorder) == 1

    assert len(greeting_job) == 1
    assert [str(email["Subject"]) for email in recorder.sent] == ["Hei subject"]
