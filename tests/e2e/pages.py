"""What many browser tests do with a page: open it and wait until it has loaded, ask axe-core
what it finds, save a screenshot, and match the names the SPA wraps in Unicode isolates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from playwright.sync_api import Page, expect

# How a test waits for a page of its own: open `path` and return once it has loaded.
GoToLoaded = Callable[[Page, str], None]


def goto_loaded(page: Page, path: str) -> None:
    """Opens `path` and waits until its heading shows and nothing is loading any more."""
    page.goto(path)
    expect(page.locator("main h1")).to_be_visible()
    # Wait for the loading indicators, not for an empty status: pages may keep an empty live
    # region for messages.
    expect(page.locator(".loading")).to_have_count(0)


def serious_violations(page: Page, axe_source: str) -> list[str]:
    """What axe-core finds serious or critical on the page as it is now, one readable line each."""
    page.evaluate(axe_source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} "
        f"at {[node['target'] for node in violation['nodes']]}"
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def serious_violations_by_path(
    page: Page, axe_source: str, paths: Iterable[str], open_path: GoToLoaded = goto_loaded
) -> dict[str, list[str]]:
    """The serious violations of each of `paths` that has any, each opened with `open_path`.

    Every page is checked before the test fails, so one run names all the pages to fix.
    """
    problems: dict[str, list[str]] = {}
    for path in paths:
        open_path(page, path)
        if violations := serious_violations(page, axe_source):
            problems[path] = violations
    return problems


def save_screenshots(page: Page, pages: Mapping[str, str], directory: Path, language: str) -> None:
    """A full-page screenshot of each page, saved as `{name}-{language}.png` in `directory`."""
    for name, path in pages.items():
        goto_loaded(page, path)
        # The map draws its markers once the lazily loaded map code has arrived.
        if path.startswith("/map"):
            expect(page.locator(".map-pin, .map-cluster").first).to_be_visible(timeout=15_000)
            # With the tiles blocked, the bundled outline of the countries is the background.
            expect(page.locator(".leaflet-basemap-pane path").first).to_be_attached()
        if path.startswith("/initiatives/") and path.endswith(("/edit", "/new")):
            expect(page.locator(".location-picker .leaflet-container")).to_be_visible(
                timeout=15_000
            )
        page.evaluate("document.fonts.ready")
        page.screenshot(path=directory / f"{name}-{language}.png", full_page=True)


def isolated(text: str) -> str:
    """A pattern for `text` inside a translated sentence, which may wrap it in Unicode isolates
    (FSI … PDI) so that a name or number in another direction does not reorder the sentence."""
    return f"\u2068?{re.escape(text)}\u2069?"
