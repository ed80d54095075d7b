"""Calendar files: one event per session, in the host's time zone, replaced (not doubled) on change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from ical.calendar_stream import IcsCalendarStream
from ical.event import EventStatus
from icalendar import Calendar, Event, TimezoneDaylight, TimezoneStandard

from polylog.cities.models import City
from polylog.peer_sessions.calendar import SessionEvent, calendar_for_sessions, session_event
from polylog.peer_sessions.models import Format, Kind, PeerSession, PeerSessionTranslation

BASE_URL = "https://polylog.example/"
STAMP = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
SALO = City(
    slug="salo",
    names={"en": "Salo", "tr": "Salo", "fa": "سالو", "fi": "Salo"},
    country_code="FI",
    timezone="Europe/Helsinki",
    default_language="fi",
    latitude=60.38,
    longitude=23.13,
)


def forum(
    *,
    session_id: int = 42,
    version: int = 1,
    cancelled: bool = False,
    format: Format = Format.HYBRID,
    timezone: str = "Europe/Helsinki",
    venue: str | None = "Salon kaupungintalo",
) -> PeerSession:
    """A session as the repository loads it: translations and host city in place."""
    starts_at = datetime(2027, 1, 14, 8, 0, tzinfo=UTC)
    peer_session = PeerSession(
        id=session_id,
        host_city=SALO,
        kind=Kind.FORUM,
        format=format,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        timezone=timezone,
        capacity=40,
        languages=["fi", "en"],
        venue=venue,
        online_url="https://meet.example.org/secret",
        original_language="fi",
        version=version,
        created_at=datetime(2026, 11, 1, tzinfo=UTC),
        updated_at=datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=version),
        cancelled_at=datetime(2026, 12, 1, tzinfo=UTC) if cancelled else None,
    )
    peer_session.translations["fi"] = PeerSessionTranslation(
        language="fi",
        title="Ilmasto-ohjelman seurannan vertaisfoorumi",
        description="Kestävän kaupunkikehityksen foorumi; kaikki tervetulleita, myös verkossa.",
    )
    peer_session.translations["en"] = PeerSessionTranslation(
        language="en",
        title="Peer forum on following up the climate programme",
        description="Sustainable City Development Forum.",
    )
    return peer_session


def _parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def _event(data: bytes) -> Event:
    (event,) = _parse(data).events
    return event


def test_a_session_is_one_event_on_the_hosts_wall_clock_with_its_time_zone() -> None:
    data = calendar_for_sessions([forum()], language="fi", base_url=BASE_URL, now=STAMP)
    calendar = _parse(data)
    event = _event(data)

    assert calendar["PRODID"] == "-//Polylog//Peer-learning sessions//EN"
    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "PUBLISH"
    assert event["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert event.start == datetime(2027, 1, 14, 10, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
    assert event.end == datetime(2027, 1, 14, 12, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Europe/Helsinki"]
    assert calendar.get_missing_tzids() == set()
    assert event.DTSTAMP == STAMP
    assert event["LAST-MODIFIED"].dt == datetime(2026, 11, 2, tzinfo=UTC)
    assert str(event["URL"]) == "https://polylog.example/sessions/42"


def test_a_changed_session_keeps_its_uid_and_raises_its_sequence() -> None:
    first = _event(calendar_for_sessions([forum(version=1)], language="en", base_url=BASE_URL))
    changed = _event(calendar_for_sessions([forum(version=3)], language="en", base_url=BASE_URL))

    assert str(first["UID"]) == str(changed["UID"]) == "session-42@polylog"
    assert (first["SEQUENCE"], changed["SEQUENCE"]) == (0, 2)


def test_a_cancelled_session_is_published_as_cancelled() -> None:
    live = _event(calendar_for_sessions([forum()], language="en", base_url=BASE_URL))
    cancelled = _event(
        calendar_for_sessions([forum(version=2, cancelled=True)], language="en", base_url=BASE_URL)
    )

    assert (live["STATUS"], cancelled["STATUS"]) == ("CONFIRMED", "CANCELLED")
    assert cancelled["SEQUENCE"] > live["SEQUENCE"]


def test_the_text_is_in_the_readers_language_or_falls_back() -> None:
    finnish = _event(calendar_for_sessions([forum()], language="fi", base_url=BASE_URL))
    persian = _event(calendar_for_sessions([forum()], language="fa", base_url=BASE_URL))

    assert str(finnish["SUMMARY"]) == "Ilmasto-ohjelman seurannan vertaisfoorumi"
    assert finnish["SUMMARY"].params["LANGUAGE"] == "fi"
    # No Persian title: English, said so; the labels around it are still Persian.
    assert str(persian["SUMMARY"]) == "Peer forum on following up the climate programme"
    assert persian["SUMMARY"].params["LANGUAGE"] == "en"
    assert "به میزبانی سالو." in str(persian["DESCRIPTION"])
    assert "https://polylog.example/sessions/42" in str(persian["DESCRIPTION"])
    assert (
        "meet.example.org"
        not in calendar_for_sessions([forum()], language="fa", base_url=BASE_URL).decode()
    )


@pytest.mark.parametrize(
    ("format", "venue", "language", "location"),
    [
        (Format.ONLINE, None, "fi", "Verkossa"),
        (Format.ONLINE, None, "tr", "Çevrim içi"),
        (Format.IN_PERSON, "Salon kaupungintalo", "en", "Salon kaupungintalo"),
        (Format.IN_PERSON, None, "fa", "سالو"),
        (Format.HYBRID, "Salon kaupungintalo", "fi", "Salon kaupungintalo ja verkossa"),
    ],
)
def test_the_location_is_the_venue_or_online(
    format: Format, venue: str | None, language: str, location: str
) -> None:
    data = calendar_for_sessions(
        [forum(format=format, venue=venue)], language=language, base_url=BASE_URL
    )

    assert str(_event(data)["LOCATION"]) == location


def test_booked_sessions_in_several_zones_each_bring_their_vtimezone() -> None:
    data = calendar_for_sessions(
        [forum(session_id=1), forum(session_id=2, timezone="Asia/Tehran")],
        language="en",
        base_url=BASE_URL,
    )
    calendar = _parse(data)

    assert sorted(timezone.tz_name for timezone in calendar.timezones) == [
        "Asia/Tehran",
        "Europe/Helsinki",
    ]
    assert [event["DTSTART"].params["TZID"] for event in calendar.events] == [
        "Europe/Helsinki",
        "Asia/Tehran",
    ]
    assert calendar.events[1].start.replace(tzinfo=None) == datetime(2027, 1, 14, 11, 30)


def test_plain_values_are_accepted_as_well() -> None:
    event = session_event(forum(), language="en", base_url=BASE_URL)
    data = calendar_for_sessions(
        [replace(event, title="Renamed", version=5)], language="en", base_url=BASE_URL
    )

    assert isinstance(event, SessionEvent)
    assert (str(_event(data)["SUMMARY"]), _event(data)["SEQUENCE"]) == ("Renamed", 4)


def test_the_file_is_rfc5545_text_crlf_and_folded_at_75_octets() -> None:
    session = forum()
    session.translations["fa"] = PeerSessionTranslation(
        language="fa",
        title="همایش همتای پیگیری برنامهٔ اقلیمی شهرهای رشت، اصفهان، ازمیر و سالو",
        description="تبادل تجربهٔ دفترهای توسعهٔ پایدار " * 6,
    )
    data = calendar_for_sessions([session], language="fa", base_url=BASE_URL)

    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # long text was folded
    for line in lines:
        line.decode("utf-8")  # never folded inside a character
    assert str(_event(data)["DESCRIPTION"]).startswith("تبادل تجربهٔ دفترهای توسعهٔ پایدار")


def test_a_strict_parser_reads_the_file() -> None:
    """``ical`` parses every property by its RFC 5545 value type and refuses what does not fit.

    (It does not insist on DTSTAMP or on a VTIMEZONE for each TZID: the tests above do.)
    """
    data = calendar_for_sessions(
        [forum(version=4, cancelled=True), forum(session_id=7, timezone="Asia/Tehran")],
        language="tr",
        base_url=BASE_URL,
    )

    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))

    first, second = calendar.events
    assert (first.uid, first.sequence, first.status) == (
        "session-42@polylog",
        3,
        EventStatus.CANCELLED,
    )
    assert first.dtstart == datetime(2027, 1, 14, 10, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
    assert second.dtstart.utcoffset() == timedelta(hours=3, minutes=30)
    assert {timezone.tz_id for timezone in calendar.timezones} == {
        "Europe/Helsinki",
        "Asia/Tehran",
    }


@pytest.mark.parametrize("zone_name", ["Europe/Helsinki", "America/New_York", "Europe/Istanbul"])
def test_time_zone_changes_start_at_the_real_transition(zone_name: str) -> None:
    """RFC 5545: an onset is the local time before the change (DTSTART with TZOFFSETFROM)."""
    data = calendar_for_sessions([forum(timezone=zone_name)], language="en", base_url=BASE_URL)
    (timezone,) = _parse(data).timezones
    zone = ZoneInfo(zone_name)
    checked = 0
    for observance in timezone.subcomponents:
        assert isinstance(observance, TimezoneStandard | TimezoneDaylight)
        offset_from, offset_to = observance.TZOFFSETFROM, observance.TZOFFSETTO
        assert offset_from is not None
        if offset_from == offset_to:
            continue
        onsets = [observance.DTSTART, *(moment for moment, _ in observance.rdates)]
        for wall in onsets:
            instant = (wall - offset_from).replace(tzinfo=UTC)
            assert (instant - timedelta(seconds=1)).astimezone(zone).utcoffset() == offset_from
            assert instant.astimezone(zone).utcoffset() == offset_to
            checked += 1
    assert checked >= (4 if zone_name != "Europe/Istanbul" else 0)


def test_an_empty_calendar_is_still_a_calendar() -> None:
    calendar = _parse(calendar_for_sessions([], language="fa", base_url=BASE_URL))

    assert calendar.events == []
    assert str(calendar["X-WR-CALNAME"]) == "جلسه\u200cهای یادگیری همتا در Polylog"
