"""Each rule of the normalisation pipeline, one at a time."""

from __future__ import annotations

import pytest

from polylog.search import normalize
from polylog.search.normalize import fold, lower, terms


@pytest.mark.parametrize(
    ("written", "language", "expected"),
    [
        ("İZMİR", "tr", "izmir"),
        ("ISPARTA", "tr", "ısparta"),
        ("ISPARTA", "en", "isparta"),
        ("İzmir", "en", "izmir"),
        ("ılık", "tr", "ılık"),
    ],
)
def test_lower_case_follows_the_language_and_leaves_no_combining_dot(
    written: str, language: str, expected: str
) -> None:
    lowered = lower(written, language)

    assert lowered == expected
    assert "\u0307" not in lowered


@pytest.mark.parametrize("written", ["izmir", "IZMIR", "İzmir", "İZMİR", "Izmir", "izmır"])
def test_every_spelling_of_izmir_is_one_term_in_every_language(written: str) -> None:
    for language in normalize.LANGUAGES:
        assert terms(written, language) == ["izmir"], (written, language)


def test_folding_removes_latin_diacritics_and_the_dotless_i() -> None:
    assert fold("sürdürülebilirlik") == "surdurulebilirlik"
    assert fold("ılıman") == "iliman"
    assert fold("jäähdytys") == "jaahdytys"
    assert terms("Sürdürülebilirlik", "tr") == terms("surdurulebilirlik", "tr")


def test_persian_arabic_letter_forms_meet() -> None:
    # Arabic yeh and kaf (ي ك) as typed on Arabic keyboards, and Persian ی ک.
    assert terms("كتاب", "fa") == terms("کتاب", "fa")
    assert terms("شهري", "fa") == terms("شهری", "fa")
    assert terms("موسى", "fa") == terms("موسی", "fa")
    assert normalize.clean("مدرسة", "fa") == "مدرسه"
    assert normalize.clean("خانۀ", "fa") == "خانه"


def test_zwnj_joins_the_parts_of_a_persian_word() -> None:
    with_zwnj = "کتاب\u200cها"
    assert terms(with_zwnj, "fa") == terms("کتابها", "fa") == terms("کتاب", "fa")
    assert len(terms("انرژی\u200cهای تجدیدپذیر", "fa")) == 2


@pytest.mark.parametrize("written", ["۱۴۰۲", "١٤٠٢", "1402"])
def test_persian_and_arabic_indic_digits_become_ascii(written: str) -> None:
    assert terms(written, "fa") == ["1402"]
    assert terms(f"سال {written}", "fa")[-1] == "1402"


def test_arabic_vowel_marks_are_removed() -> None:
    assert terms("مُدیریت", "fa") == terms("مدیریت", "fa")
    assert terms("پَسماند", "fa") == terms("پسماند", "fa")
    assert normalize.clean("بِسْمِ", "fa") == "بسم"


def test_tatweel_and_presentation_forms_are_normalised() -> None:
    assert terms("انـــرژی", "fa") == terms("انرژی", "fa")
    assert terms("ﺍﻧﺮﮊﯼ", "fa") == terms("انرژی", "fa")


def test_finnish_inflections_share_a_stem() -> None:
    assert terms("kaupungin", "fi") == terms("kaupungit", "fi")
    assert terms("energia", "fi") == terms("energian", "fi") == terms("energiaa", "fi")
    assert terms("aurinkoenergia", "fi") == terms("aurinkoenergian", "fi")
    assert terms("jätteiden", "fi") == terms("jätteitä", "fi")


def test_turkish_inflections_share_a_stem() -> None:
    assert terms("atıkların", "tr") == terms("atık", "tr")
    assert terms("dönüşümü", "tr") == terms("dönüşüm", "tr")
    assert terms("belediyelerin", "tr") == terms("belediyeler", "tr")
    assert terms("okullarda", "tr") == terms("okul", "tr")
    assert terms("şehirlerin", "tr") == terms("şehir", "tr")


def test_a_suffix_after_an_apostrophe_is_dropped() -> None:
    assert terms("İzmir'in", "tr") == ["izmir"]
    assert terms("İzmir’de", "tr") == ["izmir"]
    assert terms("Salo's", "en") == ["salo"]


def test_stop_words_are_dropped_in_their_language_only() -> None:
    assert terms("the energy of the city", "en") == terms("energy city", "en")
    assert terms("enerji ve su", "tr") == terms("enerji su", "tr")
    assert terms("پسماند و بازیافت", "fa") == terms("پسماند بازیافت", "fa")
    assert terms("ja", "fi") == []
    assert terms("ja", "en") == ["ja"]


def test_tokens_keep_their_place_in_the_original_text() -> None:
    text = "Güneş enerjisi: İzmir'in çatıları"
    found = normalize.tokens(text, "tr")

    assert [text[token.start : token.end] for token in found] == [
        "Güneş",
        "enerjisi",
        "İzmir'in",
        "çatıları",
    ]


def test_hyphens_and_punctuation_split_words() -> None:
    assert terms("Ilmasto-ohjelma", "fi") == terms("ilmasto ohjelma", "fi")
    assert terms("(energia)!", "fi") == terms("energia", "fi")


def test_folded_words_are_not_stemmed() -> None:
    assert normalize.folded_words("İzmir Sürdürülebilirlik HARİTASI") == (
        "izmir surdurulebilirlik haritasi"
    )
    assert normalize.folded_words("ISPARTA") == "isparta"
