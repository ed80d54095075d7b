"""Screenshots of the main pages in every language, saved to var/screenshots/ for review."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import LANGUAGES, OpenPage

pytestmark = pytest.mark.e2e

PAGES = {"home": "/", "cities": "/cities", "city": "/cities/izmir", "login": "/login"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_the_main_pages(
    open_page: OpenPage, screenshot_dir: Path, language: str
) -> None:
    page = open_page(language)
    for name, path in PAGES.items():
        page.goto(path)
        expect(page.locator("main h1")).to_be_visible()
        expect(page.get_by_role("status")).to_have_count(0)
        page.evaluate("document.fonts.ready")
        page.screenshot(path=screenshot_dir / f"{name}-{language}.png", full_page=True)
