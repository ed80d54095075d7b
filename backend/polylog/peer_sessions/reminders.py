"""A reminder the day before: the job the outbox worker runs before each delivery round."""

from __future__ import annotations

from datetime import datetime, timedelta

from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.notifications import service as notifications
from polylog.peer_sessions import messages, repository

REMINDER_HORIZON = timedelta(hours=24)
REMINDER_KEY_PREFIX = "reminder:"


def _key(booking_id: int) -> str:
    return f"{REMINDER_KEY_PREFIX}{booking_id}"


def schedule_reminders(database: Database, settings: Settings, now: datetime) -> int:
    """A ``session_reminder`` for each confirmed booking of a session starting within 24 hours."""
    with database.transaction() as db:
        starting = repository.confirmed_bookings_starting(db, now=now, until=now + REMINDER_HORIZON)
        reminded = notifications.queued(db, [_key(booking.id) for booking in starting])
        bookings = [booking for booking in starting if _key(booking.id) not in reminded]
        for booking in bookings:
            messages.notify(
                db,
                recipient=booking.user,
                kind=messages.MessageKind.SESSION_REMINDER,
                context=messages.session_context(
                    booking.session,
                    seats=booking.seats,
                    include_online_url=True,
                    base_url=settings.public_url,
                ),
                dedupe_key=_key(booking.id),
                not_before=now,  # due in this very round
            )
        return len(bookings)


notifications.register_job("session_reminders", schedule_reminders)
