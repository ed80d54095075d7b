"""Search by meaning: vectors computed off the request path, scored in-process, fused by RRF.

The API tests use the real model (``meaning``); the index and the fusion are tested
on vectors made by hand.
"""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from polylog.cli import main
from polylog.core.config import Settings
from polylog.core.db import Database
from polylog.search import semantic
from polylog.search.models import SearchVector
from polylog.search.ranking import RRF_K, fuse
from tests.search.conftest import SEARCH, Delegates, embed_everything, publish

# Texts in the style of the cities' news (../shared/seeds): what each city would write.
GARDENS_TR = (
    "Karşıyaka'da kentsel bahçecilik: komşular mahalle bostanlarında birlikte sebze yetiştiriyor",
    "Boş belediye arsaları, komşuların birlikte ektiği ve biçtiği ortak kent bostanlarına "
    "dönüşüyor. Her parseli bir aile ya da okul bir yıllığına ücretsiz kullanıyor.",
)
GARDENS_FI = (
    "Kaupunkiviljely ja yhteisöpuutarha Halikonlahdella",
    "Asukkaat viljelevät yhdessä kasvimaita ja hoitavat yhteisiä viljelylaatikoita "
    "kaupungin tontilla Halikonlahden rannassa.",
)
TRAM_TR = (
    "Çiğli Tramvayı ve elektrikli otobüslerle toplu taşımada yeni dönem",
    "Yeni tramvay hattı ve elektrikli otobüs filosu, yolcuları metroya ve İZBAN'a bağlayarak "
    "özel araç kullanımını azaltıyor.",
)
BUSES_FI = (
    "Sähköbussit ja kutsuliikenne Salon paikallisliikenteeseen",
    "Salon kaupunkiliikenteen linja-autot vaihtuvat sähköbusseihin, ja haja-asutusalueille "
    "tulee tilattava kutsuliikenne.",
)
OTHERS = (
    ("isfahan", "پایش کیفیت هوا و کاهش آلاینده‌ها در روزهای وارونگی دما", "ایستگاه‌های سنجش هوا."),
    ("izmir", "Mahallelerde atık ayrıştırma ve geri dönüşüm", "Her sokağa konteyner."),
    ("salo", "Kirjaston lukupiiri", "Lukupiiri kokoontuu kuukausittain."),
    ("isfahan", "نیروگاه خورشیدی روی بام ساختمان‌های شهرداری", "تولید انرژی پاک."),
)


def _publish_corpus(client: TestClient, delegates: Delegates) -> dict[str, int]:
    ids = {
        "gardens_tr": publish(client, delegates, "izmir", *GARDENS_TR),
        "gardens_fi": publish(client, delegates, "salo", *GARDENS_FI),
        "tram_tr": publish(client, delegates, "izmir", *TRAM_TR),
        "buses_fi": publish(client, delegates, "salo", *BUSES_FI),
    }
    for index, (city, title, summary) in enumerate(OTHERS):
        ids[f"other{index}"] = publish(client, delegates, city, title, summary)
    return ids


@pytest.fixture
def corpus(
    meaning: None, client: TestClient, delegates: Delegates, database: Database
) -> dict[str, int]:
    """The corpus, published and embedded: the ids of its items by name (``gardens_fi``)."""
    ids = _publish_corpus(client, delegates)
    embed_everything(database)
    return ids


def _hits(client: TestClient, q: str, **params: object) -> dict[int, str]:
    response = client.get(SEARCH, params={"q": q, "per_page": 50, **params})
    assert response.status_code == 200, response.text
    return {item["id"]: item["match"] for item in response.json()["items"]}


# --- the index and the fusion, on vectors made by hand -------------------------------------


def _unit(*values: float) -> np.ndarray:
    vector = np.zeros(semantic.DIMENSIONS, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def test_the_matrix_index_finds_the_nearest_of_the_asked_kinds_and_forgets_removed_items() -> None:
    index = semantic.MatrixIndex()
    index.upsert(("initiative", 1), "en", _unit(1, 0))
    index.upsert(("initiative", 2), "en", _unit(1, 1))
    index.upsert(("practice", 3), "en", _unit(1, 0.1))

    assert [key for key, _ in index.nearest(_unit(1, 0), 3, [])] == [
        ("initiative", 1),
        ("practice", 3),
        ("initiative", 2),
    ]
    assert [key for key, _ in index.nearest(_unit(1, 0), 3, ["initiative"])] == [
        ("initiative", 1),
        ("initiative", 2),
    ]

    index.upsert(("initiative", 1), "en", _unit(0, 1))  # its text changed: one row, replaced
    index.remove(("practice", 3))
    assert len(index) == 2
    assert [key for key, _ in index.nearest(_unit(1, 0), 3, [])] == [
        ("initiative", 2),
        ("initiative", 1),
    ]
    assert index.vector_of(("practice", 3)) is None


def test_reciprocal_rank_fusion_rewards_items_both_rankings_have() -> None:
    fused = fuse([10, 20, 30], [30, 40])

    assert [item for item, _ in fused] == [30, 10, 20, 40]
    assert fused[0][1] == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    # Ties keep the keyword ranking's item first.
    assert [item for item, _ in fuse([1], [2])] == [1, 2]


def test_gating_keeps_nothing_when_the_best_is_not_close() -> None:
    scored = [(("initiative", 1), 0.05), (("initiative", 2), 0.045)]
    assert semantic.gated(scored, min_best=0.06, min_score=0.04, margin=0.03) == []
    scored = [(("initiative", 1), 0.09), (("initiative", 2), 0.05), (("initiative", 3), 0.041)]
    assert semantic.gated(scored, min_best=0.06, min_score=0.04, margin=0.03) == scored[:1]


# --- with the real model ------------------------------------------------------------------


@pytest.mark.usefixtures("meaning")
def test_urban_gardening_in_english_finds_the_finnish_and_turkish_community_gardens(
    client: TestClient, corpus: dict[str, int]
) -> None:
    hits = _hits(client, "urban gardening", lang="en")

    assert hits.get(corpus["gardens_fi"]) == "semantic"
    assert hits.get(corpus["gardens_tr"]) == "semantic"
    assert not {corpus["tram_tr"], corpus["buses_fi"], corpus["other2"]} & set(hits)


@pytest.mark.usefixtures("meaning")
def test_public_transport_in_persian_finds_the_turkish_tram_and_the_finnish_buses(
    client: TestClient, corpus: dict[str, int]
) -> None:
    hits = _hits(client, "حمل و نقل عمومی", lang="fa")

    assert {corpus["tram_tr"], corpus["buses_fi"]} <= set(hits)
    assert not {corpus["gardens_tr"], corpus["gardens_fi"], corpus["other2"]} & set(hits)


@pytest.mark.usefixtures("meaning")
def test_a_write_never_waits_on_the_model_and_is_found_by_meaning_once_embedded(
    client: TestClient, delegates: Delegates, database: Database
) -> None:
    garden = publish(client, delegates, "salo", *GARDENS_FI)
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(SearchVector)) == 0
        assert semantic.count_pending(session) == 1
    assert _hits(client, "urban gardening") == {}

    embed_everything(database)

    assert _hits(client, "urban gardening") == {garden: "semantic"}
    with database.transaction() as session:
        assert semantic.count_pending(session) == 0


@pytest.mark.usefixtures("meaning")
def test_filters_apply_to_what_is_found_by_meaning(
    client: TestClient, corpus: dict[str, int]
) -> None:
    assert set(_hits(client, "urban gardening", city="izmir")) == {corpus["gardens_tr"]}
    assert _hits(client, "urban gardening", type="practice") == {}
    body = client.get(SEARCH, params={"q": "urban gardening", "city": "salo"}).json()
    assert body["total"] == 1
    assert body["facets"]["language"] == {"fi": 1}


@pytest.mark.usefixtures("meaning")
def test_an_edited_text_is_embedded_again_and_a_deleted_item_leaves_the_vectors(
    client: TestClient, delegates: Delegates, database: Database
) -> None:
    item = publish(client, delegates, "salo", *GARDENS_FI)
    embed_everything(database)
    assert item in _hits(client, "urban gardening")

    current = client.get(f"/api/v1/initiatives/{item}").json()
    edit = client.patch(
        f"/api/v1/initiatives/{item}",
        json={"translations": {"fi": {"title": BUSES_FI[0], "summary": BUSES_FI[1]}}},
        headers={**delegates.salo.headers, "If-Match": f'"{current["version"]}"'},
    )
    assert edit.status_code == 200, edit.text
    with database.transaction() as session:
        assert semantic.count_pending(session) == 1
    embed_everything(database)
    assert item not in _hits(client, "urban gardening")
    assert item in _hits(client, "حمل و نقل عمومی")

    client.delete(f"/api/v1/initiatives/{item}", headers=delegates.salo.headers)
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(SearchVector)) == 0


def test_with_the_layer_off_nothing_is_embedded_and_every_hit_is_a_keyword_match(
    client: TestClient, delegates: Delegates, database: Database, settings: Settings
) -> None:
    _publish_corpus(client, delegates)

    assert semantic.embed_pending(database, settings, None) == 0  # type: ignore[arg-type]
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(SearchVector)) == 0
    assert set(_hits(client, "toplu taşıma").values()) == {"keyword"}


@pytest.mark.usefixtures("meaning")
def test_reindex_embeds_what_has_no_vector_with_a_progress_bar(
    client: TestClient, delegates: Delegates, database: Database, settings: Settings
) -> None:
    ids = _publish_corpus(client, delegates)

    result = CliRunner().invoke(
        main,
        ["reindex"],
        env={"POLYLOG_DATABASE_URL": settings.database_url, "POLYLOG_SEMANTIC": "1"},
    )

    assert result.exit_code == 0, result.output
    assert f"Embedded {len(ids)} items for search by meaning." in result.output
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(SearchVector)) == len(ids)
