"""A city's report in the browser: sections, the missing items with their links, the files."""

from __future__ import annotations

import re

import httpx2
import pytest
from playwright.sync_api import expect

from .conftest import OpenPage

pytestmark = pytest.mark.e2e


def test_izmirs_report_shows_its_sections_and_what_is_missing(
    open_page: OpenPage, server_url: str
) -> None:
    page = open_page("tr")
    page.goto("/cities/izmir")
    page.get_by_role("link", name="İzmir raporunu aç").click()
    expect(page).to_have_url(re.compile(r"/cities/izmir/report"))
    expect(page.get_by_role("heading", level=1)).to_have_text("İzmir raporu")

    for heading in ("SKA kapsamı", "Programlar ve eylem planları", "Göstergeler ve hedefler"):
        expect(page.get_by_role("heading", level=2, name=heading)).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Akran öğrenmesi")).to_be_visible()

    # The missing items link to where each is filled in: an SDG with nothing leads to a new
    # initiative for that goal, an indicator without a measurement to its page.
    missing = page.locator("section[aria-labelledby='report-missing'] li a")
    expect(missing.first).to_be_visible()
    sdg_gap = missing.filter(has_text=re.compile(r"^SKA 1 \("))
    expect(sdg_gap).to_have_attribute("href", "/initiatives/new?sdg=1")
    indicator_gap = missing.filter(has_text="ölçüm")
    expect(indicator_gap.first).to_have_attribute(
        "href", re.compile(r"^/(programmes|initiatives)/\d+$")
    )

    # The Climate City Contract framework is one choice away and changes the address.
    # The choice lives in the address: the radio turns checked a render after the navigation.
    page.get_by_label("İklim Şehri Sözleşmesi").click()
    expect(page.get_by_label("İklim Şehri Sözleşmesi")).to_be_checked()
    expect(page).to_have_url(re.compile(r"framework=ccc"))

    pdf = page.get_by_role("link", name="PDF olarak indir")
    href = pdf.get_attribute("href")
    assert href is not None
    assert "format=pdf" in href
    assert "lang=tr" in href
    response = httpx2.get(f"{server_url}{href}", timeout=60)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    xlsx = page.get_by_role("link", name="Excel (XLSX) olarak indir").get_attribute("href")
    assert xlsx is not None
    assert "format=xlsx" in xlsx
