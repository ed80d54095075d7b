"""Registering, logging in and out, and the server's messages shown where they belong."""

from __future__ import annotations

import uuid

import pytest
from playwright.sync_api import Page, expect

from .conftest import DEMO_PASSWORD, ApiCaller, OpenPage

pytestmark = pytest.mark.e2e


def _unique_email() -> str:
    return f"e2e-{uuid.uuid4().hex[:12]}@example.com"


def test_a_visitor_registers_and_is_logged_in(page: Page) -> None:
    page.goto("/register")
    page.get_by_label("Your name").fill("Aino Virtanen")
    page.get_by_label("E-mail address").fill(_unique_email())
    page.get_by_label("Password").fill("a-long-enough-password")
    page.get_by_label("Preferred language").select_option("fi")
    page.get_by_role("button", name="Create account").click()

    expect(page).to_have_url("/")
    expect(page.get_by_text("Welcome, Aino Virtanen.")).to_be_visible()
    expect(page.get_by_role("button", name="Aino Virtanen")).to_be_visible()


def test_a_member_logs_in_sees_their_city_and_logs_out(page: Page) -> None:
    page.goto("/login")
    page.get_by_label("E-mail address").fill("delegate.izmir@polylog.example")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()

    account = page.locator(".account-menu__button")
    expect(account).to_be_visible()
    account.click()
    expect(page.get_by_role("list", name="Your cities")).to_contain_text("Izmir")
    expect(account).to_have_attribute("aria-expanded", "true")

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()
    assert page.evaluate("localStorage.getItem('polylog.access_token')") is None


def test_a_too_short_password_is_explained_beside_the_field_in_persian(
    open_page: OpenPage, api: ApiCaller
) -> None:
    refusal = api(
        "POST",
        "/api/v1/auth/register",
        "fa",
        {"email": _unique_email(), "password": "short", "display_name": "Sara"},
    )
    expected = next(e["message"] for e in refusal["errors"] if e["field"].endswith("password"))

    page = open_page("fa")
    page.goto("/register")
    page.locator("#display_name").fill("سارا")
    page.locator("#email").fill(_unique_email())
    page.locator("#password").fill("short")
    page.locator("form button[type=submit]").click()

    password_error = page.locator("#password-error")
    expect(password_error).to_have_text(expected)
    expect(page.locator("#password")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#password")).to_have_attribute(
        "aria-describedby", "password-hint password-error"
    )
    expect(page.get_by_role("alert")).to_contain_text(refusal["detail"])
    expect(page.locator("#email-error")).to_have_count(0)


def test_a_wrong_password_shows_the_servers_detail(open_page: OpenPage) -> None:
    page = open_page("tr")
    page.goto("/login")
    page.locator("#email").fill("participant@polylog.example")
    page.locator("#password").fill("not-the-password")
    with page.expect_response("**/api/v1/auth/token") as answer:
        page.locator("form button[type=submit]").click()
    detail = answer.value.json()["detail"]

    expect(page.get_by_role("alert")).to_have_text(detail)
    expect(page).to_have_url("/login")
