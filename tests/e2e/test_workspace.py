"""A city's workspace and the administration pages in the browser: what needs the staff now,
restoring deleted items, undoing attendance, the offline base map, one catalog per reader."""

from __future__ import annotations

import re
from typing import Any

import httpx2
import pytest
from playwright.sync_api import Page, Request, expect

from .conftest import OpenPage, OpenSignedIn, SignIn, access_token

pytestmark = pytest.mark.e2e

SALO_ORGANISER = "organiser.salo@polylog.example"
IZMIR_CITY_ADMIN = "cityadmin.izmir@polylog.example"
ADMIN = "admin@polylog.example"


def _api(server_url: str, method: str, path: str, email: str, **kwargs: Any) -> httpx2.Response:
    token = access_token(server_url, email)
    return httpx2.request(
        method,
        f"{server_url}{path}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
        **kwargs,
    )


def _card(page: Page, title: str | re.Pattern[str]):  # type: ignore[no-untyped-def]
    return page.locator(".workspace-card").filter(has=page.get_by_role("heading", name=title))


def test_the_salo_organiser_sees_attendance_to_mark_and_a_stalled_action(
    page: Page, sign_in: SignIn
) -> None:
    sign_in(page, SALO_ORGANISER)
    page.goto("/")
    page.get_by_role("navigation", name="Site sections").get_by_role("link", name="My city").click()

    expect(page.get_by_role("heading", level=1, name="My city")).to_be_visible()
    expect(page.get_by_text("What needs you in Salo now.")).to_be_visible()
    attendance = _card(page, re.compile("Attendance to mark"))
    expect(attendance.locator(".workspace-card__count")).to_have_text("1")
    workshop = attendance.get_by_role("link", name=re.compile("Forum kick-off workshop"))
    expect(workshop).to_have_attribute("href", re.compile(r"/sessions/\d+/bookings$"))
    expect(attendance.get_by_text(re.compile(r"\d+ confirmed bookings to check"))).to_be_visible()

    stalled = _card(page, re.compile("Stalled actions"))
    expect(stalled.locator(".workspace-card__count")).to_have_text("1")
    action = stalled.get_by_role("link", name="Toimenpiteiden edistymisen varmistaminen")
    expect(action).to_have_attribute("href", re.compile(r"^/actions/\d+$"))
    expect(stalled.get_by_text(re.compile("two full quarters"))).to_be_visible()

    gaps = _card(page, re.compile("Goals without an initiative"))
    expect(gaps.get_by_role("link", name="See the goals Salo covers")).to_have_attribute(
        "href", "/cities/salo#city-coverage"
    )
    expect(gaps.get_by_text(re.compile("United Nations set for 2030"))).to_be_visible()
    upcoming = _card(page, re.compile("Sessions you host soon"))
    expect(upcoming.get_by_role("link", name=re.compile("Forum workshop 1"))).to_be_visible()
    # No city asked Salo for an exchange: the card says so and what to do instead.
    requests = _card(page, re.compile("Exchange requests to answer"))
    expect(requests.locator(".workspace-card__count")).to_have_text("0")
    expect(
        requests.get_by_text(re.compile("No city waits for an answer from Salo"))
    ).to_be_visible()
    # Salo's organiser booked no session of another city: where to find one.
    booked = _card(page, re.compile("Sessions you booked"))
    expect(booked.get_by_text(re.compile("You have no seat in a coming session"))).to_be_visible()
    expect(booked.get_by_role("link", name="Find a session")).to_have_attribute("href", "/sessions")

    workshop.click()
    expect(page.get_by_role("heading", level=1, name=re.compile("Bookings for"))).to_be_visible()


def test_partners_for_the_gaps_open_the_find_partners_view_of_the_goal(
    page: Page, sign_in: SignIn
) -> None:
    sign_in(page, SALO_ORGANISER)
    page.goto("/workspace")

    gaps = _card(page, re.compile("Goals without an initiative"))
    partners = gaps.get_by_role("list", name="Cities to learn from").get_by_role("listitem")
    expect(partners).to_have_count(3)
    first = partners.first.get_by_role("link")
    expect(first).to_have_text("Isfahan")
    expect(partners.first).to_contain_text("published initiatives on your gap SDGs")
    expect(first).to_have_attribute(
        "href", re.compile(r"^/cities/salo\?partners=\d+#partners-title$")
    )
    goal = re.search(r"partners=(\d+)", first.get_attribute("href") or "").group(1)  # type: ignore[union-attr]
    first.click()

    # The city's page opens on the partners of that goal, with Isfahan among them.
    expect(page).to_have_url(re.compile(rf"/cities/salo\?partners={goal}#partners-title$"))
    panel = page.locator("section.partners")
    title = page.locator("#partners-title")
    expect(title).to_contain_text(f"SDG {goal}")
    expect(title).to_be_focused()
    expect(
        page.get_by_role("button", name=re.compile(f"^Find partners for SDG \u2068?{goal}\u2069?$"))
    ).to_have_attribute("aria-expanded", "true")
    expect(
        panel.locator("li.partner").filter(has=page.get_by_role("link", name="Isfahan"))
    ).to_be_visible()


def test_rashts_city_admin_sees_isfahans_request_and_opens_it_in_the_inbox(
    open_signed_in: OpenSignedIn,
) -> None:
    page = open_signed_in("cityadmin.rasht@polylog.example", "fa")
    page.goto("/workspace")

    requests = _card(page, "درخواست‌های تبادل در انتظار پاسخ")
    expect(requests.locator(".workspace-card__count")).to_have_text("۱")
    link = requests.get_by_role("link", name=re.compile("وبینار: اصفهان"))
    expect(link).to_have_attribute("href", re.compile(r"^/exchange-requests#exchange-\d+$"))
    expect(requests).to_contain_text("بازار هفتگی کشاورزان")
    expect(requests).to_contain_text("هدف ۲")
    link.click()

    # The inbox opens at the request, where it is answered.
    expect(page.locator("main h1")).to_have_text("درخواست‌های تبادل")
    request = page.locator("li.exchange-request").filter(has_text="بازار هفتگی کشاورزان")
    expect(request.get_by_role("heading", level=2)).to_be_focused()
    expect(request.get_by_role("button", name="پذیرفتن و آماده کردن نشست")).to_be_visible()


def test_a_delegate_who_cannot_answer_sees_how_many_requests_wait(
    page: Page, sign_in: SignIn, server_url: str
) -> None:
    sent = _api(
        server_url,
        "POST",
        "/api/v1/exchange-requests",
        "delegate.tabriz@polylog.example",
        json={
            "from_city": "tabriz",
            "to_city": "istanbul",
            "sdg": 11,
            "message": "We would like to hear about the shore cycle corridor.",
            "proposed_kind": "webinar",
        },
    )
    assert sent.status_code == 201, sent.text
    sign_in(page, "delegate.istanbul@polylog.example")
    page.goto("/workspace")

    requests = _card(page, "Exchange requests")
    expect(requests.locator(".workspace-card__count")).to_have_text("1")
    expect(requests).to_contain_text(
        "1 request from another city waits for an answer from the city admins and organisers of Istanbul."
    )
    expect(requests).not_to_contain_text("shore cycle corridor")
    expect(requests.get_by_role("link", name="Exchange requests")).to_have_attribute(
        "href", "/exchange-requests"
    )


def test_izmirs_city_admin_sees_karsiyakas_stage_waiting_for_approval(
    open_signed_in: OpenSignedIn,
) -> None:
    page = open_signed_in(IZMIR_CITY_ADMIN, "tr")
    page.goto("/workspace")

    expect(page.get_by_role("heading", level=1, name="Şehrim")).to_be_visible()
    journeys = _card(page, re.compile("Koçluk yolculukları"))
    expect(journeys.locator(".workspace-card__count")).to_have_text("1")
    expect(journeys.get_by_role("link", name=re.compile("Karşıyaka"))).to_have_attribute(
        "href", re.compile(r"^/journeys/\d+$")
    )
    expect(journeys.get_by_text(re.compile("Karşıyaka.*onaylayın"))).to_be_visible()
    # Her own seats in Salo's forum workshops, soonest first.
    booked = _card(page, re.compile("Rezervasyon yaptığınız oturumlar"))
    expect(booked.locator(".workspace-card__count")).to_have_text("2")
    expect(booked.get_by_role("listitem").first).to_contain_text("Forum workshop 1")
    expect(booked.get_by_role("listitem").first).to_contain_text("Salo · Onaylandı")
    expect(booked.get_by_role("link", name="Rezervasyonlarım")).to_have_attribute(
        "href", "/me/bookings"
    )
    # A city admin reads the city's audit log from the workspace, in the reader's dates.
    page.get_by_role("link", name="İzmir denetim kaydı").click()
    expect(page.get_by_role("heading", level=1, name="İzmir denetim kaydı")).to_be_visible()
    rows = page.locator("table tbody tr")
    expect(rows.first).to_be_visible()
    expect(page.get_by_role("navigation", name="Denetim kaydının sayfaları")).to_be_visible()
    page.get_by_role("link", name="Sonraki sayfa").click()
    expect(page).to_have_url(re.compile(r"/cities/izmir/audit\?page=2$"))
    expect(rows.first).to_be_visible()


def test_someone_without_a_city_is_told_how_to_get_one(page: Page, sign_in: SignIn) -> None:
    sign_in(page, "participant@polylog.example")
    page.goto("/workspace")

    expect(page.get_by_text("Your account belongs to no city yet")).to_be_visible()
    expect(page.get_by_role("navigation", name="Site sections")).not_to_contain_text("My city")


def test_a_platform_admin_restores_a_deleted_initiative(
    page: Page, sign_in: SignIn, server_url: str
) -> None:
    listed = httpx2.get(f"{server_url}/api/v1/initiatives?city=salo&per_page=100", timeout=10)
    initiative = listed.json()["items"][-1]
    deleted = _api(server_url, "DELETE", f"/api/v1/initiatives/{initiative['id']}", ADMIN)
    assert deleted.status_code == 204
    sign_in(page, ADMIN)
    page.goto("/workspace")
    # A platform admin acts for every city: the workspace switches between them.
    page.get_by_label("City").select_option(label="Izmir")
    expect(page).to_have_url(re.compile(r"/workspace\?city=izmir$"))
    expect(page.get_by_text("What needs you in Izmir now.")).to_be_visible()
    page.get_by_role("link", name="Deleted items").click()

    expect(page.get_by_role("link", name="Initiatives")).to_have_attribute("aria-current", "page")
    row = page.locator("tbody tr").filter(has_text=initiative["title"])
    row.get_by_role("button", name="Restore").click()
    expect(row.get_by_text(re.compile("shown again in lists"))).to_be_visible()
    row.get_by_role("button", name="Yes, restore it").click()

    # The title is wrapped in Unicode isolates, as every title inside a sentence.
    expect(page.get_by_role("status")).to_contain_text(initiative["title"])
    expect(page.get_by_role("status")).to_contain_text("is restored.")
    expect(page.locator("tbody tr").filter(has_text=initiative["title"])).to_have_count(0)
    page.get_by_role("link", name="Open it").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(initiative["title"])
    again = httpx2.get(f"{server_url}/api/v1/initiatives/{initiative['id']}", timeout=10)
    assert again.status_code == 200


def test_an_organiser_undoes_attendance_marked_by_mistake(
    page: Page, sign_in: SignIn, server_url: str
) -> None:
    bookings = _api(server_url, "GET", "/api/v1/sessions/1/bookings", SALO_ORGANISER).json()
    booking = next(item for item in bookings if item["status"] == "confirmed")
    marked = _api(
        server_url,
        "POST",
        "/api/v1/sessions/1/attendance",
        SALO_ORGANISER,
        json={"booking_ids": [booking["id"]]},
    )
    assert marked.status_code == 200
    name = booking["person"]["display_name"]
    sign_in(page, SALO_ORGANISER)
    page.goto("/sessions/1/bookings")

    expect(page.get_by_role("checkbox", name=f"{name} attended")).to_be_checked()
    page.get_by_role("button", name=f"Undo the attendance of {name}").click()

    expect(page.get_by_role("status")).to_contain_text(f"The attendance of {name} is taken back")
    expect(page.get_by_role("checkbox", name=f"{name} attended")).not_to_be_checked()
    expect(page.get_by_role("button", name=f"Undo the attendance of {name}")).to_have_count(0)
    after = _api(server_url, "GET", "/api/v1/sessions/1/bookings", SALO_ORGANISER).json()
    assert next(item for item in after if item["id"] == booking["id"])["attended"] is False


def test_the_moderation_queue_hides_a_reported_post(
    page: Page, sign_in: SignIn, server_url: str
) -> None:
    asked = _api(
        server_url,
        "POST",
        "/api/v1/practices/1/questions",
        "delegate.isfahan@polylog.example",
        json={"body": "Buy cheap followers at spam.example", "language": "en"},
    )
    assert asked.status_code == 201, asked.text
    post_id = asked.json()["id"]
    reported = _api(
        server_url,
        "POST",
        f"/api/v1/posts/{post_id}/reports",
        "delegate.izmir@polylog.example",
        json={"reason": "Advertising"},
    )
    assert reported.status_code == 201, reported.text
    sign_in(page, ADMIN)
    page.goto("/workspace")
    reports = _card(page, re.compile("Reported posts"))
    expect(reports).to_contain_text("reported by readers")
    reports.get_by_role("link", name="Open the moderation queue").click()

    item = page.locator(".moderation-item").filter(has_text="Buy cheap followers")
    expect(item.get_by_text("Advertising")).to_be_visible()
    item.get_by_role("button", name="Hide it").click()
    expect(page.get_by_role("status")).to_contain_text("The post is hidden")
    expect(page.locator(".moderation-item").filter(has_text="Buy cheap followers")).to_have_count(0)


def test_the_map_shows_coastlines_and_markers_without_tiles(page: Page) -> None:
    tile_requests: list[str] = []
    page.on(
        "request",
        lambda request: (
            tile_requests.append(request.url) if "tile.openstreetmap.org" in request.url else None
        ),
    )
    page.goto("/map")

    # The conftest aborts every tile request, as offline: the bundled outline is drawn instead.
    outlines = page.locator(".leaflet-basemap-pane path.base-map__land")
    expect(outlines.first).to_be_attached(timeout=15_000)
    assert outlines.count() > 100
    expect(page.locator(".leaflet-basemap-pane path.base-map__border").first).to_be_attached()
    expect(page.locator(".map-pin, .map-cluster").first).to_be_visible(timeout=15_000)
    expect(page.get_by_text(re.compile("the outline of the countries is shown"))).to_be_visible()
    assert tile_requests, "the tiles are asked for and drawn over the outline when they load"
    # The outline lies under the tiles, the markers above both.
    z_order = page.evaluate(
        """() => ['basemap', 'tile', 'marker'].map((name) =>
            Number(getComputedStyle(document.querySelector(`.leaflet-${name}-pane`)).zIndex))"""
    )
    assert z_order[0] < z_order[1] < z_order[2]


def test_only_the_readers_catalog_is_loaded(open_page: OpenPage) -> None:
    page = open_page("fa")
    catalogs: list[str] = []

    def note(request: Request) -> None:
        if match := re.search(r"/assets/messages-(\w+)-", request.url):
            catalogs.append(match.group(1))

    page.on("request", note)
    page.goto("/")
    expect(page.get_by_role("navigation", name="بخش‌های سایت")).to_be_visible()
    assert catalogs == ["fa"]

    page.get_by_label("زبان").select_option("fi")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("link", name="Kartta", exact=True)).to_be_visible()
    assert catalogs == ["fa", "fi"]
