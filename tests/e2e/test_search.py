"""Search in the browser: a Finnish word finds Turkish and Persian work, with facets in the address."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import OpenPage

pytestmark = pytest.mark.e2e


def test_a_finnish_search_finds_energy_work_of_turkish_and_iranian_cities(
    open_page: OpenPage,
) -> None:
    page = open_page("fi")
    page.goto("/cities")
    header_box = page.get_by_role("search", name="Sivuston haku").get_by_role("searchbox")
    header_box.fill("energia")
    header_box.press("Enter")

    expect(page).to_have_url(re.compile(r"/search\?q=energia$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Haku")
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()
    expect(page.locator("#search-results-title")).to_contain_text("haulle")
    # Highlights are <mark> elements; the rest of a snippet is text.
    expect(page.locator(".search-result__snippet mark").first).to_be_visible()
    expect(page.locator(".search-result__snippet script")).to_have_count(0)
    # The concepts the word matched, in the other languages too.
    concepts = page.locator(".search-concepts")
    expect(concepts).to_contain_text("Haettiin myös:")
    expect(concepts.locator('[lang="fa"]', has_text="انرژی").first).to_be_visible()
    expect(concepts.locator('[lang="tr"]', has_text="Enerji").first).to_be_visible()

    # Only initiatives: a facet, kept in the address.
    # Facets apply through a router navigation, so a box shows its new state a render later.
    page.get_by_label("Hankkeet").click()
    expect(page).to_have_url(re.compile(r"q=energia&type=initiative$"))
    expect(page.get_by_label("Hankkeet")).to_be_checked()
    badges = page.locator(".search-result__meta")
    expect(badges.first).to_contain_text("Hanke")
    expect(badges.filter(has_text="Tilaisuus")).to_have_count(0)
    expect(badges.filter(has_text=re.compile("Izmir|Isfahan|Rasht")).first).to_be_visible()
    # Each result says which language its text is in.
    expect(badges.first).to_contain_text(re.compile(r"Kieli: \w+"))

    # Isfahan's initiatives only, then a reload keeps the words and both facets.
    page.get_by_label("Isfahan").click()
    expect(page).to_have_url(re.compile(r"type=initiative&city=isfahan$"))
    expect(badges.filter(has_not_text="Isfahan")).to_have_count(0)
    expect(badges.first).to_contain_text("Isfahan")
    page.reload()
    expect(page.get_by_label("Hakusanat")).to_have_value("energia")
    expect(header_box).to_have_value("energia")
    expect(page.get_by_label("Hankkeet")).to_be_checked()
    expect(page.get_by_label("Isfahan")).to_be_checked()
    first = results.first.get_by_role("link")
    expect(first).to_have_attribute("href", re.compile(r"^/initiatives/\d+$"))


def test_the_search_page_in_persian_reads_right_to_left_and_explains_an_empty_search(
    open_page: OpenPage,
) -> None:
    page = open_page("fa")
    page.goto("/search")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", name="دنبال چه می\u200cگردید؟")).to_be_visible()
    page.get_by_label("واژه\u200cهایی که می\u200cجویید").fill("انرژی")
    page.get_by_label("واژه\u200cهایی که می\u200cجویید").press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=%D8%A7"))
    expect(page.locator(".search-result").first).to_be_visible()
    expect(page.locator("#search-results-title")).to_contain_text("«")


def test_programmes_and_actions_are_labelled_filtered_and_opened(open_page: OpenPage) -> None:
    page = open_page("tr")
    page.goto("/search?q=mobility")
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()

    # The kinds of the follow-up half have their names and filters like the others.
    page.get_by_label("Eylemler").click()
    expect(page).to_have_url(re.compile(r"q=mobility&type=action$"))
    expect(page.get_by_label("Eylemler")).to_be_checked()
    badges = page.locator(".search-result__meta")
    expect(badges.first).to_contain_text("Eylem")
    expect(badges.filter(has_text="Girişim")).to_have_count(0)
    expect(page.locator(".search-facets")).not_to_contain_text("action")

    # An action opens its own page, not an initiative's.
    title = results.first.get_by_role("link").inner_text()
    results.first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/actions/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
