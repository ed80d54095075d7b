"""Dates for people: each language's own words, the host's wall clock, Solar Hijri in Persian."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from polylog.core.dates import format_day, format_instant, persian_digits, solar_hijri_year

# 08:00 UTC on 14 January 2027: 10:00 in Helsinki, 11:00 in İzmir, 11:30 in Tehran.
INSTANT = datetime(2027, 1, 14, 8, 0, tzinfo=UTC)


def test_a_day_is_written_in_each_language() -> None:
    day = date(2027, 1, 14)

    assert format_day(day, "en") == "January 14, 2027"
    assert format_day(day, "tr") == "14 Ocak 2027"
    assert format_day(day, "fi") == "14. tammikuuta 2027"
    assert format_day(day, "fa") == "۲۴ دی ۱۴۰۵"


def test_persian_days_follow_the_solar_hijri_calendar_across_nowruz() -> None:
    assert format_day(date(2025, 3, 20), "fa") == "۳۰ اسفند ۱۴۰۳"
    assert format_day(date(2025, 3, 21), "fa") == "۱ فروردین ۱۴۰۴"
    assert solar_hijri_year(date(2025, 3, 21)) == 1404


def test_persian_text_uses_persian_letters_and_digits_only() -> None:
    text = format_instant(INSTANT, timezone="Asia/Tehran", language="fa")

    assert not any(character in text for character in "0123456789يك")
    assert persian_digits("1405") == "۱۴۰۵"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Thursday, January 14, 2027, 11:00\u202fAM (Türkiye Time)"),
        ("tr", "14 Ocak 2027 Perşembe 11:00 (Türkiye Saati)"),
        ("fi", "torstai 14. tammikuuta 2027 11.00 (aikavyöhyke: Turkki)"),
        ("fa", "پنج\u200cشنبه ۲۴ دی ۱۴۰۵، ساعت ۱۱:۰۰ (وقت ترکیه)"),
    ],
)
def test_an_instant_is_shown_on_the_hosts_wall_clock_in_the_readers_language(
    language: str, expected: str
) -> None:
    assert format_instant(INSTANT, timezone="Europe/Istanbul", language=language) == expected


def test_half_hour_zones_and_summer_time_are_respected() -> None:
    assert "۱۱:۳۰" in format_instant(INSTANT, timezone="Asia/Tehran", language="fa")
    summer = datetime(2027, 7, 1, 7, 0, tzinfo=UTC)
    assert "10.00" in format_instant(summer, timezone="Europe/Helsinki", language="fi")


def test_the_local_day_is_the_hosts_not_utcs() -> None:
    late = datetime(2027, 1, 14, 22, 30, tzinfo=UTC)  # already the 15th in Tehran

    assert format_instant(late, timezone="Asia/Tehran", language="en").startswith(
        "Friday, January 15, 2027"
    )


def test_an_unsupported_language_falls_back_to_english() -> None:
    assert format_day(date(2027, 1, 14), "de") == "January 14, 2027"


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="offset"):
        format_instant(datetime(2027, 1, 14, 8), timezone="Europe/Helsinki", language="en")
