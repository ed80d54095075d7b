"""The messages a session's participants get, in each recipient's language.

Booking confirmed, waitlisted, promoted from the waitlist; the session changed,
cancelled, or about to start. Every message about a session is built from one
context (``session_context``), so each says when and where the session is, and
confirmed participants also get the link to join online.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from polylog.core.config import get_settings
from polylog.core.dates import format_instant
from polylog.core.i18n import Language, format_number, ngettext
from polylog.core.i18n import gettext as _
from polylog.core.translations import pick_language
from polylog.notifications import service as notifications
from polylog.notifications.service import Recipient
from polylog.peer_sessions.models import PeerSession


class MessageKind(enum.StrEnum):
    BOOKING_CONFIRMED = "booking_confirmed"
    BOOKING_WAITLISTED = "booking_waitlisted"
    WAITLIST_PROMOTED = "waitlist_promoted"
    SESSION_CHANGED = "session_changed"
    SESSION_CANCELLED = "session_cancelled"
    SESSION_REMINDER = "session_reminder"


def session_path(session_id: int) -> str:
    """Where the web app shows a session."""
    return f"/sessions/{session_id}"


def session_context(
    peer_session: PeerSession,
    *,
    seats: int | None = None,
    position: int | None = None,
    include_online_url: bool = False,
    base_url: str | None = None,
) -> dict[str, Any]:
    """What every message about ``peer_session`` needs; translations and host_city must be loaded.

    Pass ``include_online_url`` only for people with confirmed seats: the link is theirs.
    """
    return {
        "session_id": peer_session.id,
        "titles": {
            language: translation.title
            for language, translation in peer_session.translations.items()
        },
        "original_language": peer_session.original_language,
        "starts_at": peer_session.starts_at,
        "timezone": peer_session.timezone,
        "city_names": dict(peer_session.host_city.names),
        "venue": peer_session.venue,
        "online_url": peer_session.online_url if include_online_url else None,
        "seats": seats,
        "position": position,
        "base_url": base_url,
    }


def notify(
    db: Session,
    *,
    recipient: Recipient,
    kind: str,
    context: Mapping[str, Any],
    dedupe_key: str,
    not_before: datetime | None = None,
) -> None:
    """Queue a message of ``kind`` about a session for ``recipient``, once per ``dedupe_key``.

    ``context`` holds ``session_id``, ``titles`` ({language: title}), optionally
    ``original_language``, ``starts_at`` (aware), ``timezone`` (the host's),
    ``city_names`` ({language: name}), and where they apply ``seats``, ``position``
    (in the waitlist), ``venue``, ``online_url`` and ``base_url`` (else the
    configured public URL). ``session_context`` builds it from a session.
    """
    message_kind = MessageKind(kind)
    notifications.notify(
        db,
        recipient=recipient,
        kind=message_kind.value,
        render=lambda language: _render(message_kind, _Facts.collect(recipient, context, language)),
        dedupe_key=dedupe_key,
        not_before=not_before,
    )


def render(
    *, recipient: Recipient, kind: str, context: Mapping[str, Any]
) -> tuple[Language, str, str]:
    """The language, subject and plain-text body of a message, as ``notify`` stores them."""
    message_kind = MessageKind(kind)
    return notifications.rendered(
        recipient,
        lambda language: _render(message_kind, _Facts.collect(recipient, context, language)),
    )


# --- rendering ----------------------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    name: str
    title: str
    start: str
    city: str
    url: str
    seats: int
    position: int | None
    venue: str | None
    online_url: str | None

    @classmethod
    def collect(
        cls, recipient: Recipient, context: Mapping[str, Any], language: Language
    ) -> _Facts:
        titles: Mapping[str, str] = context["titles"]
        title_language = pick_language(
            titles,
            requested=language,
            original=context.get("original_language") or next(iter(titles)),
        )
        names: Mapping[str, str] = context["city_names"]
        city_language = pick_language(names, requested=language, original=next(iter(names)))
        base_url = context.get("base_url") or get_settings().public_url
        return cls(
            name=recipient.display_name,
            title=titles[title_language],
            start=format_instant(
                context["starts_at"], timezone=context["timezone"], language=language
            ),
            city=names[city_language],
            url=base_url.rstrip("/") + session_path(int(context["session_id"])),
            seats=int(context.get("seats") or 1),
            position=context.get("position"),
            venue=context.get("venue") or None,
            online_url=context.get("online_url") or None,
        )


def _subject(kind: MessageKind, facts: _Facts) -> str:
    match kind:
        case MessageKind.BOOKING_CONFIRMED:
            subject = _("Booking confirmed: {title}")
        case MessageKind.BOOKING_WAITLISTED:
            subject = _("On the waitlist: {title}")
        case MessageKind.WAITLIST_PROMOTED:
            subject = _("Seats became free: {title}")
        case MessageKind.SESSION_CHANGED:
            subject = _("Session changed: {title}")
        case MessageKind.SESSION_CANCELLED:
            subject = _("Session cancelled: {title}")
        case MessageKind.SESSION_REMINDER:
            subject = _("Reminder: {title}")
    # One line, whatever the title holds: a header cannot carry line breaks.
    return " ".join(subject.format(title=facts.title).split())[:300]


def _opening(kind: MessageKind, facts: _Facts) -> str:
    match kind:
        case MessageKind.BOOKING_CONFIRMED:
            text = ngettext(
                "Your booking for “{title}” is confirmed: {seats} seat.",
                "Your booking for “{title}” is confirmed: {seats} seats.",
                facts.seats,
            )
        case MessageKind.BOOKING_WAITLISTED:
            text = ngettext(
                "“{title}” is full, so your booking for {seats} seat is on the waitlist, "
                "at position {position}.",
                "“{title}” is full, so your booking for {seats} seats is on the waitlist, "
                "at position {position}.",
                facts.seats,
            )
            text += " " + _("We will write to you as soon as seats become free.")
        case MessageKind.WAITLIST_PROMOTED:
            text = ngettext(
                "Seats became free in “{title}”: your booking for {seats} seat is now confirmed.",
                "Seats became free in “{title}”: your booking for {seats} seats is now confirmed.",
                facts.seats,
            )
        case MessageKind.SESSION_CHANGED:
            text = _("The organiser has changed “{title}”. These are the details now.")
        case MessageKind.SESSION_CANCELLED:
            text = _(
                "The organiser has cancelled “{title}”. Your booking is cancelled with it; "
                "there is nothing more you need to do."
            )
        case MessageKind.SESSION_REMINDER:
            text = _("A reminder: “{title}” starts soon.")
    return text.format(
        title=facts.title,
        seats=format_number(facts.seats),
        position=format_number(facts.position or 1),
    )


def _render(kind: MessageKind, facts: _Facts) -> tuple[str, str]:
    details = [
        _("When: {start}").format(start=facts.start),
        _("Host city: {city}").format(city=facts.city),
    ]
    if facts.venue:
        details.append(_("Where: {venue}").format(venue=facts.venue))
    if facts.online_url and kind not in (
        MessageKind.SESSION_CANCELLED,
        MessageKind.BOOKING_WAITLISTED,
    ):
        details.append(_("Join online: {online_url}").format(online_url=facts.online_url))
    details.append(_("Details: {url}").format(url=facts.url))
    body = notifications.letter(
        name=facts.name,
        opening=_opening(kind, facts),
        details=details,
        closing=[
            _(
                "You receive this message because you booked a seat in a peer-learning session on Polylog."
            )
        ],
    )
    return _subject(kind, facts), body
