"""Unknown addresses, unknown cities and a server that cannot be reached."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect

from .conftest import ApiCaller, OpenPage

pytestmark = pytest.mark.e2e


def test_an_unknown_address_shows_page_not_found(page: Page) -> None:
    page.goto("/no/such/page")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    page.get_by_role("link", name="Go to the home page").click()
    expect(page).to_have_url("/")


def test_an_unknown_city_shows_the_servers_message(open_page: OpenPage, api: ApiCaller) -> None:
    detail = api("GET", "/api/v1/cities/atlantis", "fi")["detail"]
    page = open_page("fi")
    page.goto("/cities/atlantis")
    expect(page.get_by_role("alert")).to_contain_text(detail)
    expect(page.get_by_role("button", name="Yritä uudelleen")).to_have_count(0)


def test_a_network_failure_offers_a_retry_that_works(page: Page) -> None:
    page.route("**/api/v1/cities", lambda route: route.abort("connectionrefused"))
    page.goto("/cities")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Polylog could not be reached.")

    page.unroute("**/api/v1/cities")
    page.get_by_role("button", name="Try again").click()
    expect(page.locator(".city-card")).to_have_count(10)  # the demo cities
    expect(alert).to_have_count(0)


def test_a_server_error_offers_a_retry(page: Page) -> None:
    def fail(route: Route) -> None:
        route.fulfill(
            status=503,
            content_type="application/problem+json",
            body='{"type": "about:blank", "title": "Service unavailable", "status": 503,'
            ' "detail": "The database does not answer."}',
        )

    page.route("**/api/v1/cities", fail)
    page.goto("/cities")
    expect(page.get_by_role("alert")).to_contain_text("The database does not answer.")
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
