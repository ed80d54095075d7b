"""Which translation of a text to show: the reader's language, then English, then the original."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from polylog.core.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, Language


def pick_language(available: Collection[str], *, requested: Language, original: str) -> str:
    for candidate in (requested, DEFAULT_LANGUAGE, original):
        if candidate in available:
            return candidate
    return next(language for language in SUPPORTED_LANGUAGES if language in available)


def text_in(
    texts: Mapping[str, str], language: Language, *, original: str = DEFAULT_LANGUAGE
) -> str:
    """The one of ``texts`` ({language: text}) a reader of ``language`` is shown."""
    return texts[pick_language(texts, requested=language, original=original)]


def ordered_languages(available: Collection[str]) -> list[str]:
    return [language for language in SUPPORTED_LANGUAGES if language in available]
