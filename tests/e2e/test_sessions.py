"""Peer-learning sessions in the browser: scheduling in the host's time, reading in one's own,
booking until full, the waitlist, the organiser's bookings and CSV, accessibility and screenshots."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import httpx2
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import (
    BROWSER_LOCALES,
    LANGUAGES,
    MAP_TILES,
    OpenSignedIn,
    SignIn,
    access_token,
)
from .pages import isolated, save_screenshots, serious_violations_by_path
from .stale_edits import expect_conflict, expect_merge, expect_no_question

pytestmark = pytest.mark.e2e

SALO_ORGANISER = "organiser.salo@polylog.example"
HELSINKI = ZoneInfo("Europe/Helsinki")


class OpenInZone(Protocol):
    """Opens a page in a fresh profile whose browser prefers `language` and lives in `zone`."""

    def __call__(self, language: str, zone: str) -> Page: ...


@pytest.fixture
def open_in_zone(browser: Browser, server_url: str) -> Iterator[OpenInZone]:
    contexts: list[BrowserContext] = []

    def open_in(language: str, zone: str) -> Page:
        context = browser.new_context(
            base_url=server_url,
            locale=BROWSER_LOCALES[language],
            timezone_id=zone,
            viewport={"width": 1280, "height": 800},
        )
        context.route(MAP_TILES, lambda route: route.abort())
        contexts.append(context)
        return context.new_page()

    yield open_in
    for context in contexts:
        context.close()


def _winter_day() -> date:
    """A day soon when Helsinki is on UTC+2, so Istanbul's clocks (UTC+3) differ from the host's."""
    day = datetime.now(UTC).date() + timedelta(days=10)
    while datetime.combine(day, time(10), HELSINKI).utcoffset() != timedelta(hours=2):
        day += timedelta(days=7)
    return day


def _zone_text(*parts: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in parts))


def _unique(text: str) -> str:
    return f"{text} {uuid.uuid4().hex[:6]}"


def _call(server_url: str, method: str, path: str, token: str, body: Any = None) -> Any:
    response = httpx2.request(
        method,
        f"{server_url}{path}",
        json=body,
        headers={"Authorization": f"Bearer {token}", "Accept-Language": "en"},
        timeout=10,
    )
    response.raise_for_status()
    return response.json() if response.content else None


def _new_participant(server_url: str, name: str) -> tuple[str, str]:
    """Registers a participant; their e-mail address and token."""
    email = f"e2e-{uuid.uuid4().hex[:10]}@example.com"
    password = "a-long-enough-password"
    response = httpx2.post(
        f"{server_url}/api/v1/auth/register",
        json={
            "email": email,
            "password": password,
            "display_name": name,
            "preferred_language": "en",
        },
        timeout=10,
    )
    response.raise_for_status()
    token = httpx2.post(
        f"{server_url}/api/v1/auth/token",
        data={"username": email, "password": password},
        timeout=10,
    ).json()["access_token"]
    return email, str(token)


def _schedule_in_salo(server_url: str, title: str, capacity: int) -> int:
    starts = datetime.combine(_winter_day() + timedelta(days=1), time(13), HELSINKI)
    created = _call(
        server_url,
        "POST",
        "/api/v1/sessions",
        access_token(server_url, SALO_ORGANISER),
        {
            "host_city": "salo",
            "translations": {
                "en": {"title": title, "description": "Peer review of climate plans."}
            },
            "kind": "workshop",
            "format": "online",
            "timezone": "Europe/Helsinki",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=2)).isoformat(),
            "capacity": capacity,
            "languages": ["en", "fi"],
            "online_url": "https://meet.example.org/e2e",
        },
    )
    return int(created["id"])


def _sign_in_with(page: Page, token: str) -> None:
    page.context.add_init_script(f"localStorage.setItem('polylog.access_token', '{token}')")


def test_an_organiser_schedules_in_helsinki_time_and_visitors_see_their_own(
    open_in_zone: OpenInZone, sign_in: SignIn
) -> None:
    day = _winter_day()
    title = _unique("Hybrid workshop on climate budgets")

    # Liisa, Salo's organiser, types the times as Salo's clocks show them.
    page = open_in_zone("en", "Europe/Helsinki")
    sign_in(page, SALO_ORGANISER)
    page.goto("/sessions")
    page.get_by_role("link", name="New session").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New session")
    expect(page.locator("#host_city")).to_have_value("salo")
    expect(
        page.get_by_text(_zone_text("clocks show them in Salo", "Europe/Helsinki"))
    ).to_be_visible()
    page.locator("#format-hybrid").check()
    page.locator("#text-en-title").fill(title)
    page.locator("#text-en-description").fill("How Salo follows up its climate programme.")
    page.locator("#date").fill(day.isoformat())
    page.locator("#start").fill("10:00")
    page.locator("#end").fill("12:30")
    page.locator("#capacity").fill("2")
    page.locator("#spoken-fi").check()
    page.locator("#venue").fill("Salo city hall")
    page.locator("#online_url").fill("https://meet.example.org/salo-e2e")
    page.locator("#theme-governance_participation").check()
    page.locator("#sdg-13").check()
    page.get_by_role("button", name="Schedule the session").click()

    expect(page).to_have_url(re.compile(r"/sessions/\d+$"))
    session_path = re.sub(r"^https?://[^/]+", "", page.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".session-when__viewer")).to_contain_text("10:00–12:30")
    expect(page.get_by_role("button", name="Cancel the session")).to_be_visible()

    # A visitor in Istanbul reads it in Istanbul's time, with Salo's beside it and a warning.
    visitor = open_in_zone("en", "Europe/Istanbul")
    visitor.goto(session_path)
    expect(visitor.locator(".session-when__viewer")).to_contain_text("11:00–13:30")
    expect(visitor.locator(".session-when__host")).to_contain_text("Host’s time in Salo:")
    expect(visitor.locator(".session-when__host")).to_contain_text("10:00–12:30")
    expect(visitor.locator(".zone-note--differs")).to_have_text(
        re.compile(
            r"Times shown in your time zone \("
            + isolated("Europe/Istanbul")
            + r"\); the host is in "
            + isolated("Europe/Helsinki")
        )
    )
    visitor.goto(f"/sessions?city=salo&from={day.isoformat()}&to={day.isoformat()}")
    card = visitor.locator(".session-card", has_text=title)
    expect(card.locator(".session-time__viewer")).to_have_text("11:00–13:30")
    expect(card.locator(".session-time__host--differs")).to_contain_text("10:00–12:30")

    # One in Tehran reads it in Persian, in Tehran's time (UTC+3:30), in Persian digits.
    tehran = open_in_zone("fa", "Asia/Tehran")
    tehran.goto(session_path)
    expect(tehran.locator("html")).to_have_attribute("dir", "rtl")
    expect(tehran.locator(".session-when__viewer")).to_contain_text("۱۱:۳۰")
    expect(tehran.locator(".session-when__viewer")).to_contain_text("۱۴:۰۰")
    expect(tehran.locator(".session-when__host")).to_contain_text("۱۰:۰۰")
    warning = tehran.locator(".zone-note--differs")
    expect(warning).to_contain_text("Asia/Tehran")
    expect(warning).to_contain_text("Europe/Helsinki")


def test_seats_fill_up_the_waitlist_moves_and_the_organiser_exports_the_bookings(
    open_in_zone: OpenInZone, sign_in: SignIn, server_url: str
) -> None:
    title = _unique("Peer review of climate plans")
    session_id = _schedule_in_salo(server_url, title, capacity=2)
    aino_email, aino = _new_participant(server_url, "Aino Laine")
    _, deniz = _new_participant(server_url, "Deniz Kaya")
    sara_email, sara = _new_participant(server_url, "Sara Rahimi")

    # Aino books the first seat in the browser.
    first = open_in_zone("en", "Europe/Helsinki")
    _sign_in_with(first, aino)
    first.goto(f"/sessions/{session_id}")
    first.locator("#needed-fi").check()
    first.get_by_role("button", name="Book", exact=True).click()
    expect(first.locator(".booking-status")).to_contain_text("Your booking is confirmed.")
    expect(first.locator(".booking-status")).to_contain_text("You have 1 seat.")

    # Deniz takes the last one; Sara finds the session full and joins the waitlist.
    _call(server_url, "POST", f"/api/v1/sessions/{session_id}/bookings", deniz, {"seats": 1})
    last = open_in_zone("en", "Europe/Istanbul")
    _sign_in_with(last, sara)
    last.goto(f"/sessions/{session_id}")
    expect(last.locator(".seats")).to_contain_text("2 of 2 seats taken")
    last.get_by_role("button", name="Join the waitlist").click()
    status = last.locator(".booking-status")
    expect(status).to_contain_text("The session is full: you are on the waitlist.")
    expect(status).to_contain_text("You are number 1 on the waitlist")

    # Aino cancels from her bookings: her seat goes to Sara.
    first.goto("/me/bookings")
    item = first.locator(".booking-item", has_text=title)
    item.get_by_role("button", name="Cancel my booking").click()
    item.get_by_role("button", name="Yes, cancel my booking").click()
    expect(first.locator("#bookings-cancelled")).to_be_visible()

    # Her private calendar feed: a secret address a calendar app can subscribe to.
    first.get_by_role("button", name="Create my calendar address").click()
    feed_url = first.get_by_label("Your private calendar address").input_value()
    assert re.search(r"/api/v1/calendar/[^/]+\.ics$", feed_url)
    assert "BEGIN:VCALENDAR" in httpx2.get(feed_url, timeout=10).text
    upcoming = first.locator("section", has=first.locator("#bookings-upcoming"))
    expect(upcoming).not_to_contain_text(title)
    last.reload()
    expect(last.locator(".booking-status")).to_contain_text("Your booking is confirmed.")

    # The organiser sees who booked, in order, and downloads them as CSV.
    organiser = open_in_zone("en", "Europe/Helsinki")
    sign_in(organiser, SALO_ORGANISER)
    organiser.goto(f"/sessions/{session_id}")
    organiser.get_by_role("link", name="Bookings").click()
    confirmed = organiser.locator("section", has=organiser.locator("#confirmed-title"))
    expect(confirmed.locator("#confirmed-title")).to_have_text("2 confirmed bookings")
    expect(confirmed).to_contain_text("Deniz Kaya")
    expect(confirmed).to_contain_text("Sara Rahimi")
    expect(organiser.locator("#waitlist-title")).to_have_text("Waitlist")
    expect(organiser.get_by_role("checkbox", name="Sara Rahimi attended")).to_be_disabled()
    with organiser.expect_download() as download_info:
        organiser.get_by_role("button", name="Export participants (CSV)").click()
    download = download_info.value
    assert download.suggested_filename == f"session-{session_id}-participants.csv"
    csv_text = Path(download.path()).read_text(encoding="utf-8-sig")
    assert sara_email in csv_text
    assert aino_email in csv_text  # cancelled bookings are listed too, with their status
    assert "Cancelled" in csv_text  # status words follow the reader's language


def test_a_stale_session_edit_shows_both_versions_and_saves_the_choices(
    open_signed_in: OpenSignedIn, server_url: str
) -> None:
    title = _unique("Climate budget clinic")
    session_id = _schedule_in_salo(server_url, title, capacity=20)
    edit_url = f"/sessions/{session_id}/edit"
    first, second = open_signed_in(SALO_ORGANISER, "en"), open_signed_in(SALO_ORGANISER, "en")
    for page in (first, second):
        page.goto(edit_url)
        expect(page.locator("#text-en-title")).to_have_value(title)

    first.locator("#text-en-description").fill("Description saved first.")
    first.get_by_role("button", name="Save changes").click()
    expect(first).to_have_url(f"/sessions/{session_id}")

    second.locator("#text-en-title").fill(f"{title} (second edit)")
    second.locator("#text-en-description").fill("Description saved second.")
    second.locator("#capacity").fill("25")
    second.get_by_role("button", name="Save changes").click()

    merge = expect_merge(second, "session", saved_by="Liisa Virtanen")
    description = expect_conflict(
        merge,
        "Description (English)",
        theirs="Description saved first.",
        mine="Description saved second.",
    )
    expect_no_question(merge, "Title")
    expect_no_question(merge, "Seats")

    description.get_by_role("radio", name="Take theirs").check()
    merge.get_by_role("button", name="Save with these choices").click()

    expect(second).to_have_url(f"/sessions/{session_id}")
    expect(second.get_by_role("heading", level=1)).to_have_text(f"{title} (second edit)")
    about = second.locator("section", has=second.locator("#session-description"))
    expect(about).to_contain_text("Description saved first.")
    expect(second.locator(".seats")).to_contain_text("0 of 25 seats taken")
    revisions = second.locator("section", has=second.locator("#session-revisions"))
    expect(revisions.locator(".revision").first).to_contain_text("Version 3")
    expect(revisions.locator(".revision").first).to_contain_text("Seats")


def test_a_session_draft_survives_a_reload(open_signed_in: OpenSignedIn, server_url: str) -> None:
    title = _unique("Study visit to the wastewater plant")
    session_id = _schedule_in_salo(server_url, title, capacity=12)
    page = open_signed_in(SALO_ORGANISER, "fi")
    page.goto(f"/sessions/{session_id}/edit")
    page.locator("#text-en-title").fill(f"{title}, in Finnish too")
    page.locator("#add-language").select_option("fi")
    page.get_by_role("button", name="Lisää kieli").click()
    page.locator("#text-fi-title").fill("Opintokäynti jätevedenpuhdistamolle")

    page.reload()
    expect(page.get_by_role("status")).to_contain_text(
        "Aiemmat tallentamattomat muutoksesi palautettiin."
    )
    expect(page.locator("#text-en-title")).to_have_value(f"{title}, in Finnish too")
    page.get_by_role("tab", name=re.compile("^suomi", re.IGNORECASE)).click()
    expect(page.locator("#text-fi-title")).to_have_value("Opintokäynti jätevedenpuhdistamolle")

    page.get_by_role("button", name="Tallenna muutokset").click()
    expect(page).to_have_url(f"/sessions/{session_id}")
    page.goto(f"/sessions/{session_id}/edit")
    expect(page.locator("#text-en-title")).to_have_value(f"{title}, in Finnish too")
    expect(page.get_by_role("status")).to_have_count(0)


def _first_session_day(server_url: str) -> str:
    first = httpx2.get(f"{server_url}/api/v1/sessions?per_page=1", timeout=10).json()["items"][0]
    return str(first["starts_at"])[:10]


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_session_pages_have_no_serious_accessibility_violations(
    open_signed_in: OpenSignedIn, axe_source: str, server_url: str, language: str
) -> None:
    page = open_signed_in(SALO_ORGANISER, language)
    paths = (
        "/sessions",
        f"/sessions?view=calendar&day={_first_session_day(server_url)}",
        "/sessions/6",
        "/sessions/new",
        "/sessions/1/edit",
        "/sessions/1/bookings",
        "/me/bookings",
    )
    assert serious_violations_by_path(page, axe_source, paths) == {}


def test_the_calendar_is_a_keyboard_grid_that_mirrors_in_persian(
    open_in_zone: OpenInZone, server_url: str
) -> None:
    day = _first_session_day(server_url)
    page = open_in_zone("fa", "Asia/Tehran")
    page.goto(f"/sessions?view=calendar&day={day}")
    grid = page.get_by_role("grid")
    selected = grid.locator("[aria-selected='true']")
    expect(selected).to_have_attribute("tabindex", "0")
    selected.focus()
    # In right-to-left, the day after is to the left.
    page.keyboard.press("ArrowLeft")
    expect(page).to_have_url(re.compile(r"day=" + re.escape(_next_day(day))))
    expect(grid.locator("[aria-selected='true']")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#calendar-agenda")).to_be_focused()


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_the_session_pages(
    open_signed_in: OpenSignedIn,
    screenshot_dir: Path,
    server_url: str,
    language: str,
) -> None:
    page = open_signed_in(SALO_ORGANISER, language)
    pages = {
        "sessions": "/sessions",
        "sessions-calendar": f"/sessions?view=calendar&day={_first_session_day(server_url)}",
        "session": "/sessions/6",
        "session-form": "/sessions/2/edit",
        "session-bookings": "/sessions/1/bookings",
        "my-bookings": "/me/bookings",
    }
    save_screenshots(page, pages, screenshot_dir, language)
