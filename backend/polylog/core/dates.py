"""Dates and times for people: in their language, their calendar and the right time zone.

One place for e-mails, calendar descriptions and certificates. Turkish, Finnish and
English come from Babel (CLDR); Persian readers get the Solar Hijri calendar and
Persian digits, which Babel does not give, through ``jdatetime``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final
from zoneinfo import ZoneInfo

import jdatetime
from babel.dates import format_date, format_time, get_datetime_format, get_timezone_location

from polylog.core.i18n import DEFAULT_LANGUAGE, as_language

_PERSIAN_DIGITS: Final = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# Persian is written with ی and ک; some sources carry the Arabic forms ي and ك.
_PERSIAN_LETTERS: Final = str.maketrans({"ي": "ی", "ك": "ک"})


def persian_digits(text: str) -> str:
    return text.translate(_PERSIAN_DIGITS)


def _language(language: str) -> str:
    return as_language(language) or DEFAULT_LANGUAGE


def _solar_hijri_day(day: date, *, weekday: bool) -> str:
    """``پنج‌شنبه ۲۴ دی ۱۴۰۵``: day, month name and year of the Solar Hijri calendar."""
    solar = jdatetime.date.fromgregorian(date=day)
    text = f"{solar.day} {jdatetime.date.j_months_fa[solar.month - 1]} {solar.year}"
    if weekday:
        text = f"{jdatetime.date.j_weekdays_fa[solar.weekday()]} {text}"
    return persian_digits(text).translate(_PERSIAN_LETTERS)


def solar_hijri_year(day: date) -> int:
    return int(jdatetime.date.fromgregorian(date=day).year)


def format_day(day: date, language: str) -> str:
    """A calendar day, such as ``14 Ocak 2027`` or ``۲۴ دی ۱۴۰۵``."""
    language = _language(language)
    if language == "fa":
        return _solar_hijri_day(day, weekday=False)
    return format_date(day, "long", locale=language)


def local_time(instant: datetime, timezone: str) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("an instant needs an offset")
    return instant.astimezone(ZoneInfo(timezone))


def format_instant(instant: datetime, *, timezone: str, language: str) -> str:
    """An instant as the wall-clock time in ``timezone``, with the weekday and the zone named.

    ``Thursday, January 14, 2027, 10:00 AM (Finland Time)``,
    ``پنج‌شنبه ۲۴ دی ۱۴۰۵، ساعت ۱۰:۰۰ (وقت فنلاند)``.
    """
    language = _language(language)
    local = local_time(instant, timezone)
    zone = get_timezone_location(ZoneInfo(timezone), locale=language)
    clock = format_time(local, "short", locale=language)
    if language == "fa":
        day = _solar_hijri_day(local.date(), weekday=True)
        clock = persian_digits(clock)
    else:
        day = format_date(local.date(), "full", locale=language)
    pattern = str(get_datetime_format("long", locale=language))
    # CLDR quotes literal words in its patterns ("{1} 'at' {0}"); the quotes are not shown.
    combined = pattern.replace("'", "").replace("{0}", clock).replace("{1}", day)
    return f"{combined} ({zone})"
