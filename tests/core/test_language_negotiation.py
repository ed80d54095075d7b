from __future__ import annotations

import pytest

from polylog.core.i18n import as_language, negotiate_language


@pytest.mark.parametrize(
    ("query", "header", "expected"),
    [
        (None, None, "en"),
        ("fa", "tr", "fa"),
        ("FI", None, "fi"),
        ("fa-IR", None, "fa"),
        ("de", "tr-TR,tr;q=0.9,en;q=0.8", "tr"),
        (None, "de-DE,de;q=0.9,fi;q=0.7,en;q=0.5", "fi"),
        (None, "en;q=0.4, fa;q=0.9", "fa"),
        (None, "tr;q=0, fi", "fi"),
        (None, "*", "en"),
        (None, "fi;q=abc, tr;q=0.5", "tr"),
        (None, ",,;q=1", "en"),
    ],
)
def test_the_language_is_chosen_from_the_query_then_the_header(
    query: str | None, header: str | None, expected: str
) -> None:
    assert negotiate_language(query, header) == expected


@pytest.mark.parametrize(
    ("tag", "language"), [("tr_TR", "tr"), (" fi ", "fi"), ("pt", None), ("", None)]
)
def test_tags_map_to_supported_languages(tag: str, language: str | None) -> None:
    assert as_language(tag) == language
