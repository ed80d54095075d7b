"""The outbox: messages rendered in the recipient's language, queued in the caller's transaction.

``notify`` runs inside the caller's transaction: the message exists if and only if
the change it reports is committed, and the worker (``worker.py``) delivers it
afterwards. The text is rendered now, in the recipient's preferred language, so
what is delivered is what was true when it happened.

This package knows no domain. A domain owns its message kinds, their texts and
the facts they need; it hands ``notify`` a function that writes the subject and
body in the language it is given. Work that must run on a schedule (reminders,
digests) is registered as a job, which the worker runs before each delivery round.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Protocol

from sqlalchemy.orm import Session

from polylog.core.config import Settings
from polylog.core.db import Database, utcnow
from polylog.core.i18n import RIGHT_TO_LEFT, Language, current_language, using_language
from polylog.core.i18n import gettext as _
from polylog.notifications import repository

logger = logging.getLogger(__name__)


class Recipient(Protocol):
    """Who a message is for: any account with an address, a name and a language."""

    @property
    def id(self) -> int: ...

    @property
    def email(self) -> str: ...

    @property
    def display_name(self) -> str: ...

    @property
    def preferred_language(self) -> str: ...


# Writes (subject, plain-text body) in the language it is given; runs in that language.
Renderer = Callable[[Language], tuple[str, str]]
RLM = "\u200f"
SIGNATURE = "-- "


def plain_text(lines: Sequence[str]) -> str:
    """A plain-text body from its lines, in the current language's direction.

    In a right-to-left language a right-to-left mark opens each line, so that a line
    beginning with a Latin name or address is still laid out right to left by
    plain-text mail readers.
    """
    if current_language() in RIGHT_TO_LEFT:
        lines = [f"{RLM}{line}" if line and line != SIGNATURE else line for line in lines]
    return "\n".join(lines) + "\n"


def letter(*, name: str, opening: str, details: Sequence[str], closing: Sequence[str]) -> str:
    """A message's plain-text body: the greeting, the opening, its details (a line each),
    the signature, and why the reader receives it."""
    return plain_text(
        [_("Hello {name},").format(name=name), "", opening, "", *details, "", SIGNATURE, *closing]
    )


def rendered(recipient: Recipient, render: Renderer) -> tuple[Language, str, str]:
    """The language, subject and body of a message for ``recipient``."""
    with using_language(recipient.preferred_language) as language:
        subject, body = render(language)
    # One line, whatever the subject holds: a header cannot carry line breaks.
    return language, " ".join(subject.split())[:300], body


def notify(
    db: Session,
    *,
    recipient: Recipient,
    kind: str,
    render: Renderer,
    dedupe_key: str,
    not_before: datetime | None = None,
) -> None:
    """Queue a message for ``recipient``, once per ``dedupe_key``."""
    if repository.dedupe_key_exists(db, dedupe_key):
        return
    language, subject, body = rendered(recipient, render)
    added = repository.add_unless_queued(
        db,
        user_id=recipient.id,
        to_address=recipient.email,
        language=language,
        kind=kind,
        subject=subject,
        body_text=body,
        dedupe_key=dedupe_key,
        not_before=not_before or utcnow(),
    )
    if not added:
        logger.info("message %s was queued concurrently; not queued twice", dedupe_key)


def notify_each(
    db: Session,
    *,
    recipients: Iterable[Recipient],
    kind: str,
    render: Callable[[Recipient, Language], tuple[str, str]],
    dedupe_key: str,
) -> None:
    """Queue a message for each of ``recipients`` in their own language, once per
    ``dedupe_key`` and recipient."""
    for recipient in recipients:
        notify(
            db,
            recipient=recipient,
            kind=kind,
            render=partial(render, recipient),
            dedupe_key=f"{dedupe_key}:{recipient.id}",
        )


def queued(db: Session, dedupe_keys: Sequence[str]) -> set[str]:
    """Which of these messages are in the outbox already (queued or sent)."""
    return repository.existing_dedupe_keys(db, dedupe_keys)


# --- scheduled work ------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """Work the worker runs before each delivery round; returns how many messages it queued."""

    name: str
    run: Callable[[Database, Settings, datetime], int]


_jobs: dict[str, Job] = {}


def register_job(name: str, run: Callable[[Database, Settings, datetime], int]) -> None:
    _jobs[name] = Job(name, run)


def jobs() -> list[Job]:
    return list(_jobs.values())
