"""Screenshots of the main pages in every language, saved to var/screenshots/ for review."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import LANGUAGES, OpenPage, SignIn

pytestmark = pytest.mark.e2e

PAGES = {
    "home": "/",
    "cities": "/cities",
    "city": "/cities/izmir",
    "login": "/login",
    "map": "/map",
    "initiative": "/initiatives/1",
    "programmes": "/programmes",
    "programme": "/programmes/1",
    "programme-salo": "/programmes/2",
    "report": "/cities/izmir/report",
    "journeys": "/journeys",
    "tracks": "/tracks",
    "track": "/tracks/1",
}
DELEGATE_PAGES = {
    "form": "/initiatives/1/edit",
    "form-new": "/initiatives/new",
    "action": "/actions/2",
    "programme-form": "/programmes/1/edit",
    "action-form": "/programmes/1/actions/new",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_the_main_pages(
    open_page: OpenPage, screenshot_dir: Path, language: str
) -> None:
    _screenshots(open_page(language), PAGES, screenshot_dir, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_a_delegates_form(
    open_page: OpenPage, sign_in: SignIn, screenshot_dir: Path, language: str
) -> None:
    page = open_page(language)
    sign_in(page, "delegate.izmir@polylog.example")
    _screenshots(page, DELEGATE_PAGES, screenshot_dir, language)


# Journeys, tracks, the workspace and the admin pages as the people who work on them see them.
SIGNED_IN_PAGES = {
    "cityadmin.karsiyaka@polylog.example": {"journey": "/journeys/1"},
    "cityadmin.izmir@polylog.example": {
        "journey-new": "/journeys/new",
        "workspace": "/workspace",
        "audit": "/cities/izmir/audit",
    },
    "cityadmin.rasht@polylog.example": {
        "workspace-rasht": "/workspace",
        "exchange-requests-rasht": "/exchange-requests",
    },
    "organiser.salo@polylog.example": {"workspace-salo": "/workspace"},
    "organiser.balikesir@polylog.example": {"track-edit": "/tracks/1/edit"},
    "participant@polylog.example": {"my-tracks": "/me/tracks"},
    "admin@polylog.example": {"deleted": "/admin/deleted", "moderation": "/moderation"},
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("email", sorted(SIGNED_IN_PAGES))
def test_screenshots_of_signed_in_pages(
    open_page: OpenPage, sign_in: SignIn, screenshot_dir: Path, language: str, email: str
) -> None:
    page = open_page(language)
    sign_in(page, email)
    _screenshots(page, SIGNED_IN_PAGES[email], screenshot_dir, language)


def _screenshots(page: Page, pages: dict[str, str], directory: Path, language: str) -> None:
    for name, path in pages.items():
        page.goto(path)
        expect(page.locator("main h1")).to_be_visible()
        # Wait until nothing is loading (pages may keep an empty live region for messages).
        expect(page.locator(".loading")).to_have_count(0)
        # The map draws its markers once the lazily loaded map code has arrived.
        if path.startswith("/map"):
            expect(page.locator(".map-pin, .map-cluster").first).to_be_visible(timeout=15_000)
            # With the tiles blocked, the bundled outline of the countries is the background.
            expect(page.locator(".leaflet-basemap-pane path").first).to_be_attached()
        if path.startswith("/initiatives/") and path.endswith(("/edit", "/new")):
            expect(page.locator(".location-picker .leaflet-container")).to_be_visible(
                timeout=15_000
            )
        page.evaluate("document.fonts.ready")
        page.screenshot(path=directory / f"{name}-{language}.png", full_page=True)
