"""Field types shared by the domains' schemas, each with a localisable error type, and the
base of every model a client sends."""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated
from zoneinfo import available_timezones

from annotated_types import Interval
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError


class InputModel(BaseModel):
    """What a client sends: a field the model does not declare is refused, so that a misspelt
    one is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


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


# Numbers the database can hold. Ids and counters are 32-bit integer columns on
# PostgreSQL (SQLite holds 64 bits): a larger number names nothing, and letting it
# reach the database ends in an overflow, so it is refused as invalid input.
# These use annotated_types rather than Field so that they fit path, query,
# header and body parameters alike, and the OpenAPI schema shows the bounds.
MAX_DB_INT = 2**31 - 1
MAX_PAGE = 100_000
MAX_PER_PAGE = 100

Id = Annotated[int, Interval(ge=1, le=MAX_DB_INT)]
"""A row's id: a positive 32-bit integer."""

Version = Annotated[int, Interval(ge=1, le=MAX_DB_INT)]
"""A versioned item's version number."""

PageNumber = Annotated[int, Interval(ge=1, le=MAX_PAGE)]
"""A page of a list, from 1; beyond the last page the list is empty."""

PerPage = Annotated[int, Interval(ge=1, le=MAX_PER_PAGE)]
"""Items on a page of a list."""

Year = Annotated[int, Interval(ge=1900, le=2100)]
"""A calendar year a programme or a report can be about."""

Count = Annotated[int, Interval(ge=0, le=MAX_DB_INT)]
"""How many of something (seats, sessions): never negative, fits a 32-bit column."""

# Measured values (indicators): finite, and far from the limits of a double so
# that sums, differences and ratios of them stay finite too.
MAX_MEASURE = 1e15
Measure = Annotated[float, Field(allow_inf_nan=False), Interval(ge=-MAX_MEASURE, le=MAX_MEASURE)]
