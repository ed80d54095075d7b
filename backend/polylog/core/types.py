"""Field types shared by the domains' schemas, each with a localisable error type."""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated
from zoneinfo import available_timezones

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@cache
def _known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _not_blank(value: str) -> str:
    if not value:
        raise PydanticCustomError("blank", "This field cannot be empty.")
    if _CONTROL.search(value):
        raise PydanticCustomError("control_characters", "Control characters are not allowed.")
    return value


def _email(value: str) -> str:
    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError as error:
        raise PydanticCustomError("email", "Enter a valid e-mail address.") from error
    return checked.normalized.lower()


def _timezone(value: str) -> str:
    if value not in _known_timezones():
        raise PydanticCustomError("timezone", "Unknown time zone.")
    return value


def is_slug(value: str) -> bool:
    return len(value) >= 2 and _SLUG.match(value) is not None


def _slug(value: str) -> str:
    if not is_slug(value):
        raise PydanticCustomError("slug", "Invalid slug.")
    return value


def _country(value: str) -> str:
    value = value.upper()
    if not _COUNTRY.match(value):
        raise PydanticCustomError("country_code", "Invalid country code.")
    return value


Email = Annotated[str, BeforeValidator(_strip), Field(max_length=254), AfterValidator(_email)]
TimeZoneName = Annotated[str, Field(max_length=64), AfterValidator(_timezone)]
Slug = Annotated[str, BeforeValidator(_strip), Field(max_length=64), AfterValidator(_slug)]
CountryCode = Annotated[str, BeforeValidator(_strip), AfterValidator(_country)]

# Text with surrounding white space removed that must not end up empty;
# bound its length with Field(max_length=...) where it is used.
CleanText = Annotated[str, BeforeValidator(_strip), AfterValidator(_not_blank)]
