"""Best practices in the browser: publishing Markdown, harmless hostile input, adoption, Q&A."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import LANGUAGES, OpenSignedIn
from .pages import isolated, serious_violations_by_path

pytestmark = pytest.mark.e2e

RASHT_DELEGATE = "cityadmin.rasht@polylog.example"
SALO_DELEGATE = "organiser.salo@polylog.example"

PROBLEM = (
    "**پسماند خانگی** در محله‌ها از مبدأ جدا نمی‌شد.\n\n"
    "- تفکیک در خانه\n"
    "- کمپوست محله‌ای\n\n"
    "جزئیات در [شهرداری رشت](https://rasht.ir)."
)
# Raw HTML and a javascript: link: the server keeps neither, and the page must not run them.
HOSTILE = (
    "<script>window.pwned = 'script'</script>\n\n"
    'گام نخست <img src="x" onerror="window.pwned = \'img\'"> '
    "[پیوند خطرناک](javascript:window.pwned='link') و پایان."
)


def _no_harm(page: Page) -> None:
    expect(page.locator("main script")).to_have_count(0)
    expect(page.locator("main [onerror], main [onclick]")).to_have_count(0)
    expect(page.locator('a[href^="javascript:" i]')).to_have_count(0)
    assert page.evaluate("window.pwned") is None


def test_a_practice_is_published_in_persian_adopted_and_discussed(
    open_signed_in: OpenSignedIn,
) -> None:
    title = f"تفکیک پسماند از مبدأ در محله‌های رشت {uuid.uuid4().hex[:4]}"

    # The Rasht delegate writes the practice in Persian and sees the Markdown previewed.
    rasht = open_signed_in(RASHT_DELEGATE, "fa")
    rasht.goto("/practices/new")
    expect(rasht.get_by_role("heading", level=1)).to_have_text("به اشتراک گذاشتن یک تجربه")
    rasht.locator("#text-fa-title").fill(title)
    rasht.locator("#text-fa-problem").fill(PROBLEM)
    preview = rasht.locator("#text-fa-problem-preview")
    expect(preview.locator("strong")).to_have_text("پسماند خانگی")
    expect(preview.locator("li")).to_have_count(2)
    expect(preview.get_by_role("link", name="شهرداری رشت")).to_have_attribute(
        "href", "https://rasht.ir"
    )
    rasht.locator("#text-fa-solution").fill(HOSTILE)
    solution_preview = rasht.locator("#text-fa-solution-preview")
    expect(solution_preview).to_contain_text("پیوند خطرناک")
    expect(solution_preview.locator("a, img, script")).to_have_count(0)
    rasht.locator("#text-fa-transferability").fill("- بودجهٔ کم\n- **شش ماه**")
    rasht.locator("#sdg-12").check()
    rasht.locator("#theme-waste_circular_economy").check()
    rasht.get_by_role("button", name="انتشار تجربه").click()

    # The page shows the server's rendering: formatted, and with nothing hostile left.
    expect(rasht).to_have_url(re.compile(r"/practices/\d+$"))
    practice_url = rasht.url
    expect(rasht.get_by_role("heading", level=1)).to_have_text(title)
    problem = rasht.locator("section[aria-labelledby='practice-problem'] .prose")
    expect(problem.locator("strong")).to_have_text("پسماند خانگی")
    expect(problem.locator("li")).to_have_count(2)
    link = problem.get_by_role("link", name="شهرداری رشت")
    expect(link).to_have_attribute("href", "https://rasht.ir")
    expect(link).to_have_attribute("rel", re.compile("noopener"))
    solution = rasht.locator("section[aria-labelledby='practice-solution'] .prose")
    expect(solution).to_contain_text("پیوند خطرناک")
    expect(solution.locator("a, img")).to_have_count(0)
    _no_harm(rasht)
    transfer = rasht.get_by_role("region", name="آنچه شهری دیگر نیاز دارد")
    expect(transfer.locator("strong")).to_have_text("شش ماه")
    facts = rasht.get_by_role("complementary")
    expect(facts.get_by_role("img", name=re.compile(r"^هدف ۱۲"))).to_be_visible()

    # A Salo delegate records that Salo is adopting it, and asks in Finnish.
    salo = open_signed_in(SALO_DELEGATE, "fi")
    salo.goto(practice_url)
    expect(salo.get_by_role("note")).to_contain_text("persia")
    salo.get_by_label("Miten Salo ottaa käytännön käyttöön? (valinnainen)").fill(
        "Kokeilemme kompostointia kahdessa kaupunginosassa."
    )
    salo.get_by_role("button", name="Kaupunkimme ottaa tämän käyttöön").click()
    adopters = salo.locator(".adopters")
    expect(adopters).to_contain_text("Salo")
    expect(adopters).to_contain_text("Kokeilemme kompostointia")
    expect(salo.get_by_role("button", name="Kaupunkimme ottaa tämän käyttöön")).to_have_count(0)
    question = "Kuinka monta kotitaloutta kokeiluun osallistui ensimmäisenä vuonna?"
    salo.get_by_label("Kysymyksesi").fill(question)
    expect(salo.get_by_label("Kirjoituskieli").first).to_have_value("fi")
    salo.get_by_role("button", name="Lähetä kysymys").click()
    asked = salo.locator(".question", has_text=question)
    expect(asked).to_contain_text(re.compile(f"Kysyjä: {isolated('Liisa Virtanen')}"))
    expect(asked.locator(".post__body")).to_have_attribute("lang", "fi")
    _no_harm(salo)

    # The Rasht delegate answers in Persian; the answer shows under the question.
    rasht.reload()
    thread = rasht.locator(".question", has_text=question)
    expect(rasht.locator(".adopters")).to_contain_text("سالو")
    answer = "در سال نخست ۱۲۰۰ خانوار شرکت کردند."
    thread.get_by_label("پاسخ شما").fill(answer)
    thread.get_by_role("button", name="ارسال پاسخ").click()
    expect(thread.locator(".answer")).to_contain_text(answer)
    expect(thread.locator(".answer")).to_contain_text(
        re.compile(f"پاسخ\u200cدهنده: {isolated('فاطمه قدیمی')} \\(رشت\\)")
    )

    # The Finnish reader sees the answer, and can report it.
    salo.reload()
    reply = salo.locator(".answer", has_text=answer)
    expect(reply.locator(".post__body")).to_have_attribute("lang", "fa")
    expect(reply.locator(".post__body")).to_have_attribute("dir", "rtl")


def test_the_practices_list_filters_live_in_the_address(page: Page) -> None:
    page.goto("/practices?city=izmir")
    heading = page.locator("#practice-results")
    expect(heading).to_have_text("2 practices")
    page.locator(".filter summary", has_text="Adoption").click()
    # Filters apply through a router navigation, so the radio shows its new state a render later.
    page.get_by_label("Not adopted yet").click()
    expect(page.get_by_label("Not adopted yet")).to_be_checked()
    expect(page).to_have_url(re.compile(r"city=izmir&adopted=false"))
    page.reload()
    expect(page.get_by_label("Not adopted yet")).to_be_checked()
    expect(page.get_by_label("Izmir")).to_be_checked()
    page.get_by_role("button", name="Clear all filters").click()
    expect(page).not_to_have_url(re.compile(r"city=|adopted="))


# What shows that each page has finished loading (lists, the thread, the lazily loaded preview).
READY = {
    "/practices": ".practice-card",
    "/practices/1": ".practice-questions > p, .questions",
    "/practices/new": ".md-preview__body[hidden]",
}


def _goto_loaded(page: Page, path: str) -> None:
    page.goto(path)
    expect(page.locator("main h1")).to_be_visible()
    expect(page.locator(READY[path]).first).to_be_attached()
    expect(page.get_by_role("status")).to_have_count(0)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_practice_pages_have_no_serious_accessibility_violations(
    open_signed_in: OpenSignedIn, axe_source: str, language: str
) -> None:
    # A delegate of another city sees the most: the adoption form and the question form too.
    page = open_signed_in(SALO_DELEGATE, language)
    assert serious_violations_by_path(page, axe_source, READY, _goto_loaded) == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_the_practices(
    open_signed_in: OpenSignedIn, screenshot_dir: Path, language: str
) -> None:
    page = open_signed_in(SALO_DELEGATE, language)
    shots = {
        "practices": "/practices",
        "practice": "/practices/1",
        "practice-form": "/practices/new",
    }
    for name, path in shots.items():
        _goto_loaded(page, path)
        if name == "practice-form":
            page.locator("#text-" + language + "-problem").fill(
                {
                    "en": "**Waste** was not separated:\n\n- at home\n- [in the districts](https://example.org)",
                    "tr": "**Atıklar** ayrıştırılmıyordu:\n\n- evlerde\n- [mahallelerde](https://example.org)",
                    "fa": "**پسماند** جدا نمی‌شد:\n\n- در خانه\n- [در محله‌ها](https://example.org)",
                    "fi": "**Jätteitä** ei lajiteltu:\n\n- kotona\n- [kaupunginosissa](https://example.org)",
                }[language]
            )
            expect(page.locator(f"#text-{language}-problem-preview strong")).to_be_visible()
        page.evaluate("document.fonts.ready")
        page.screenshot(path=screenshot_dir / f"{name}-{language}.png", full_page=True)
