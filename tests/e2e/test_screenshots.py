"""Screenshots of the main pages in every language, saved to var/screenshots/ for review."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import LANGUAGES, OpenPage, OpenSignedIn
from .pages import save_screenshots

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
    save_screenshots(open_page(language), PAGES, screenshot_dir, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_a_delegates_form(
    open_signed_in: OpenSignedIn, screenshot_dir: Path, language: str
) -> None:
    page = open_signed_in("delegate.izmir@polylog.example", language)
    save_screenshots(page, DELEGATE_PAGES, screenshot_dir, language)


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
    open_signed_in: OpenSignedIn, screenshot_dir: Path, language: str, email: str
) -> None:
    page = open_signed_in(email, language)
    save_screenshots(page, SIGNED_IN_PAGES[email], screenshot_dir, language)
