"""Real-browser tests of the SPA: a Polylog server of their own and Debian's Chromium.

The server runs as a subprocess on a free port with a fresh SQLite database
and the demo data; it serves the built SPA from frontend/dist, so these tests
skip when the SPA has not been built (`make e2e-tests` builds it first).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import httpx2
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from tests.servers import REPO_ROOT, start_polylog, stop

SPA_INDEX = REPO_ROOT / "frontend" / "dist" / "index.html"
AXE_SCRIPT = REPO_ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO_ROOT / "var" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LANGUAGES = ("en", "tr", "fa", "fi")
BROWSER_LOCALES = {"en": "en-GB", "tr": "tr-TR", "fa": "fa-IR", "fi": "fi-FI"}
DEMO_PASSWORD = "polylog-demo-2026"
MAP_TILES = "https://tile.openstreetmap.org/**"

# The machines are shared and sometimes busy: give pages a little more time than Playwright's 5 s.
expect.set_options(timeout=10_000)


class OpenPage(Protocol):
    """Opens a page in a fresh browser profile that prefers `language`, as on a first visit."""

    def __call__(self, language: str = "en") -> Page: ...


class SignIn(Protocol):
    """Signs the page's browser profile in as a demo user (the token the SPA keeps), before it opens a page."""

    def __call__(self, page: Page, email: str) -> str: ...


class OpenSignedIn(Protocol):
    """Opens a page in a fresh profile that prefers `language`, signed in as the demo user `email`."""

    def __call__(self, email: str, language: str = "en") -> Page: ...


class ApiCaller(Protocol):
    """Calls the API directly, to learn what the server says in a language."""

    def __call__(
        self, method: str, path: str, language: str, body: dict[str, str] | None = None
    ) -> Any: ...


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not SPA_INDEX.exists():
        pytest.skip(f"{SPA_INDEX.relative_to(REPO_ROOT)} is missing: build the SPA first")
    workdir = tmp_path_factory.mktemp("e2e-server")
    server, url = start_polylog(
        {"POLYLOG_DATABASE_URL": f"sqlite:///{workdir / 'e2e.db'}", "POLYLOG_DEMO_DATA": "1"},
        workdir,
    )
    try:
        yield url
    finally:
        stop(server)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: apt-get install -y chromium fonts-dejavu-core fonts-noto-core"
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _new_context(browser: Browser, server_url: str, language: str) -> BrowserContext:
    """A fresh profile whose browser prefers `language`, as on a first visit.

    Map tiles come from the internet, which the tests do not have: their requests
    fail at once, as they would offline, and the map has to work without them.
    """
    context = browser.new_context(
        base_url=server_url,
        locale=BROWSER_LOCALES[language],
        viewport={"width": 1280, "height": 800},
    )
    context.route(MAP_TILES, lambda route: route.abort())
    return context


@pytest.fixture
def open_page(browser: Browser, server_url: str) -> Iterator[OpenPage]:
    contexts: list[BrowserContext] = []

    def open_in(language: str = "en") -> Page:
        context = _new_context(browser, server_url, language)
        contexts.append(context)
        return context.new_page()

    yield open_in
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page: OpenPage) -> Page:
    """A page in a fresh profile whose browser prefers English."""
    return open_page("en")


@pytest.fixture(scope="session")
def api(server_url: str) -> ApiCaller:
    def call(method: str, path: str, language: str, body: dict[str, str] | None = None) -> Any:
        response = httpx2.request(
            method,
            f"{server_url}{path}",
            json=body,
            headers={"Accept-Language": language},
            timeout=10,
        )
        return response.json()

    return call


def access_token(server_url: str, email: str) -> str:
    response = httpx2.post(
        f"{server_url}/api/v1/auth/token",
        data={"username": email, "password": DEMO_PASSWORD},
        timeout=10,
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


@pytest.fixture(scope="session")
def sign_in(server_url: str) -> SignIn:
    def sign_in_as(page: Page, email: str) -> str:
        token = access_token(server_url, email)
        page.context.add_init_script(
            f"localStorage.setItem('polylog.access_token', {json.dumps(token)})"
        )
        return token

    return sign_in_as


@pytest.fixture
def open_signed_in(open_page: OpenPage, sign_in: SignIn) -> OpenSignedIn:
    def open_as(email: str, language: str = "en") -> Page:
        page = open_page(language)
        sign_in(page, email)
        return page

    return open_as


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT.relative_to(REPO_ROOT)} is missing: run npm ci in frontend/")
    return AXE_SCRIPT.read_text()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
