"""The language switcher, right-to-left Persian, and each language's own formats."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import OpenPage

pytestmark = pytest.mark.e2e

PERSIAN_DIGIT = re.compile("[۰-۹]")


def test_switching_to_persian_turns_the_page_right_to_left(page: Page) -> None:
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.locator("#language-switcher").select_option("fa")

    html = page.locator("html")
    expect(html).to_have_attribute("lang", "fa")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("navigation")).to_contain_text("شهرها")
    expect(page.locator("#home-cities")).to_have_text(PERSIAN_DIGIT)

    brand = page.get_by_role("link", name="Polylog", exact=True).bounding_box()
    navigation = page.get_by_role("navigation").bounding_box()
    assert brand is not None
    assert navigation is not None
    assert brand["x"] > navigation["x"], "in Persian the brand starts the header on the right"


def test_persian_shows_local_time_in_persian_digits_and_solar_hijri(open_page: OpenPage) -> None:
    page = open_page("fa")
    page.goto("/cities/rasht")

    expect(page.get_by_role("heading", level=1)).to_have_text("رشت")
    expect(page.locator(".city-clock__time")).to_have_text(PERSIAN_DIGIT)
    solar_hijri_months = "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
    expect(page.locator(".city-clock__date")).to_have_text(re.compile(solar_hijri_months))


def test_switching_to_turkish_is_remembered(page: Page) -> None:
    page.goto("/cities")
    page.locator("#language-switcher").select_option("tr")

    html = page.locator("html")
    expect(html).to_have_attribute("lang", "tr")
    expect(html).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Şehirler")
    expect(page.get_by_role("link", name="İzmir")).to_be_visible()

    page.reload()
    expect(html).to_have_attribute("lang", "tr")
    expect(page.get_by_role("link", name="Giriş yap")).to_be_visible()


def test_a_first_visit_follows_the_browsers_language(open_page: OpenPage) -> None:
    page = open_page("fi")
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("link", name="Kaupungit", exact=True)).to_be_visible()


def test_every_request_names_the_readers_language(open_page: OpenPage) -> None:
    page = open_page("fi")
    with page.expect_request("**/api/v1/cities") as request:
        page.goto("/cities")
    assert request.value.headers["accept-language"] == "fi"
