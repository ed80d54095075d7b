"""GET /api/v1/search: every language finds what every city wrote, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from polylog.cli import main
from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.search import repository
from tests.factories import practice_payload, session_payload
from tests.search.conftest import (
    INITIATIVES,
    SEARCH,
    Delegates,
    EmbeddingClient,
    embed_everything,
    found,
    publish,
)


@pytest.fixture(params=["words", "words+meaning"])
def client(
    request: pytest.FixtureRequest, client: TestClient, database: Database
) -> Iterator[TestClient]:
    """Every search test runs with the semantic layer off, then on."""
    if request.param == "words":
        yield client
        return
    request.getfixturevalue("meaning")
    yield EmbeddingClient(client, lambda: embed_everything(database))  # type: ignore[misc]


@dataclass
class Corpus:
    izmir_waste: int
    isfahan_waste: int
    salo_waste: int
    izmir_energy: int
    isfahan_energy: int
    salo_energy: int
    salo_library: int

    @property
    def waste(self) -> set[int]:
        return {self.izmir_waste, self.isfahan_waste, self.salo_waste}

    @property
    def energy(self) -> set[int]:
        return {self.izmir_energy, self.isfahan_energy, self.salo_energy}


@pytest.fixture
def corpus(client: TestClient, delegates: Delegates) -> Corpus:
    """Initiatives without SDGs or themes: only their words can connect them."""
    return Corpus(
        izmir_waste=publish(
            client,
            delegates,
            "izmir",
            "Mahallelerde atık ayrıştırma ve geri dönüşüm",
            "Atıkların kaynağında ayrıştırılması için her sokağa konteyner.",
        ),
        isfahan_waste=publish(
            client,
            delegates,
            "isfahan",
            "تفکیک پسماند از مبدأ در محله‌ها",
            "بازيافت پسماند خشک با همکاری شهروندان.",
        ),
        salo_waste=publish(
            client,
            delegates,
            "salo",
            "Jätteiden lajittelu ja kierrätys kouluissa",
            "Oppilaat lajittelevat biojätteen ja muovin.",
        ),
        izmir_energy=publish(
            client,
            delegates,
            "izmir",
            "Belediye binalarına güneş enerjisi santrali",
            "Yenilenebilir enerji ile elektrik üretimi.",
        ),
        isfahan_energy=publish(
            client,
            delegates,
            "isfahan",
            "نیروگاه خورشیدی روی بام ساختمان‌های شهرداری",
            "تولید انرژی پاک برای ساختمان‌های عمومی.",
        ),
        salo_energy=publish(
            client,
            delegates,
            "salo",
            "Energiatehokkuus kaupungin kiinteistöissä",
            "Energian kulutus pienenee lämpöpumpuilla.",
        ),
        salo_library=publish(
            client, delegates, "salo", "Kirjaston lukupiiri", "Lukupiiri kokoontuu kuukausittain."
        ),
    )


def test_finnish_energia_finds_turkish_and_persian_energy_initiatives(
    client: TestClient, corpus: Corpus
) -> None:
    results = found(client, "energia", lang="fi")

    assert set(results) == corpus.energy


def test_persian_recycling_finds_finnish_and_turkish_recycling_work(
    client: TestClient, corpus: Corpus
) -> None:
    assert set(found(client, "بازیافت", lang="fa")) == corpus.waste


def test_jatteiden_lajittelu_finds_izmirs_turkish_and_isfahans_persian_projects(
    client: TestClient, corpus: Corpus
) -> None:
    results = found(client, "jätteiden lajittelu")

    assert {corpus.izmir_waste, corpus.isfahan_waste} <= set(results)
    assert results[0] == corpus.salo_waste
    assert not corpus.energy & set(results)


@pytest.mark.parametrize("query", ["güneş enerjisi", "solar power", "انرژی خورشیدی"])
def test_energy_words_of_every_language_find_the_energy_work_of_every_city(
    client: TestClient, corpus: Corpus, query: str
) -> None:
    assert corpus.energy <= set(found(client, query))


def test_izmir_spelled_any_way_finds_the_same_things(
    client: TestClient, corpus: Corpus, delegates: Delegates
) -> None:
    mention = publish(
        client, delegates, "salo", "Opintomatka İzmir'e", "Vierailu Izmirin kohteisiin."
    )

    results = [set(found(client, spelling)) for spelling in ("izmir", "IZMIR", "İzmir", "İZMİR")]

    assert results[0] == {corpus.izmir_waste, corpus.izmir_energy, mention}
    assert all(result == results[0] for result in results)


def test_isfahan_in_persian_latin_or_turkish_letters_finds_isfahans_content(
    client: TestClient, corpus: Corpus
) -> None:
    expected = {corpus.isfahan_waste, corpus.isfahan_energy}

    for spelling in ("اصفهان", "Isfahan", "İsfahan", "isfahan"):
        assert set(found(client, spelling)) == expected, spelling


def test_typed_without_turkish_letters_still_found(client: TestClient, corpus: Corpus) -> None:
    assert corpus.izmir_waste in found(client, "geri donusum")
    assert corpus.izmir_energy in found(client, "GUNES ENERJISI")


def test_a_deleted_initiative_vanishes_from_results_at_once_and_returns_when_restored(
    client: TestClient, corpus: Corpus, delegates: Delegates
) -> None:
    deleted = client.delete(f"{INITIATIVES}/{corpus.izmir_energy}", headers=delegates.izmir.headers)
    assert deleted.status_code == 204

    assert corpus.izmir_energy not in found(client, "energia")
    assert corpus.izmir_energy not in found(client, "güneş")

    restored = client.post(
        f"{INITIATIVES}/{corpus.izmir_energy}/restore", headers=delegates.admin.headers
    )
    assert restored.status_code == 200
    assert corpus.izmir_energy in found(client, "energia")


def test_an_edit_is_searchable_at_once_and_old_words_are_gone(
    client: TestClient, corpus: Corpus, delegates: Delegates
) -> None:
    response = client.patch(
        f"{INITIATIVES}/{corpus.salo_library}",
        json={
            "version": 1,
            "translations": {
                "fi": {"title": "Aurinkopaneelit kirjaston katolla", "summary": "Sähköä katolta."}
            },
        },
        headers=delegates.salo.headers,
    )
    assert response.status_code == 200, response.text

    assert corpus.salo_library in found(client, "güneş paneli")
    assert corpus.salo_library not in found(client, "lukupiiri")


def test_results_have_the_contract_shape_and_the_readers_translation(
    client: TestClient, delegates: Delegates
) -> None:
    both = publish(
        client,
        delegates,
        "izmir",
        "Kent ormanı",
        "Ağaçlandırma ile kentsel ısı adası azalır.",
        extra={"en": {"title": "Urban forest", "summary": "Tree planting cools the city."}},
    )

    english = client.get(SEARCH, params={"q": "orman", "lang": "en"}).json()
    turkish = client.get(SEARCH, params={"q": "forest"}, headers={"Accept-Language": "tr"}).json()
    persian = client.get(SEARCH, params={"q": "forest", "lang": "fa"}).json()

    assert set(english) >= {"items", "total", "page", "per_page", "facets", "concepts"}
    assert set(english["facets"]) == {"type", "city", "sdg", "theme", "language"}
    item = english["items"][0]
    assert set(item) == {"type", "id", "title", "snippet", "language", "city", "score", "match"}
    assert (item["type"], item["id"], item["city"], item["match"]) == (
        "initiative",
        both,
        "izmir",
        "keyword",
    )
    assert (item["title"], item["language"]) == ("Urban forest", "en")
    assert (turkish["items"][0]["title"], turkish["items"][0]["language"]) == ("Kent ormanı", "tr")
    # No Persian text: English comes next.
    assert persian["items"][0]["language"] == "en"
    assert english["total"] == 1


def test_one_result_per_item_whichever_translations_match(
    client: TestClient, delegates: Delegates
) -> None:
    publish(
        client,
        delegates,
        "salo",
        "Aurinkovoimala",
        extra={"en": {"title": "Solar power plant"}, "tr": {"title": "Güneş enerjisi santrali"}},
    )

    body = client.get(SEARCH, params={"q": "solar"}).json()

    assert body["total"] == 1
    assert len(body["items"]) == 1
    assert body["facets"]["language"] == {"en": 1, "fi": 1, "tr": 1}


def test_snippets_mark_the_matched_words_and_escape_everything_else(
    client: TestClient, delegates: Delegates
) -> None:
    publish(
        client,
        delegates,
        "salo",
        "Energiaremontti",
        "<script>alert('x')</script> Koulun energian kulutus & päästöt puolittuvat.",
    )

    snippet = client.get(SEARCH, params={"q": "energia"}).json()["items"][0]["snippet"]

    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>energian</mark>" in snippet
    assert "&amp;" in snippet


def test_snippets_mark_the_words_of_the_matched_concept_in_the_shown_language(
    client: TestClient, corpus: Corpus
) -> None:
    items = client.get(SEARCH, params={"q": "aurinkoenergia", "lang": "tr"}).json()["items"]
    izmir = next(item for item in items if item["id"] == corpus.izmir_energy)

    assert izmir["language"] == "tr"
    assert "<mark>enerji</mark>" in izmir["snippet"]


def test_the_matched_concepts_are_shown_in_every_language(
    client: TestClient, corpus: Corpus
) -> None:
    concepts = client.get(SEARCH, params={"q": "energia"}).json()["concepts"]

    energy = next(concept for concept in concepts if concept["key"] == "theme_energy")
    assert energy["labels"] == {"en": "Energy", "tr": "Enerji", "fa": "انرژی", "fi": "Energia"}


def test_filters_facets_and_pages(client: TestClient, corpus: Corpus, delegates: Delegates) -> None:
    tagged = publish(client, delegates, "salo", "Aurinkopaneelit", sdgs=[7, 13], themes=["energy"])

    everything = client.get(SEARCH, params={"q": "energia"}).json()
    assert everything["total"] == 4
    assert everything["facets"]["city"] == {"izmir": 1, "isfahan": 1, "salo": 2}
    assert everything["facets"]["language"] == {"tr": 1, "fa": 1, "fi": 2}
    assert everything["facets"]["type"] == {"initiative": 4}
    assert everything["facets"]["sdg"] == {"7": 1, "13": 1}
    assert everything["facets"]["theme"] == {"energy": 1}

    assert set(found(client, "energia", city="izmir,isfahan")) == {
        corpus.izmir_energy,
        corpus.isfahan_energy,
    }
    assert found(client, "energia", language="fa") == [corpus.isfahan_energy]
    assert found(client, "energia", sdg="7") == [tagged]
    assert found(client, "energia", theme="energy", city="salo") == [tagged]
    assert found(client, "energia", city="nowhere") == []
    assert found(client, "energia", type="practice,session") == []

    first = client.get(SEARCH, params={"q": "energia", "per_page": 3}).json()
    second = client.get(SEARCH, params={"q": "energia", "per_page": 3, "page": 2}).json()
    assert (len(first["items"]), len(second["items"]), second["total"]) == (3, 1, 4)
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_browsing_without_words_lists_everything_with_facets(
    client: TestClient, corpus: Corpus
) -> None:
    body = client.get(SEARCH, params={"city": "salo"}).json()

    assert body["total"] == 3
    assert {item["id"] for item in body["items"]} == {
        corpus.salo_waste,
        corpus.salo_energy,
        corpus.salo_library,
    }


@pytest.mark.parametrize(
    "params",
    [{"type": "initiative,blog"}, {"sdg": "18"}, {"theme": "nonsense"}, {"language": "de"}],
)
def test_unknown_filter_values_are_refused(client: TestClient, params: dict[str, str]) -> None:
    response = client.get(SEARCH, params={"q": "energia", **params})

    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_a_misspelt_name_is_corrected_when_nothing_matches(
    client: TestClient, corpus: Corpus
) -> None:
    body = client.get(SEARCH, params={"q": "Isfahn"}).json()

    assert body["corrected"] == "isfahan"
    assert {item["id"] for item in body["items"]} == {corpus.isfahan_waste, corpus.isfahan_energy}
    assert corpus.salo_library in found(client, "lukupiri")


def test_nonsense_finds_nothing_and_never_fails(client: TestClient, corpus: Corpus) -> None:
    for query in ("zzqxj", '"', "AND OR NOT", "*", "c0city0izmir' --", "ـ", "  ", "ja ja"):
        response = client.get(SEARCH, params={"q": query})
        assert response.status_code == 200, (query, response.text)
    assert client.get(SEARCH, params={"q": "zzqxj"}).json()["total"] == 0


def test_practices_and_sessions_are_found_across_languages(
    client: TestClient, delegates: Delegates
) -> None:
    practice = client.post(
        "/api/v1/practices",
        json=practice_payload(
            "isfahan",
            translations={
                "fa": {
                    "title": "نیروگاه‌های خورشیدی روی بام‌ها",
                    "problem": "مصرف **انرژی** ساختمان‌های اداری بالا بود.",
                }
            },
            sdgs=[],
            themes=[],
        ),
        headers=delegates.isfahan.headers,
    )
    assert practice.status_code == 201, practice.text
    webinar = client.post(
        "/api/v1/sessions",
        json=session_payload(
            "salo",
            translations={
                "fi": {"title": "Aurinkoenergian webinaari", "description": "Kokemuksia."}
            },
            themes=[],
            sdgs=[],
        ),
        headers=delegates.salo.headers,
    )
    assert webinar.status_code == 201, webinar.text

    items = client.get(SEARCH, params={"q": "güneş enerjisi"}).json()["items"]
    kinds = {(item["type"], item["id"]) for item in items}
    assert ("practice", practice.json()["id"]) in kinds
    assert ("session", webinar.json()["id"]) in kinds

    only_sessions = client.get(SEARCH, params={"q": "güneş enerjisi", "type": "session"}).json()
    assert [item["id"] for item in only_sessions["items"]] == [webinar.json()["id"]]

    cancel = client.post(
        f"/api/v1/sessions/{webinar.json()['id']}/cancel", headers=delegates.salo.headers
    )
    assert cancel.status_code == 200, cancel.text
    after = client.get(SEARCH, params={"q": "güneş enerjisi", "type": "session"}).json()
    assert after["total"] == 0

    client.delete(f"/api/v1/practices/{practice.json()['id']}", headers=delegates.isfahan.headers)
    assert client.get(SEARCH, params={"q": "güneş enerjisi"}).json()["total"] == 0


def test_similar_initiatives_are_found_across_languages(client: TestClient, corpus: Corpus) -> None:
    similar = client.get(f"{INITIATIVES}/{corpus.izmir_energy}/similar").json()

    ids = [item["id"] for item in similar]
    assert {corpus.isfahan_energy, corpus.salo_energy} <= set(ids)
    assert not corpus.waste & set(ids)
    assert corpus.salo_library not in ids
    assert all(item["score"] > 0 for item in similar)


def test_reindex_rebuilds_the_same_index(
    client: TestClient, corpus: Corpus, settings: Settings
) -> None:
    before = {query: found(client, query) for query in ("energia", "بازیافت", "izmir")}

    result = CliRunner().invoke(
        main, ["reindex"], env={"POLYLOG_DATABASE_URL": settings.database_url}
    )

    assert result.exit_code == 0, result.output
    assert "Indexed 7 items." in result.output
    assert {query: found(client, query) for query in before} == before


def test_counts_of_very_common_words_say_they_are_a_lower_bound(
    client: TestClient, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.get(SEARCH, params={"q": "energia"}).json()["total_exact"] is True
    monkeypatch.setattr(repository, "COUNT_LIMIT", 2)

    body = client.get(SEARCH, params={"q": "energia"}).json()

    assert body["total_exact"] is False
    assert body["total"] <= 2
    assert {item["id"] for item in body["items"]} == corpus.energy


def test_a_facet_is_not_narrowed_by_its_own_filter(
    client: TestClient, corpus: Corpus, delegates: Delegates
) -> None:
    body = client.get(SEARCH, params={"q": "energia", "city": "izmir"}).json()

    assert body["total"] == 1
    assert body["facets"]["city"] == {"izmir": 1, "isfahan": 1, "salo": 1}
    assert body["facets"]["language"] == {"tr": 1}
