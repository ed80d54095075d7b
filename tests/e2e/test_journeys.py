"""Coaching journeys and learning tracks in the browser: the coached city works on a stage and
submits it, the coach returns it with a comment, and a participant downloads a track certificate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import ApiCaller, OpenPage, OpenSignedIn
from .pages import serious_violations

pytestmark = pytest.mark.e2e

KARSIYAKA_ADMIN = "cityadmin.karsiyaka@polylog.example"
IZMIR_ADMIN = "cityadmin.izmir@polylog.example"
PARTICIPANT = "participant@polylog.example"
STAGE = "indicators_targets"


def _izsa_journey(api: ApiCaller, language: str) -> dict:
    journeys = api("GET", "/api/v1/journeys?city=karsiyaka&role=coachee", language)
    [summary] = [item for item in journeys["items"] if item["template"] == "sustainability_office"]
    return api("GET", f"/api/v1/journeys/{summary['id']}", language)


def _open_stage(page: Page, journey: dict, stage_key: str) -> None:
    page.goto(f"/journeys/{journey['id']}")
    stage = next(item for item in journey["stages"] if item["key"] == stage_key)
    page.get_by_role("navigation").get_by_role(
        "button", name=re.compile(re.escape(stage["title"]))
    ).click()
    expect(page.locator("#stage-panel-heading")).to_contain_text(stage["title"])


def test_the_coached_city_submits_a_stage_and_the_coach_returns_it_with_a_comment(
    open_signed_in: OpenSignedIn, api: ApiCaller, axe_source: str, screenshot_dir: Path
) -> None:
    journey = _izsa_journey(api, "tr")
    stage = next(item for item in journey["stages"] if item["key"] == STAGE)
    [first, second] = stage["tasks"]

    coachee = open_signed_in(KARSIYAKA_ADMIN, "tr")
    _open_stage(coachee, journey, STAGE)
    panel = coachee.locator("#stage-panel")

    # Submitting with the required tasks open is refused, naming them.
    panel.get_by_role("button", name="Aşamayı koça gönder").click()
    refusal = panel.locator(".stage-submit [role=alert]")
    expect(refusal).to_contain_text(first["title"])
    expect(refusal).to_contain_text(second["title"])

    # A link that is not one is refused at its field; a real one becomes evidence.
    prefix = f"#task-{first['key']}-evidence"
    coachee.select_option(f"{prefix}-kind", "link")
    coachee.fill(f"{prefix}-url", "bir bağlantı değil")
    panel.get_by_role("button", name="Kanıtı ekle").first.click()
    expect(coachee.locator(f"{prefix}-url-error")).to_contain_text("https://")
    coachee.fill(f"{prefix}-url", "https://karsiyaka.bel.tr/gostergeler")
    panel.get_by_role("button", name="Kanıtı ekle").first.click()
    evidence = panel.locator(".task").first.locator(".evidence-list")
    expect(evidence).to_contain_text("karsiyaka.bel.tr/gostergeler")

    coachee.fill(f"#task-{first['key']}-note", "Karbon ve su göstergeleri 2024 değerleriyle.")
    panel.get_by_role("button", name="Notu kaydet").click()
    expect(panel.get_by_role("button", name="Notu kaydet")).to_have_count(0)

    coachee.evaluate("document.fonts.ready")
    coachee.screenshot(path=screenshot_dir / "journey-stage-tr.png", full_page=True)
    assert serious_violations(coachee, axe_source) == []

    for task in (first, second):
        # The box shows the saved state: it turns checked once the API has answered.
        coachee.click(f"#task-{task['key']}-done")
        expect(coachee.locator(f"#task-{task['key']}-done")).to_be_checked()
    panel.get_by_role("button", name="Aşamayı koça gönder").click()
    expect(panel.locator(".stage-status")).to_contain_text("Koçun onayını bekliyor")
    expect(coachee.locator(f"#task-{first['key']}-done")).to_have_count(0)

    coach = open_signed_in(IZMIR_ADMIN, "tr")
    _open_stage(coach, journey, STAGE)
    decision = coach.locator(".coach-decision")
    expect(coach.locator("#stage-panel")).to_contain_text("karsiyaka.bel.tr/gostergeler")
    # Returning without a comment is refused at the comment.
    decision.get_by_role("button", name="Yorumla geri gönder").click()
    expect(coach.locator(f"#stage-{STAGE}-comment-error")).to_be_visible()
    comment = "Hedeflere tarih ekleyin ve su göstergesinin kaynağını belirtin."
    coach.fill(f"#stage-{STAGE}-comment", comment)
    decision.get_by_role("button", name="Yorumla geri gönder").click()
    expect(coach.locator("#stage-panel .stage-status")).to_contain_text(
        "Düzeltme için geri gönderildi"
    )

    coachee.reload()
    _open_stage(coachee, journey, STAGE)
    expect(coachee.locator(".stage-comment")).to_contain_text(comment)
    coachee.screenshot(path=screenshot_dir / "journey-returned-tr.png", full_page=True)
    expect(coachee.locator(f"#task-{first['key']}-done")).to_be_checked()
    expect(panel.get_by_role("button", name="Aşamayı yeniden gönder")).to_be_visible()


def test_the_coach_invites_a_district_and_its_city_admin_accepts_in_turkish(
    open_signed_in: OpenSignedIn, api: ApiCaller
) -> None:
    coach = open_signed_in(IZMIR_ADMIN, "tr")
    coach.goto("/journeys/new")
    coach.select_option("#coachee_city", "karsiyaka")
    template = next(
        item
        for item in api("GET", "/api/v1/journey-templates", "tr")
        if item["key"] == "climate_city_contract"
    )
    coach.check("#template-climate_city_contract")
    expect(coach.locator("#template-climate_city_contract-stages li")).to_have_count(
        len(template["stages"])
    )
    coach.fill("#title", "Karşıyaka İklim Sözleşmesi koçluğu")
    coach.get_by_role("button", name="Daveti gönder").click()
    expect(coach.locator("main h1")).to_have_text("Karşıyaka İklim Sözleşmesi koçluğu")
    expect(coach.locator(".journey-facts")).to_contain_text("Davet yanıt bekliyor")
    journey_url = coach.url

    coachee = open_signed_in(KARSIYAKA_ADMIN, "tr")
    coachee.goto("/journeys")
    card = coachee.locator(".journey-card").filter(has_text="İklim Sözleşmesi")
    card.get_by_role("button", name="Daveti kabul et").click()
    expect(card).to_contain_text("Sürüyor")
    expect(card.get_by_role("button", name="Daveti kabul et")).to_have_count(0)

    coach.goto(journey_url)
    expect(coach.locator(".journey-facts")).to_contain_text("Sürüyor")


def test_an_organiser_puts_sessions_together_as_a_track(
    open_signed_in: OpenSignedIn, api: ApiCaller
) -> None:
    page = open_signed_in("organiser.balikesir@polylog.example", "en")
    page.goto("/tracks/new")
    page.fill("#text-en-title", "Smart City training, spring days")
    sessions = page.locator(".track-form__sessions input[type=checkbox]")
    sessions.nth(3).check()
    sessions.nth(4).check()
    page.fill("#required_sessions", "3")
    page.get_by_role("button", name="Publish the track").click()
    expect(page.locator("#required_sessions-error")).to_be_visible()
    page.fill("#required_sessions", "2")
    page.get_by_role("button", name="Publish the track").click()
    expect(page.locator("main h1")).to_have_text("Smart City training, spring days")
    expect(page.locator(".facts")).to_contain_text("Attend at least 2 of its 2 sessions.")
    expect(page.locator(".session-card")).to_have_count(2)


def test_a_participant_sees_the_balikesir_track_complete_and_downloads_its_certificate(
    open_signed_in: OpenSignedIn, api: ApiCaller, tmp_path: Path
) -> None:
    demo_track = api("GET", "/api/v1/tracks/1", "en")
    page = open_signed_in(PARTICIPANT, "en")
    page.goto("/me/tracks")
    card = page.locator(".track-card").filter(has_text=demo_track["title"])
    expect(card).to_contain_text("Attended 3 of the 3 sessions needed")

    with (
        page.expect_response(re.compile(r"/api/v1/tracks/\d+/certificate\.pdf")) as answer,
        page.expect_download() as download,
    ):
        card.get_by_role("button", name="Download the certificate (PDF)").click()
    assert answer.value.status == 200
    assert answer.value.headers["content-type"] == "application/pdf"
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")

    card.get_by_role("link").first.click()
    expect(page.locator("main h1")).to_contain_text("Balikesir")
    expect(page.locator(".facts")).to_contain_text("Attend at least 3 of its 3 sessions.")
    expect(page.locator(".session-card")).to_have_count(3)


def test_a_track_session_links_to_its_track(open_page: OpenPage, api: ApiCaller) -> None:
    track = api("GET", "/api/v1/tracks/1", "en")
    page = open_page("en")
    page.goto(f"/sessions/{track['session_ids'][0]}")
    page.locator(".facts").get_by_role("link", name=track["title"]).click()
    expect(page).to_have_url(re.compile(rf"/tracks/{track['id']}$"))
