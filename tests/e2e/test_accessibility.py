"""axe-core finds no serious or critical problems on the main pages, in English and Persian."""

from __future__ import annotations

import pytest

from .conftest import OpenPage, OpenSignedIn
from .pages import serious_violations_by_path

pytestmark = pytest.mark.e2e

PAGES = (
    "/",
    "/cities",
    "/cities/izmir",
    "/login",
    "/register",
    "/map",
    "/initiatives/1",
    "/programmes",
    "/programmes/1",
    "/actions/2",
    "/cities/izmir/report",
    "/journeys",
    "/journeys/1",
    "/tracks",
    "/tracks/1",
    "/no-such-page",
)
# What a delegate sees: the form (new and edit) and the initiative with its controls.
DELEGATE_PAGES = (
    "/initiatives/new",
    "/initiatives/1/edit",
    "/initiatives/1",
    # A programme's keeper: its page with the import, the editors, an action with the check-in form.
    "/programmes/1",
    "/programmes/new",
    "/programmes/1/edit",
    "/programmes/1/actions/new",
    "/actions/2",
    "/actions/2/edit",
)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_main_pages_have_no_serious_accessibility_violations(
    open_page: OpenPage, axe_source: str, language: str
) -> None:
    assert serious_violations_by_path(open_page(language), axe_source, PAGES) == {}


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_delegates_pages_have_no_serious_accessibility_violations(
    open_signed_in: OpenSignedIn, axe_source: str, language: str
) -> None:
    page = open_signed_in("delegate.izmir@polylog.example", language)
    assert serious_violations_by_path(page, axe_source, DELEGATE_PAGES) == {}


# What a city's staff, coaches, organisers and the platform admin see when signed in:
# journeys and tracks, the workspace and the administration pages.
SIGNED_IN_PAGES = {
    "cityadmin.izmir@polylog.example": (
        "/journeys",
        "/journeys/new",
        "/journeys/1",
        "/workspace",
        "/cities/izmir/audit",
    ),
    "cityadmin.karsiyaka@polylog.example": ("/journeys/1",),
    "cityadmin.rasht@polylog.example": ("/workspace", "/exchange-requests"),
    "organiser.balikesir@polylog.example": ("/tracks/new", "/tracks/1/edit", "/tracks/1"),
    "organiser.salo@polylog.example": ("/workspace", "/sessions/1/bookings"),
    "participant@polylog.example": ("/me/tracks", "/tracks/1"),
    "admin@polylog.example": ("/workspace", "/admin/deleted", "/moderation"),
}


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("email", sorted(SIGNED_IN_PAGES))
def test_signed_in_pages_have_no_serious_accessibility_violations(
    open_signed_in: OpenSignedIn, axe_source: str, language: str, email: str
) -> None:
    page = open_signed_in(email, language)
    assert serious_violations_by_path(page, axe_source, SIGNED_IN_PAGES[email]) == {}
