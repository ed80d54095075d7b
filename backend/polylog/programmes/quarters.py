"""Quarters as the follow-up counts them: "2026-Q3", in time order as text."""

from __future__ import annotations

from datetime import date


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def shifted(period: str, quarters: int) -> str:
    year, number = int(period[:4]), int(period[-1])
    index = year * 4 + (number - 1) + quarters
    return f"{index // 4}-Q{index % 4 + 1}"


def quiet_since(today: date) -> str:
    """The first of the last two full quarters: an ongoing action silent since then is stalled.

    On 2 December 2026 the quarter under way is 2026-Q4; the last two full ones are
    2026-Q2 and 2026-Q3, so an action needs a check-in from 2026-Q2 on.
    """
    return shifted(quarter_of(today), -2)
