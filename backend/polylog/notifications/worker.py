"""Delivery of the outbox, after the scheduled jobs (reminders, digests) have run.

Any number of workers may run (a thread in each ``polylog serve``, or
``polylog worker`` processes): a message is claimed by one UPDATE that only
succeeds for one of them, delivered outside any transaction, then marked sent.
A claim not settled within ``CLAIM_TIMEOUT`` (the worker died) is taken over.
Failures are retried with exponential back-off, up to ``outbox_max_attempts``.

Without an SMTP host, messages are written as ``.eml`` files into the outbox
directory, which is what development and the demo use.
"""

from __future__ import annotations

import logging
import os
import re
import smtplib
import ssl
import tempfile
import threading
from abc import ABC, abstractmethod
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from types import TracebackType
from typing import Self

from polylog.core.config import Settings
from polylog.core.db import Database, utcnow
from polylog.notifications import repository, service
from polylog.notifications.models import OutboxMessage

logger = logging.getLogger(__name__)

CLAIM_TIMEOUT = timedelta(minutes=5)
BATCH_SIZE = 50
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)


class Sender(ABC):
    """Delivers e-mails; used as a context manager around one batch, which ``close`` ends."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:  # noqa: B027 - a sender without a connection has nothing to close
        """Lets go of what the batch held (a connection)."""

    @abstractmethod
    def send(self, email: EmailMessage) -> None:
        """Hands one message to the mail system (or writes it down)."""


class SmtpSender(Sender):
    """One SMTP connection per batch, opened on the first message."""

    def __init__(self, settings: Settings) -> None:
        assert settings.smtp_host
        self._settings = settings
        self._host = settings.smtp_host
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        settings = self._settings
        smtp = smtplib.SMTP(self._host, settings.smtp_port, timeout=30)
        try:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_username:
                password = (
                    settings.smtp_password.get_secret_value() if settings.smtp_password else ""
                )
                smtp.login(settings.smtp_username, password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None

    def send(self, email: EmailMessage) -> None:
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            self._smtp.send_message(email)
        except (smtplib.SMTPServerDisconnected, OSError):
            # The next message gets a fresh connection.
            self._smtp.close()
            self._smtp = None
            raise


class DirectorySender(Sender):
    """Writes each message as an ``.eml`` file: for development, demos and tests."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def __enter__(self) -> Self:
        self.directory.mkdir(parents=True, exist_ok=True)
        return self

    def send(self, email: EmailMessage) -> None:
        name = re.sub(r"[^A-Za-z0-9._-]", "_", str(email["Message-ID"]).strip("<> "))
        data = email.as_bytes()
        # Written whole or not at all: a reader never sees half a message.
        handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, self.directory / f"{name}.eml")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def sender_for(settings: Settings) -> Sender:
    if settings.smtp_host:
        return SmtpSender(settings)
    return DirectorySender(settings.outbox_dir)


# --- the e-mail -----------------------------------------------------------------


def _mail_domain(settings: Settings) -> str:
    address = parseaddr(settings.smtp_from)[1]
    return address.rpartition("@")[2] or "polylog.invalid"


def compose(message: OutboxMessage, settings: Settings) -> EmailMessage:
    email = EmailMessage()
    email["From"] = settings.smtp_from
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Date"] = format_datetime(message.created_at)
    # Stable across retries, so a receiver can recognise a message delivered twice.
    stamp = int(message.created_at.timestamp())
    email["Message-ID"] = f"<outbox.{message.id}.{stamp}@{_mail_domain(settings)}>"
    email["Auto-Submitted"] = "auto-generated"
    email.set_content(message.body_text, charset="utf-8")
    # After set_content, which replaces every Content-* header.
    email["Content-Language"] = message.language
    return email


# --- one round --------------------------------------------------------------------


def run_jobs(database: Database, settings: Settings, *, now: datetime) -> int:
    """The registered jobs (reminders, digests), each on its own; a failing one is logged."""
    queued = 0
    for job in service.jobs():
        try:
            queued += job.run(database, settings, now)
        except Exception:
            logger.exception("the job %s failed; it runs again next round", job.name)
    return queued


def claim_due(
    database: Database, settings: Settings, *, now: datetime, limit: int = BATCH_SIZE
) -> list[OutboxMessage]:
    """The due messages this worker now holds; nobody else gets them until the claim expires."""
    stale_before = now - CLAIM_TIMEOUT
    with database.transaction() as session:
        candidates = repository.due_message_ids(
            session,
            now=now,
            stale_before=stale_before,
            max_attempts=settings.outbox_max_attempts,
            limit=limit,
        )
        won = [
            message_id
            for message_id in candidates
            if repository.claim(session, message_id, now=now, stale_before=stale_before)
        ]
        return repository.messages(session, won)


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... minutes after the 1st, 2nd, 3rd, 4th ... failure, at most six hours."""
    doublings = min(max(attempts - 1, 0), 20)
    return min(FIRST_RETRY * (1 << doublings), LONGEST_RETRY)


def _record_failure(
    database: Database, settings: Settings, message: OutboxMessage, error: Exception
) -> None:
    now = utcnow()
    attempts = message.attempts + 1
    description = f"{type(error).__name__}: {error}"[:2000]
    with database.transaction() as session:
        repository.mark_failed(
            session, message.id, error=description, retry_at=now + retry_delay(attempts)
        )
    if attempts >= settings.outbox_max_attempts:
        logger.error(
            "gave up on message %s (%s to user %s) after %s attempts: %s",
            message.id,
            message.kind,
            message.user_id,
            attempts,
            description,
        )
    else:
        logger.warning(
            "message %s not delivered (attempt %s): %s", message.id, attempts, description
        )


def run_once(
    database: Database,
    settings: Settings,
    *,
    sender: Sender | None = None,
    now: datetime | None = None,
) -> int:
    """Run the scheduled jobs, then deliver what is due; returns how many messages were sent."""
    now = now or utcnow()
    run_jobs(database, settings, now=now)
    claimed = claim_due(database, settings, now=now)
    if not claimed:
        return 0
    sent = 0
    with sender or sender_for(settings) as active:
        for message in claimed:
            try:
                active.send(compose(message, settings))
            except Exception as error:
                _record_failure(database, settings, message, error)
                continue
            with database.transaction() as session:
                repository.mark_sent(session, message.id, now=utcnow())
            sent += 1
    logger.info("delivered %s of %s messages", sent, len(claimed))
    return sent


def run_forever(
    database: Database,
    settings: Settings,
    interval: float,
    *,
    stop: threading.Event | None = None,
) -> None:
    """Deliver every ``interval`` seconds until ``stop`` is set; a failed round is logged and retried."""
    stop = stop or threading.Event()
    while not stop.is_set():
        busy = False
        try:
            busy = run_once(database, settings) >= BATCH_SIZE
        except Exception:
            logger.exception("the outbox round failed; trying again in %s s", interval)
        if not busy:
            stop.wait(interval)
