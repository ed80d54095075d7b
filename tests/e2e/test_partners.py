"""Finding a partner in the browser: Rasht's gap, the partners strong there and why, a request, Izmir's acceptance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import OpenPage, OpenSignedIn
from .pages import isolated, serious_violations

pytestmark = pytest.mark.e2e

RASHT_ADMIN = "cityadmin.rasht@polylog.example"
IZMIR_ADMIN = "cityadmin.izmir@polylog.example"
IZMIR_ORGANISER = "delegate.izmir@polylog.example"


def test_rasht_finds_partners_for_a_gap_sends_izmir_a_request_and_izmir_accepts(
    open_page: OpenPage, open_signed_in: OpenSignedIn, axe_source: str, screenshot_dir: Path
) -> None:
    # Rasht's city admin, reading Persian, opens the city's page: SDG 7 is a gap.
    rasht = open_signed_in(RASHT_ADMIN, "fa")
    rasht.goto("/cities/rasht")
    expect(rasht.locator("main h1")).to_have_text("رشت")
    expect(
        rasht.locator('head link[rel="alternate"][type="application/atom+xml"]')
    ).to_have_attribute("href", "/api/v1/cities/rasht/feed.atom?lang=fa")
    rasht.get_by_role(
        "button", name=re.compile("^یافتن شریک برای هدف " + isolated("۷") + "$")
    ).click()

    # Who is strong there, and why, in Persian.
    panel = rasht.locator("section.partners")
    expect(panel.get_by_role("heading", level=3).first).to_contain_text("هدف ۷")
    izmir = panel.locator("li.partner").filter(
        has=rasht.get_by_role("link", name="ازمیر", exact=True)
    )
    expect(izmir).to_be_visible()
    expect(izmir.locator(".reason--sdg_strength")).to_contain_text("ابتکار منتشرشده")
    expect(izmir.locator(".reason--time_zone_overlap")).to_contain_text("ساعت")
    assert serious_violations(rasht, axe_source) == []
    rasht.evaluate("document.fonts.ready")
    rasht.screenshot(path=screenshot_dir / "partners-fa.png", full_page=True)

    # A study visit proposed to Izmir.
    izmir.get_by_role("button", name="پیشنهاد تبادل").click()
    izmir.get_by_label("بازدید علمی").check()
    izmir.get_by_label("پیام").fill("می‌خواهیم تعاونی‌های انرژی ازمیر را از نزدیک ببینیم.")
    izmir.get_by_role("button", name="ارسال درخواست").click()
    expect(izmir.get_by_role("status")).to_contain_text("درخواست شما فرستاده شد")

    # Izmir's city admin, reading Turkish, finds it in the inbox and accepts it.
    host = open_signed_in(IZMIR_ADMIN, "tr")
    host.goto("/exchange-requests")
    expect(host.locator("main h1")).to_have_text("Değişim talepleri")
    request = host.locator("li.exchange-request").filter(has_text="تعاونی‌های انرژی").first
    expect(request).to_contain_text("Çalışma ziyareti")
    expect(request).to_contain_text("Yanıt bekleniyor")
    assert serious_violations(host, axe_source) == []
    host.evaluate("document.fonts.ready")
    host.screenshot(path=screenshot_dir / "exchange-requests-tr.png", full_page=True)
    request.get_by_role("button", name="Kabul et ve oturumu hazırla").click()

    # The city admin sees the draft session hosted by Izmir; only its organisers can complete it.
    expect(host).to_have_url(re.compile(r"/sessions/\d+$"))
    session_id = re.search(r"/sessions/(\d+)$", host.url).group(1)  # type: ignore[union-attr]
    expect(host.get_by_role("note").filter(has_text="taslak")).to_be_visible()
    expect(host.locator("main h1")).to_contain_text("Reşt")
    visitor = open_page("en")
    visitor.goto(f"/sessions/{session_id}")
    expect(visitor.locator("main")).to_contain_text("There is no session with this number.")

    # Izmir's organiser completes it in the session editor, then publishes it.
    organiser = open_signed_in(IZMIR_ORGANISER, "tr")
    organiser.goto(f"/sessions/{session_id}/edit")
    expect(organiser.locator("#text-tr-title")).to_have_value(re.compile("Reşt.*İzmir"))
    organiser.evaluate("document.fonts.ready")
    organiser.screenshot(path=screenshot_dir / "draft-session-editor-tr.png", full_page=True)
    organiser.goto(f"/sessions/{session_id}")
    organiser.get_by_role("button", name="Oturumu yayımla").click()
    expect(organiser.get_by_role("note").filter(has_text="taslak")).to_have_count(0)
    visitor.goto(f"/sessions/{session_id}")
    expect(visitor.locator("main h1")).to_contain_text("Reşt")


def test_following_a_city_shows_its_news_in_the_digest_preview(
    open_signed_in: OpenSignedIn, axe_source: str, screenshot_dir: Path
) -> None:
    page = open_signed_in("delegate.isfahan@polylog.example", "fa")
    page.goto("/cities/izmir")
    page.get_by_role("button", name=re.compile("^دنبال کردن")).click()
    expect(page.get_by_role("button", name=re.compile("دنبال می‌کنید"))).to_have_attribute(
        "aria-pressed", "true"
    )
    page.goto("/me/follows")
    expect(page.locator("main h1")).to_have_text("آنچه دنبال می‌کنم")
    expect(page.get_by_role("link", name="ازمیر")).to_be_visible()
    page.get_by_role("button", name="پیش‌نمایش خلاصه").click()
    digest = page.locator(".digest")
    expect(digest.get_by_role("heading", name="ازمیر")).to_be_visible()
    expect(digest.locator("li").first).to_be_visible()
    assert serious_violations(page, axe_source) == []
    page.evaluate("document.fonts.ready")
    page.screenshot(path=screenshot_dir / "follows-fa.png", full_page=True)


def test_screenshots_of_partners_and_follows_in_turkish(
    open_signed_in: OpenSignedIn, screenshot_dir: Path
) -> None:
    page = open_signed_in(IZMIR_ADMIN, "tr")
    page.goto("/cities/izmir")
    # Life on land is a gap of Izmir's that no other browser test fills.
    page.get_by_role(
        "button", name=re.compile("^SKA " + isolated("15") + " için ortak bul$")
    ).click()
    partners = page.locator("section.partners li.partner")
    expect(partners.first).to_be_visible()
    expect(partners.first.locator(".reason--sdg_strength")).to_contain_text("SKA 15")
    page.evaluate("document.fonts.ready")
    page.screenshot(path=screenshot_dir / "partners-tr.png", full_page=True)

    page.get_by_role("button", name=re.compile("^Takip et: ")).click()
    page.goto("/sdgs/12")
    expect(page.locator('head link[type="application/atom+xml"]')).to_have_attribute(
        "href", "/api/v1/sdgs/12/feed.atom?lang=tr"
    )
    page.get_by_role("button", name=re.compile("^Takip et: ")).click()
    page.goto("/me/follows")
    expect(page.locator(".follow-list__item")).to_have_count(2)
    page.get_by_role("button", name="Özeti önizle").click()
    expect(page.locator(".digest h3").first).to_be_visible()
    page.evaluate("document.fonts.ready")
    page.screenshot(path=screenshot_dir / "follows-tr.png", full_page=True)
