"""Names of the things a partner search and an exchange request are about, in the current language."""

from __future__ import annotations

from collections.abc import Sequence

from babel import Locale
from babel.lists import format_list

from polylog.core.i18n import L_, current_language, format_number
from polylog.core.i18n import gettext as _
from polylog.partners.models import ProposedKind
from polylog.taxonomy import service as taxonomy

_PROPOSED = {
    ProposedKind.STUDY_VISIT: L_("study visit"),
    ProposedKind.WEBINAR: L_("webinar"),
    ProposedKind.BILATERAL_MEETING: L_("bilateral meeting"),
    ProposedKind.WORKSHOP: L_("workshop"),
}


def proposed_kind(kind: str) -> str:
    return str(_PROPOSED[ProposedKind(kind)])


def sdg(number: int) -> str:
    title = taxonomy.sdgs()[number - 1].titles[current_language()]
    return _("SDG {number}: {title}").format(number=format_number(number), title=title)


def theme(key: str) -> str:
    labels = next((item.labels for item in taxonomy.themes() if item.key == key), None)
    return labels[current_language()] if labels else key


def subject(sdg_number: int | None, theme_key: str | None) -> str:
    """ "SDG 7: Affordable and clean energy · Energy", or either alone, or ""."""
    parts = []
    if sdg_number is not None:
        parts.append(sdg(sdg_number))
    if theme_key:
        parts.append(theme(theme_key))
    return " · ".join(parts)


def language_names(codes: list[str]) -> str:
    locale = Locale.parse(current_language())
    names = [locale.languages.get(code, code) for code in codes]
    return format_list(names, locale=locale)


def number_list(numbers: Sequence[int]) -> str:
    """ "1, 2 and 5" as the reader's language writes a list, in its digits ("۱،‏ ۲، و ۵")."""
    return format_list(
        [format_number(number) for number in numbers], locale=Locale.parse(current_language())
    )
