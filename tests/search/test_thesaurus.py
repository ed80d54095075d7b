"""The concept thesaurus: labels compiled through the pipeline, found in texts of their language."""

from __future__ import annotations

from polylog.search import normalize
from polylog.search.thesaurus import (
    Concept,
    Thesaurus,
    city_names,
    concept_index,
    static_thesaurus,
    token_for,
)


def test_labels_are_compiled_through_the_pipeline_not_written_as_stems() -> None:
    thesaurus = Thesaurus.build(
        [Concept("waste_sorting", {"fi": ("jätteiden lajittelu",), "tr": ("atık ayrıştırma",)})]
    )

    finnish = normalize.terms("Jätteitä lajittelu kouluissa", "fi")
    turkish = normalize.terms("Mahallelerde ATIK ayrıştırma", "tr")

    assert [m.key for m in thesaurus.find(finnish, "fi")] == ["waste_sorting"]
    assert thesaurus.find(finnish, "tr") == []
    assert [(m.key, m.start) for m in thesaurus.find(turkish, "tr")] == [("waste_sorting", 1)]


def test_a_phrase_is_found_where_it_stands() -> None:
    thesaurus = Thesaurus.build([Concept("solar", {"tr": ("güneş enerjisi",)})])
    found = thesaurus.find(normalize.terms("İzmir'de güneş enerjisi santrali", "tr"), "tr")

    assert [(m.key, m.start, m.end) for m in found] == [("solar", 1, 3)]


def test_concept_tokens_survive_any_tokenizer() -> None:
    token = token_for("waste_circular-economy")

    assert token.isalnum()
    assert token == token.lower()


def test_sdgs_and_themes_are_concepts_in_four_languages() -> None:
    thesaurus = static_thesaurus()
    energy = thesaurus.concepts["theme_energy"]

    assert {energy.label(language) for language in ("en", "tr", "fa", "fi")} == {
        "Energy",
        "Enerji",
        "انرژی",
        "Energia",
    }
    assert "sdg_7" in thesaurus.concepts
    for language, word in (("fi", "energia"), ("tr", "enerji"), ("fa", "انرژی"), ("en", "energy")):
        found = {m.key for m in thesaurus.find(normalize.terms(word, language), language)}
        assert "theme_energy" in found, (language, word)


def test_cities_are_concepts_in_every_spelling_and_language() -> None:
    index = concept_index(
        city_names(
            [("isfahan", {"en": "Isfahan", "tr": "İsfahan", "fa": "اصفهان", "fi": "Isfahan"})]
        )
    )

    for language in normalize.LANGUAGES:
        for spelling in ("Isfahan", "İsfahan", "اصفهان", "ISFAHAN"):
            found = index.find(normalize.terms(spelling, language), language)
            assert [m.key for m in found] == ["city_isfahan"], (language, spelling)
