"""What the SPA downloads: the first route only the home page and the reader's first messages.

Every other page is a chunk of its own that brings the rest of the reader's
catalog with it (frontend/src/app/AppRoutes.tsx); `python -m bench.bundle`
measures the sizes.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Request, expect

from .conftest import OpenPage

pytestmark = pytest.mark.e2e

CATALOG = re.compile(r"/assets/(messages-\w+?(?:-start)?)-[\w-]+\.js$")


def _catalogs(requests: list[Request]) -> list[str]:
    return [match.group(1) for r in requests if (match := CATALOG.search(r.url))]


def _scripts_requested(page: Page) -> list[Request]:
    """The scripts the page asks for from now on, in order; the list grows as it loads more."""
    scripts: list[Request] = []
    page.on(
        "request",
        lambda request: scripts.append(request) if request.resource_type == "script" else None,
    )
    return scripts


def test_the_home_page_loads_the_readers_first_messages_and_a_page_the_rest(
    open_page: OpenPage,
) -> None:
    page = open_page("fa")
    scripts = _scripts_requested(page)

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("شهرهایی که از یکدیگر می‌آموزند")
    expect(page.locator("#home-cities")).to_be_visible()
    assert _catalogs(scripts) == ["messages-fa-start"]
    assert not [r.url for r in scripts if re.search(r"/(MapPage|InitiativeMap|tiles)-", r.url)]

    page.get_by_role("link", name="نقشهٔ پایداری").first.click()
    # The map page's own messages came with it: its lead is in Persian, not in English.
    expect(page.locator(".page__lead")).to_have_text("جایی که ابتکارهای پایداری شهرها اجرا می‌شوند.")
    assert _catalogs(scripts) == ["messages-fa-start", "messages-fa"]


def test_a_page_opened_first_loads_with_the_whole_catalog_at_once(open_page: OpenPage) -> None:
    page = open_page("fa")
    scripts = _scripts_requested(page)
    page.goto("/map")
    expect(page.get_by_role("heading", level=1)).to_have_text("نقشهٔ پایداری")
    expect(page.locator(".page__lead")).to_have_text("جایی که ابتکارهای پایداری شهرها اجرا می‌شوند.")
    # The page's code came beside the whole catalog, so its start was not needed.
    assert _catalogs(scripts) == ["messages-fa"]


def test_switching_language_on_a_lazy_page_translates_it_whole(page: Page) -> None:
    page.goto("/map")
    expect(page.locator(".page__lead")).to_have_text(
        "Where the cities’ sustainability initiatives take place."
    )
    page.locator("#language-switcher").select_option("fa")
    expect(page.locator(".page__lead")).to_have_text("جایی که ابتکارهای پایداری شهرها اجرا می‌شوند.")
