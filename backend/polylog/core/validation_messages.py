"""Pydantic's validation errors, told to people in their language."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from polylog.core.i18n import format_number, ngettext
from polylog.core.i18n import gettext as _

_LOCATION_ROOTS = frozenset({"body", "query", "path", "header", "cookie"})


def field_path(location: Sequence[int | str]) -> str:
    """``("body", "translations", "tr", "title")`` → ``translations.tr.title``."""
    parts = [str(part) for part in location]
    if parts and parts[0] in _LOCATION_ROOTS:
        parts = parts[1:]
    return ".".join(parts) or "body"


def _count(context: Mapping[str, Any], key: str) -> int:
    value = context.get(key, 0)
    return int(value) if isinstance(value, int | float | str) and str(value).isdigit() else 0


def _bound(context: Mapping[str, Any], key: str) -> str:
    value = context.get(key, "")
    return format_number(value) if isinstance(value, int | float) else str(value)


_MESSAGES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "missing": lambda c: _("This field is required."),
    "string_too_short": lambda c: ngettext(
        "Enter at least {count} character.",
        "Enter at least {count} characters.",
        _count(c, "min_length"),
    ).format(count=format_number(_count(c, "min_length"))),
    "string_too_long": lambda c: ngettext(
        "Enter at most {count} character.",
        "Enter at most {count} characters.",
        _count(c, "max_length"),
    ).format(count=format_number(_count(c, "max_length"))),
    "too_short": lambda c: ngettext(
        "Give at least {count} item.", "Give at least {count} items.", _count(c, "min_length")
    ).format(count=format_number(_count(c, "min_length"))),
    "too_long": lambda c: ngettext(
        "Give at most {count} item.", "Give at most {count} items.", _count(c, "max_length")
    ).format(count=format_number(_count(c, "max_length"))),
    "string_type": lambda c: _("Enter text."),
    "string_pattern_mismatch": lambda c: _("This value does not have the expected form."),
    "int_type": lambda c: _("Enter a whole number."),
    "int_parsing": lambda c: _("Enter a whole number."),
    "int_from_float": lambda c: _("Enter a whole number."),
    "float_type": lambda c: _("Enter a number."),
    "float_parsing": lambda c: _("Enter a number."),
    "bool_type": lambda c: _("Enter true or false."),
    "bool_parsing": lambda c: _("Enter true or false."),
    "greater_than": lambda c: _("Enter a value greater than {limit}.").format(
        limit=_bound(c, "gt")
    ),
    "greater_than_equal": lambda c: _("Enter a value of at least {limit}.").format(
        limit=_bound(c, "ge")
    ),
    "less_than": lambda c: _("Enter a value less than {limit}.").format(limit=_bound(c, "lt")),
    "less_than_equal": lambda c: _("Enter a value of at most {limit}.").format(
        limit=_bound(c, "le")
    ),
    "literal_error": lambda c: _("Choose one of: {choices}.").format(choices=_bound(c, "expected")),
    "enum": lambda c: _("Choose one of: {choices}.").format(choices=_bound(c, "expected")),
    "list_type": lambda c: _("Give a list."),
    "dict_type": lambda c: _("Give an object."),
    "model_type": lambda c: _("Give an object."),
    "model_attributes_type": lambda c: _("Give an object."),
    "extra_forbidden": lambda c: _("This field is not accepted here."),
    "date_type": lambda c: _("Enter a date as YYYY-MM-DD."),
    "date_parsing": lambda c: _("Enter a date as YYYY-MM-DD."),
    "date_from_datetime_parsing": lambda c: _("Enter a date as YYYY-MM-DD."),
    "datetime_type": lambda c: _(
        "Enter a date and time with its offset, such as 2027-01-14T10:00:00+02:00."
    ),
    "datetime_parsing": lambda c: _(
        "Enter a date and time with its offset, such as 2027-01-14T10:00:00+02:00."
    ),
    "datetime_from_date_parsing": lambda c: _(
        "Enter a date and time with its offset, such as 2027-01-14T10:00:00+02:00."
    ),
    "timezone_aware": lambda c: _("Give the time with its offset from UTC."),
    "url_parsing": lambda c: _("Enter a web address starting with http:// or https://."),
    "url_scheme": lambda c: _("Enter a web address starting with http:// or https://."),
    "url_type": lambda c: _("Enter a web address starting with http:// or https://."),
    "email": lambda c: _("Enter a valid e-mail address."),
    "timezone": lambda c: _("Choose a time zone from the IANA list, such as Europe/Helsinki."),
    "slug": lambda c: _("Use 2 to 64 lower-case letters, digits and hyphens."),
    "country_code": lambda c: _("Enter a two-letter country code, such as FI."),
    "blank": lambda c: _("This field cannot be empty."),
    "theme": lambda c: _("Choose themes from the list; {theme} is not one of them.").format(
        theme=_bound(c, "theme")
    ),
    "control_characters": lambda c: _("Remove the invisible control characters from this text."),
    "languages_incomplete": lambda c: _("Give a value in every language: {languages}.").format(
        languages=_bound(c, "languages")
    ),
}


def message_for(error: Mapping[str, Any]) -> str:
    """The localised message for one of pydantic's errors (``type`` and ``ctx``)."""
    kind = str(error.get("type", ""))
    if kind in ("too_short", "too_long") and isinstance(error.get("input"), str):
        # Length limits on cleaned text are checked after its validators, where
        # pydantic reports them like list lengths; they count characters.
        kind = f"string_{kind}"
    make = _MESSAGES.get(kind)
    if make is None:
        return _("This value is not valid.")
    return make(error.get("ctx") or {})
