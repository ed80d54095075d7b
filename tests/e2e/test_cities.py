"""The cities of the demo data, each with its local time."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

# The five cities of the seeds, Karşıyaka, and four more.
DEMO_CITIES = (
    "Balikesir",
    "Espoo",
    "Helsinki",
    "Isfahan",
    "Istanbul",
    "Izmir",
    "Karşıyaka",
    "Rasht",
    "Salo",
    "Tabriz",
)


def test_the_cities_page_lists_the_demo_cities(page: Page) -> None:
    page.goto("/cities")
    cards = page.locator(".city-card")
    expect(cards).to_have_count(len(DEMO_CITIES))
    for name in DEMO_CITIES:
        expect(page.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(cards.filter(has_text="Salo")).to_contain_text("Finland")


def test_a_city_page_shows_its_local_time(page: Page) -> None:
    page.goto("/cities")
    page.get_by_role("link", name="Salo", exact=True).click()

    expect(page).to_have_url("/cities/salo")
    expect(page.get_by_role("heading", level=1)).to_have_text("Salo")
    expect(page.locator(".city-clock__time")).to_have_text(re.compile(r"^\d{2}:\d{2}$"))
    expect(page.get_by_text("Europe/Helsinki")).to_be_visible()
    expect(page.locator("main")).to_be_focused()
