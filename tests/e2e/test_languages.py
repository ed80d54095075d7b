"""The language switcher, right-to-left Persian, each language's own formats, and a header
that keeps to one line in every language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import LANGUAGES, OpenPage, SignIn
from .pages import serious_violations

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


# The header's parts: each sits on the header's one line when their boxes share a band.
HEADER_PARTS = (".brand", ".site-nav", ".header-search", ".site-header__tools")
MORE = {"en": "More", "tr": "Diğer", "fa": "بیشتر", "fi": "Lisää"}
PROGRAMMES = {"en": "Programmes", "tr": "Programlar", "fa": "برنامه‌ها", "fi": "Ohjelmat"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("email", [None, "cityadmin.izmir@polylog.example"])
def test_the_header_keeps_to_one_line_at_1280_px(
    open_page: OpenPage, sign_in: SignIn, language: str, email: str | None
) -> None:
    page = open_page(language)
    if email:
        sign_in(page, email)
    page.goto("/")
    if email:
        expect(page.locator(".account-menu__button")).to_be_visible()
    else:
        expect(page.locator(".account-links")).to_be_visible()
    page.evaluate("document.fonts.ready")

    boxes = [page.locator(part).bounding_box() for part in HEADER_PARTS]
    assert all(box is not None for box in boxes)
    tops = [box["y"] for box in boxes if box]
    bottoms = [box["y"] + box["height"] for box in boxes if box]
    assert max(tops) < min(bottoms), f"the header wraps in {language}: {boxes}"
    entries = page.locator(".site-nav > ul > li")
    entry_tops = {round(entries.nth(n).bounding_box()["y"]) for n in range(entries.count())}  # type: ignore[index]
    assert len(entry_tops) == 1, f"the sections wrap in {language}"


def test_the_sections_behind_more_open_with_the_keyboard(
    open_page: OpenPage, axe_source: str
) -> None:
    page = open_page("fa")
    page.goto("/")
    navigation = page.get_by_role("navigation", name="بخش‌های سایت")
    more = navigation.get_by_role("button", name=MORE["fa"])
    programmes = navigation.get_by_role("link", name=PROGRAMMES["fa"])
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(programmes).to_be_hidden()

    more.focus()
    page.keyboard.press("Enter")
    expect(more).to_have_attribute("aria-expanded", "true")
    expect(programmes).to_be_visible()
    assert serious_violations(page, axe_source) == []
    # Escape closes it and gives the focus back to its button.
    page.keyboard.press("Escape")
    expect(programmes).to_be_hidden()
    expect(more).to_be_focused()

    # Tab goes through its sections, and leaving it closes it.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(programmes).to_be_focused()
    for _ in range(3):
        page.keyboard.press("Tab")
    expect(page.locator("#header-search-input")).to_be_focused()
    expect(more).to_have_attribute("aria-expanded", "false")

    more.click()
    programmes.click()
    expect(page).to_have_url(re.compile(r"/programmes$"))
    expect(page.locator("main h1")).to_contain_text(PROGRAMMES["fa"])
    # Going there closes it; "More" shows that the page is one of its sections.
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(more).to_have_class(re.compile("site-nav__more-button--current"))
