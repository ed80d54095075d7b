"""Initiatives in the browser: publishing, translating, measuring, reading in another language, stale edits."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx2
import pytest
from playwright.sync_api import Page, expect

from .conftest import OpenPage, OpenSignedIn, access_token
from .stale_edits import expect_conflict, expect_merge, expect_no_question

pytestmark = pytest.mark.e2e

IZMIR_DELEGATE = "delegate.izmir@polylog.example"


def _unique(text: str) -> str:
    return f"{text} {uuid.uuid4().hex[:6]}"


def _create_initiative(server_url: str, title: str, summary: str) -> dict[str, Any]:
    token = access_token(server_url, IZMIR_DELEGATE)
    response = httpx2.post(
        f"{server_url}/api/v1/initiatives",
        json={
            "city": "izmir",
            "original_language": "en",
            "translations": {"en": {"title": title, "summary": summary}},
            "status": "planned",
            "sdgs": [11],
        },
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    response.raise_for_status()
    return dict(response.json())


def test_a_delegate_publishes_translates_measures_and_finds_the_initiative(
    open_signed_in: OpenSignedIn,
) -> None:
    page = open_signed_in(IZMIR_DELEGATE, "tr")
    title = _unique("Karşıyaka Kent Bostanları")

    # Published in Turkish.
    page.goto("/initiatives/new")
    expect(page.get_by_role("heading", level=1)).to_have_text("Yeni girişim")
    page.locator("#text-tr-title").fill(title)
    page.locator("#text-tr-summary").fill("Mahallelerde ortak bostanlar ve kompost alanları.")
    page.locator("#status-ongoing").check()
    page.locator("#start_date").fill("2026-03-01")
    page.locator("#sdg-2").check()
    page.locator("#sdg-13").check()
    page.locator("#theme-food_gastronomy").check()
    page.locator("#location-lat").fill("38,4598")
    page.locator("#location-lng").fill("27.1080")
    page.locator("#location-district").fill("Karşıyaka")
    page.locator("#partners").fill("Karşıyaka Belediyesi\nEge Üniversitesi")
    page.get_by_role("button", name="Girişimi yayımla").click()

    expect(page).to_have_url(re.compile(r"/initiatives/\d+$"))
    initiative_url = page.url
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    # In the item's facts: the similar initiatives below it show their goals too.
    facts = page.get_by_role("complementary", name="Bilgiler")
    expect(facts.get_by_role("img", name=re.compile("^SKA 2:"))).to_be_visible()
    expect(page.get_by_text("Başlangıç: 1 Mart 2026")).to_be_visible()
    expect(page.get_by_text("Ege Üniversitesi")).to_be_visible()

    # An English translation added in its own tab.
    page.get_by_role("link", name="Düzenle").click()
    page.locator("#add-language").select_option("en")
    page.get_by_role("button", name="Dil ekle").click()
    english_tab = page.get_by_role("tab", name="English")
    expect(english_tab).to_have_attribute("aria-selected", "true")
    page.locator("#text-en-title").fill("Karşıyaka urban gardens")
    page.locator("#text-en-summary").fill("Shared gardens and compost sites in the neighbourhoods.")
    page.locator("#status-completed").check()
    page.get_by_role("button", name="Değişiklikleri kaydet").click()

    expect(page).to_have_url(initiative_url)
    revisions = page.locator(".revisions")
    expect(revisions.locator(".revision").first).to_contain_text("Sürüm 2")
    expect(revisions.locator(".revision").first).to_contain_text("Değiştiren:")
    expect(revisions.locator(".revision").first).to_contain_text("Ayşe Yılmaz")
    expect(revisions.locator(".revision").first).to_contain_text("Metinler")
    expect(revisions.locator(".revision").first).to_contain_text("Durum")
    expect(page.locator(".status").first).to_contain_text("Tamamlandı")

    # An indicator and a measurement, with progress and a chart.
    page.get_by_role("button", name="Gösterge ekle").click()
    page.locator("#indicator-name").fill("Bostan parseli")
    page.locator("#indicator-unit").fill("parsel")
    page.locator("#indicator-baseline").fill("0")
    page.locator("#indicator-target").fill("120")
    page.get_by_role("button", name="Göstergeyi kaydet").click()
    indicator = page.locator(".indicator", has_text="Bostan parseli")
    expect(indicator).to_contain_text("Henüz ölçüm yok.")
    indicator.get_by_role("button", name="Ölçüm ekle").click()
    indicator.get_by_label("Tarih").fill("2026-06-30")
    indicator.get_by_label(re.compile(r"^Değer \(.parsel.\)$")).fill("45")
    indicator.get_by_role("button", name="Ölçümü kaydet").click()
    progress = indicator.get_by_role("progressbar", name="Bostan parseli")
    expect(progress).to_have_attribute("aria-valuenow", "38")
    expect(indicator.get_by_role("img", name=re.compile("Bostan parseli"))).to_be_visible()

    # On the map: in the list, and as a marker whose popup leads back.
    page.goto("/map?city=izmir&view=38.4598,27.1080,16")
    expect(page.locator(".map-layout__list").get_by_role("link", name=title)).to_be_visible()
    marker = page.locator(".map-pin", has_text=title)
    expect(marker).to_be_visible()
    marker.click()
    page.locator(".leaflet-popup").get_by_role("link", name=title).click()
    expect(page).to_have_url(initiative_url)

    # In Izmir's SDG coverage, zero hunger is no longer a gap.
    page.goto("/cities/izmir")
    zero_hunger = page.locator(".coverage__goal").nth(1)
    expect(zero_hunger).to_contain_text("1 girişim")
    expect(zero_hunger).not_to_have_class(re.compile("coverage__goal--gap"))
    expect(page.locator(".coverage__goal").first).to_contain_text("Boşluk: henüz girişim yok")


def test_a_finnish_reader_is_told_the_text_is_in_english_and_can_read_the_original(
    open_page: OpenPage,
) -> None:
    page = open_page("fi")
    page.goto("/initiatives/1")

    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Izmir Sustainability Map")
    expect(heading).to_have_attribute("lang", "en")
    expect(page.get_by_role("note")).to_have_text(
        "Näytetään kielellä englanti — ei vielä käännetty suomeksi."
    )

    page.get_by_role("button", name="Näytä alkuperäinen (Türkçe)").click()
    expect(heading).to_have_text("İzmir Sürdürülebilirlik Haritası")
    expect(heading).to_have_attribute("lang", "tr")
    expect(page.get_by_role("note")).to_contain_text("kielellä turkki")

    page.get_by_role("button", name="Näytä käännös (English)").click()
    expect(heading).to_have_text("Izmir Sustainability Map")


def test_a_stale_edit_shows_both_versions_and_saves_the_choices(
    open_signed_in: OpenSignedIn, server_url: str
) -> None:
    initiative = _create_initiative(server_url, _unique("Tree planting"), "First summary.")
    edit_url = f"/initiatives/{initiative['id']}/edit"
    first, second = open_signed_in(IZMIR_DELEGATE, "en"), open_signed_in(IZMIR_DELEGATE, "en")
    for page in (first, second):
        page.goto(edit_url)
        expect(page.locator("#text-en-title")).to_have_value(initiative["title"])

    first.locator("#text-en-summary").fill("Summary saved first.")
    first.get_by_role("button", name="Save changes").click()
    expect(first).to_have_url(f"/initiatives/{initiative['id']}")

    second.locator("#text-en-title").fill("Tree planting along the bay")
    second.locator("#text-en-summary").fill("Summary saved second.")
    second.get_by_role("button", name="Save changes").click()

    merge = expect_merge(second, "initiative", saved_by="Ayşe Yılmaz")
    summary = expect_conflict(
        merge, "Summary (English)", theirs="Summary saved first.", mine="Summary saved second."
    )
    expect_no_question(merge, "Title")

    summary.get_by_role("radio", name="Take theirs").check()
    merge.get_by_role("button", name="Save with these choices").click()

    expect(second).to_have_url(f"/initiatives/{initiative['id']}")
    expect(second.get_by_role("heading", level=1)).to_have_text("Tree planting along the bay")
    expect(second.locator(".initiative__summary")).to_have_text("Summary saved first.")
    expect(second.locator(".revision").first).to_contain_text("Version 3")


def test_errors_land_in_their_language_tab_and_a_reload_keeps_the_draft(
    open_signed_in: OpenSignedIn,
) -> None:
    page = open_signed_in(IZMIR_DELEGATE, "tr")
    page.goto("/initiatives/new")
    page.locator("#text-tr-title").fill("ab")
    page.locator("#add-language").select_option("en")
    page.get_by_role("button", name="Dil ekle").click()
    page.locator("#text-en-summary").fill("No title yet.")

    page.reload()
    expect(
        page.get_by_text("Daha önce kaydetmediğiniz değişiklikler geri yüklendi.")
    ).to_be_visible()
    expect(page.locator("#text-tr-title")).to_have_value("ab")

    english = page.get_by_role("tab", name=re.compile("^English"))
    turkish = page.get_by_role("tab", name=re.compile("^Türkçe"))
    english.click()
    page.get_by_role("button", name="Girişimi yayımla").click()

    expect(turkish).to_contain_text("hatalar var")
    expect(english).to_contain_text("hatalar var")
    expect(page.locator("#text-en-title-error")).to_be_visible()
    expect(page.locator("#text-en-title")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("alert").first).to_contain_text("düzeltilmesi gerekiyor")

    # The tabs follow the arrow keys.
    english.focus()
    page.keyboard.press("ArrowLeft")
    expect(turkish).to_have_attribute("aria-selected", "true")
    expect(turkish).to_be_focused()
    expect(page.locator("#text-tr-title-error")).to_be_visible()


def test_the_map_filters_live_in_the_address(page: Page) -> None:
    page.goto("/map?city=salo")
    heading = page.locator("#map-list-title")
    expect(heading).to_have_text("11 initiatives")
    # Eight to a page.
    expect(page.locator(".map-layout__list .initiative-card")).to_have_count(8)

    page.locator(".filter summary", has_text="Status").click()
    # Filters apply through a router navigation, so the box shows its new state a render later.
    page.get_by_label("Planned").click()
    expect(page.get_by_label("Planned")).to_be_checked()
    expect(page).to_have_url(re.compile(r"city=salo&status=planned"))
    expect(heading).to_have_text("1 initiative")
    expect(page.locator(".map-layout__list .initiative-card")).to_contain_text(
        "Open environmental data and IoT sensors in central Salo"
    )

    page.reload()
    expect(page.get_by_label("Planned")).to_be_checked()
    expect(page.get_by_label("Salo")).to_be_checked()
    expect(heading).to_have_text("1 initiative")

    page.get_by_role("button", name="Clear all filters").click()
    expect(page).not_to_have_url(re.compile(r"city=|status="))
    # The 70 of the demo, and those the other tests published.
    expect(heading).to_have_text(re.compile(r"^([7-9]\d|\d{3,}) initiatives$"))
    expect(page.get_by_role("navigation", name="Pages of the list")).to_contain_text("Page 1 of")


def test_a_cluster_shows_its_count_and_zooms_in_when_clicked(page: Page) -> None:
    cluster = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [27.14, 38.42]},
                "properties": {"kind": "cluster", "count": 420},
            }
        ],
        "total": 420,
        "zoom": 6,
        "clustered": True,
    }
    page.route("**/api/v1/map/initiatives?*", lambda route: route.fulfill(json=cluster))
    page.goto("/map?view=38.42,27.14,6")
    bubble = page.locator(".map-cluster", has_text="420")
    expect(bubble).to_be_visible()
    expect(bubble).to_have_attribute("role", "button")
    bubble.click()
    expect(page).to_have_url(re.compile(r"view=[\d.]+%2C[\d.]+%2C8"))
