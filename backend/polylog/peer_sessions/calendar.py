"""iCalendar (RFC 5545) files for peer sessions: one session, or everything a person booked.

Each session is one VEVENT with a stable UID, its start and end in the host's
time zone (TZID plus the matching VTIMEZONE), and a SEQUENCE that grows with
every change, so calendar programs replace the event instead of adding another;
a cancelled session is published with STATUS:CANCELLED. No database access
here: give ``SessionEvent`` values, or sessions with translations and host_city
loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from polylog.core.i18n import Language, using_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import pick_language
from polylog.peer_sessions.models import Format, PeerSession

PRODID: Final = "-//Polylog//Peer-learning sessions//EN"
UID_DOMAIN: Final = "polylog"


@dataclass(frozen=True)
class SessionEvent:
    """What a calendar entry shows of one session, already in the reader's language."""

    id: int
    title: str
    title_language: str
    description: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    location: str
    url: str
    version: int
    cancelled: bool
    created_at: datetime
    updated_at: datetime

    @property
    def uid(self) -> str:
        return f"session-{self.id}@{UID_DOMAIN}"


def session_url(base_url: str, session_id: int) -> str:
    return f"{base_url.rstrip('/')}/sessions/{session_id}"


def _location(peer_session: PeerSession, city: str) -> str:
    venue = (peer_session.venue or "").strip()
    if peer_session.format is Format.ONLINE:
        return _("Online")
    if peer_session.format is Format.HYBRID:
        return _("{venue}, and online").format(venue=venue or city)
    return venue or city


def session_event(peer_session: PeerSession, *, language: str, base_url: str) -> SessionEvent:
    """The calendar view of a session (translations and host_city loaded) in ``language``."""
    with using_language(language) as chosen:
        shown = pick_language(
            peer_session.translations, requested=chosen, original=peer_session.original_language
        )
        text = peer_session.translations[shown]
        names = peer_session.host_city.names
        city = names[pick_language(names, requested=chosen, original=next(iter(names)))]
        url = session_url(base_url, peer_session.id)
        description = "\n\n".join(
            part
            for part in (
                text.description.strip(),
                _("Hosted by {city}.").format(city=city),
                _("Details and booking: {url}").format(url=url),
            )
            if part
        )
        return SessionEvent(
            id=peer_session.id,
            title=text.title,
            title_language=shown,
            description=description,
            starts_at=peer_session.starts_at,
            ends_at=peer_session.ends_at,
            timezone=peer_session.timezone,
            location=_location(peer_session, city),
            url=url,
            version=peer_session.version,
            cancelled=peer_session.is_cancelled,
            created_at=peer_session.created_at,
            updated_at=peer_session.updated_at,
        )


def vevent(event: SessionEvent, *, stamp: datetime) -> Event:
    zone = ZoneInfo(event.timezone)
    component = Event()
    component.add("uid", event.uid)
    component.add("dtstamp", stamp.astimezone(UTC))
    component.add("dtstart", event.starts_at.astimezone(zone))
    component.add("dtend", event.ends_at.astimezone(zone))
    component.add("summary", event.title, parameters={"LANGUAGE": event.title_language})
    component.add("description", event.description)
    component.add("location", event.location)
    component.add("url", event.url)
    component.add("sequence", max(event.version - 1, 0))
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    component.add("created", event.created_at.astimezone(UTC))
    component.add("last-modified", event.updated_at.astimezone(UTC))
    return component


def _timezone_range(events: Sequence[SessionEvent]) -> tuple[date, date]:
    """VTIMEZONE rules only for the years the events fall in, so the file stays small."""
    first = min(event.starts_at for event in events) - timedelta(days=366)
    last = max(event.ends_at for event in events) + timedelta(days=366)
    return first.date(), last.date()


def calendar_for_sessions(
    sessions: Iterable[PeerSession | SessionEvent],
    *,
    language: Language | str,
    base_url: str,
    name: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """A VCALENDAR (METHOD:PUBLISH) with one VEVENT per session, as RFC 5545 bytes (CRLF, folded)."""
    events = [
        item
        if isinstance(item, SessionEvent)
        else session_event(item, language=language, base_url=base_url)
        for item in sessions
    ]
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    with using_language(language):
        calendar.add("x-wr-calname", name or _("Polylog peer-learning sessions"))
    for event in events:
        # The event's last change, unless told otherwise: the same file for the same sessions,
        # so a feed only looks changed when a session did.
        calendar.add_component(vevent(event, stamp=now or event.updated_at))
    if events:
        first, last = _timezone_range(events)
        calendar.add_missing_timezones(first_date=first, last_date=last)
        for timezone in calendar.timezones:
            _onsets_in_local_time_before(timezone)
    return bytes(calendar.to_ical())


def _onsets_in_local_time_before(timezone: Timezone) -> None:
    """Onsets as RFC 5545 wants them: the local time just before the change.

    icalendar 7.3 writes the start of summer time as the wall-clock time after the
    jump (04:00 instead of 03:00 in Helsinki), one hour late for a strict reader.
    Each onset is matched to the real transition in zoneinfo and written again.
    """
    zone = ZoneInfo(timezone.tz_name)
    for observance in timezone.subcomponents:
        if not isinstance(observance, TimezoneStandard | TimezoneDaylight):
            continue
        offset_from, offset_to = observance.TZOFFSETFROM, observance.TZOFFSETTO
        if offset_from is None or offset_to is None or offset_from == offset_to:
            continue
        start = observance.DTSTART
        if isinstance(start, datetime):
            observance.DTSTART = _onset(start, zone, offset_from, offset_to)
        if "RDATE" in observance:
            later = [
                _onset(moment, zone, offset_from, offset_to)
                for moment, _ in observance.rdates
                if isinstance(moment, datetime)
            ]
            del observance["RDATE"]
            observance.add("RDATE", later)


def _onset(
    wall: datetime, zone: ZoneInfo, offset_from: timedelta, offset_to: timedelta
) -> datetime:
    for utc_guess in (wall - offset_to, wall - offset_from):
        instant = utc_guess.replace(tzinfo=UTC)
        before = instant - timedelta(seconds=1)
        if (
            instant.astimezone(zone).utcoffset() == offset_to
            and before.astimezone(zone).utcoffset() == offset_from
        ):
            return utc_guess + offset_from
    return wall
