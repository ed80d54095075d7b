"""Languages: negotiation per request, and gettext over the catalogs in ``locales/``.

The PO files are the single source: they are compiled in memory when first
used, so a catalog can never be stale against its compiled form.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Final, Literal

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import LazyProxy, Translations

from polylog.core.config import PROJECT_ROOT

Language = Literal["en", "tr", "fa", "fi"]
SUPPORTED_LANGUAGES: Final[tuple[Language, ...]] = ("en", "tr", "fa", "fi")
DEFAULT_LANGUAGE: Final[Language] = "en"
RIGHT_TO_LEFT: Final[frozenset[str]] = frozenset({"fa"})
LOCALES_DIR: Final[Path] = PROJECT_ROOT / "locales"
BACKEND_DOMAIN: Final[str] = "backend"

_current_language: ContextVar[Language] = ContextVar("language", default=DEFAULT_LANGUAGE)


def as_language(value: str | None) -> Language | None:
    """The supported language a tag such as ``fa-IR`` or ``TR`` stands for, if any."""
    if not value:
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    for language in SUPPORTED_LANGUAGES:
        if primary == language:
            return language
    return None


def _accept_language_ranges(header: str) -> list[tuple[float, int, str]]:
    ranges = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            ranges.append((-quality, position, tag))
    return sorted(ranges)


def negotiate_language(query_lang: str | None, accept_language: str | None) -> Language:
    """``?lang=`` wins, then the best supported ``Accept-Language`` range, else English."""
    chosen = as_language(query_lang)
    if chosen:
        return chosen
    for _quality, _position, tag in _accept_language_ranges(accept_language or ""):
        chosen = as_language(tag)
        if chosen:
            return chosen
    return DEFAULT_LANGUAGE


def current_language() -> Language:
    return _current_language.get()


def set_current_language(language: Language) -> object:
    return _current_language.set(language)


def reset_current_language(token: object) -> None:
    _current_language.reset(token)  # type: ignore[arg-type]


@contextmanager
def using_language(language: str) -> Iterator[Language]:
    """Translate in ``language`` inside the block (e-mails, PDFs), whatever the request's is.

    An unsupported tag falls back to the default language; the previous one is restored after.
    """
    chosen = as_language(language) or DEFAULT_LANGUAGE
    token = _current_language.set(chosen)
    try:
        yield chosen
    finally:
        _current_language.reset(token)


@cache
def translations_for(language: str, domain: str = BACKEND_DOMAIN) -> Translations:
    po_path = LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.po"
    if not po_path.exists():
        return Translations()
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language, domain=domain)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=domain)


def gettext(message: str) -> str:
    return translations_for(current_language()).ugettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations_for(current_language()).ungettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return translations_for(current_language()).upgettext(context, message)


def lazy_gettext(message: str) -> LazyProxy:
    """For strings defined at import time: translated when used, in that request's language."""
    return LazyProxy(gettext, message, enable_cache=False)


_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def format_number(value: float | int | str) -> str:
    """A number as the reader writes it: locale separators, and Persian digits in Persian."""
    language = current_language()
    text = format_decimal(value, locale=language) if not isinstance(value, str) else value
    return text.translate(_PERSIAN_DIGITS) if language == "fa" else text


def plain_digits(value: int) -> str:
    """A whole number with no grouping (a year, a goal's number), in the reader's digits."""
    text = str(value)
    return text.translate(_PERSIAN_DIGITS) if current_language() == "fa" else text


# FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (Unicode's bidirectional algorithm).
_ISOLATE_START, _ISOLATE_END = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """Text set apart for the bidirectional algorithm: a Persian title in a Turkish sentence
    (or the reverse) keeps its own direction and leaves the sentence's alone."""
    return f"{_ISOLATE_START}{text}{_ISOLATE_END}"


_ = gettext
L_ = lazy_gettext
