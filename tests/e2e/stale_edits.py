"""A stale save in the browser: the form was loaded before someone else saved, so the save opens
the merge, which names who saved and asks, field by field, which value to keep."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect


def expect_merge(page: Page, item: str, saved_by: str) -> Locator:
    """The merge the save opened on `page`: `item` ("session") was saved anew by `saved_by`."""
    merge = page.get_by_role(
        "region", name=f"Someone else changed this {item} while you were editing"
    )
    expect(merge).to_be_visible()
    expect(merge).to_contain_text(saved_by)
    expect(merge).to_contain_text("saved a newer version")
    return merge


def expect_conflict(merge: Locator, field: str, *, theirs: str, mine: str) -> Locator:
    """The question about `field`, which both saves changed: both values shown, mine chosen."""
    question = merge.get_by_role("group", name=re.compile(f"^{re.escape(field)}"))
    expect(question).to_contain_text(theirs)
    expect(question).to_contain_text(mine)
    expect(question.get_by_role("radio", name="Keep mine")).to_be_checked()
    return question


def expect_no_question(merge: Locator, field: str) -> None:
    """Only this save changed `field`, so the merge keeps it without asking."""
    expect(merge.get_by_role("group", name=re.compile(f"^{re.escape(field)}"))).to_have_count(0)
